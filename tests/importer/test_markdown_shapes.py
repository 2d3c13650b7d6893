"""Markdown as it reaches the desk (issue 14): footnotes, raw HTML blocks, pasted front matter
without a heading, a site's name in front matter."""

import pytest

from briefings.importers import ImportRefused, detect_format, import_briefing
from briefings.importers.markdown import check_markdown_work, parse_markdown
from briefings.models import Briefing

from .corpus_scoring import CORPUS

FOOTNOTES = """# Bridges

The city spent $48 million on repairs.[^1] Most of it went to Elm Street.[^b]

- Elm Street bridge, at $29 million.[^1]

[^b]: Traffic count by the state,
    October 2024.
[^1]: Capital Works Report 2024, page 17.
[^unused]: Nothing refers to this note.
"""


def paragraphs(document):
    return [text for block in document.blocks for text in block.texts]


def test_a_footnote_marker_does_not_stick_to_its_sentence():
    assert paragraphs(parse_markdown(FOOTNOTES))[0] == (
        "The city spent $48 million on repairs. Most of it went to Elm Street."
    )


def test_a_footnote_marker_does_not_stick_to_a_list_item():
    assert "Elm Street bridge, at $29 million." in paragraphs(parse_markdown(FOOTNOTES))


def test_footnotes_come_last_in_the_order_they_are_referred_to():
    assert paragraphs(parse_markdown(FOOTNOTES))[-2:] == [
        "Capital Works Report 2024, page 17.",
        "Traffic count by the state, October 2024.",
    ]


def test_a_footnote_nothing_refers_to_is_dropped():
    assert not any("Nothing refers" in text for text in paragraphs(parse_markdown(FOOTNOTES)))


def test_a_raw_html_blocks_sentences_are_kept_without_markup():
    document = parse_markdown(
        '# T\n\n<div class="box">\n<p>The turbines stand <b>260 m</b> tall.</p>\n</div>\n'
    )
    assert paragraphs(document) == ["The turbines stand 260 m tall."]


def test_a_line_break_in_raw_html_does_not_glue_words():
    document = parse_markdown("# T\n\n<p>It opened in 1998.<br>It cost £40m.</p>\n")
    assert paragraphs(document) == ["It opened in 1998. It cost £40m."]


def test_raw_html_list_items_become_a_list():
    document = parse_markdown("# T\n\n<ul>\n<li>Capacity: 690 MW</li>\n<li>Cost: £2.1bn</li>\n</ul>\n")
    assert [(block.kind, block.texts) for block in document.blocks] == [
        ("list", ["Capacity: 690 MW", "Cost: £2.1bn"])
    ]


def test_scripts_and_comments_in_raw_html_are_no_text():
    document = parse_markdown("# T\n\n<div><!-- ad --><script>var ads = 1;</script><p>Kept.</p></div>\n")
    assert paragraphs(document) == ["Kept."]


def test_a_details_summary_is_not_glued_to_the_text_it_opens():
    """`summary` is one of CommonMark's HTML block tags (the outside tester's en-md-mixed-02.md)."""
    document = parse_markdown("# T\n\n<details><summary>Methodology</summary>We used ONS data.</details>\n")
    assert paragraphs(document) == ["Methodology", "We used ONS data."]


def test_the_other_commonmark_block_tags_are_not_glued_to_the_text_after_them():
    document = parse_markdown("# T\n\n<div><header>Breaking</header>Rates rose.</div>\n")
    assert paragraphs(document) == ["Breaking", "Rates rose."]


PASTED = "---\ntitle: Library fines scrapped\nsitename: Northshire News\n---\nFines end on 1 April.\n"


def test_pasted_markdown_with_front_matter_and_no_heading_is_read_as_markdown():
    assert detect_format(PASTED) == "markdown"


def test_pasted_markdown_takes_its_title_from_front_matter(db):
    assert import_briefing(PASTED).briefing.title == "Library fines scrapped"


def test_the_title_is_never_the_front_matters_rule(db):
    briefing = import_briefing("---\nauthor: Sam Okafor\n---\nFines end on 1 April.\n").briefing
    assert briefing.title != "---"


@pytest.mark.parametrize("key", ["sitename", "site_name"])
def test_a_sites_name_in_front_matter_is_the_outlet(key):
    assert parse_markdown(f"---\n{key}: Northshire News\n---\nText.\n").outlet == "Northshire News"


def test_a_corpus_article_with_footnotes_keeps_its_metadata(db):
    path = CORPUS / "en-footnotes-01.md"
    briefing = import_briefing(path.read_bytes(), filename=path.name).briefing
    assert (briefing.outlet, briefing.byline, str(briefing.published_on), briefing.source_url) == (
        "The Riverside Gazette",
        "Dana Whitfield",
        "2025-09-14",
        "https://gazette.example/bridges-spending",
    )


@pytest.mark.parametrize(
    "html", ["<!DOCTYPE><HEAD", "<html>", "<head><title>T</title></head>", "<!-- only -->"]
)
def test_a_raw_html_block_without_text_adds_nothing_and_does_not_crash(html):
    """lxml.html's fragment parser asserts on some of these (found by fuzzing)."""
    assert parse_markdown(f"# T\n\n{html}\n\nKept.\n").blocks[-1].texts == ["Kept."]


def test_markdown_with_front_matter_saved_as_a_text_file_is_read_as_markdown():
    assert detect_format(PASTED, filename="library-fines.txt") == "markdown"


def test_an_html_file_is_html_whatever_it_opens_with():
    assert detect_format(PASTED, filename="library-fines.html") == "html"


HUGO = '+++\ntitle = "Rates held at 5.25%"\ndate = 2024-01-01\nlang = "en"\n+++\nThe Bank held rates.\n'


def test_toml_front_matter_gives_the_title():
    """Hugo and Zola write their front matter in TOML between `+++` lines."""
    assert parse_markdown(HUGO).title == "Rates held at 5.25%"


def test_toml_front_matter_gives_the_date():
    assert str(parse_markdown(HUGO).published_on) == "2024-01-01"


def test_toml_front_matter_gives_the_language():
    assert parse_markdown(HUGO).language == "en"


def test_toml_front_matter_is_not_a_statement():
    assert paragraphs(parse_markdown(HUGO)) == ["The Bank held rates."]


def test_markdown_with_toml_front_matter_saved_as_a_text_file_is_read_as_markdown():
    assert detect_format(HUGO, filename="rates.txt") == "markdown"


def test_a_single_quoted_yaml_title_reads_a_doubled_quote_as_one():
    """YAML escapes ' as '' inside single quotes (the outside tester's en-md-yaml-03.md)."""
    document = parse_markdown("---\ntitle: 'It''s official: fares rise'\n---\nText.\n")
    assert document.title == "It's official: fares rise"


def test_a_double_quoted_yaml_title_reads_backslash_escapes():
    document = parse_markdown('---\ntitle: "The \\"Big\\" Caf\\u00e9"\n---\nText.\n')
    assert document.title == 'The "Big" Café'


@pytest.mark.parametrize("escape", ["\\uD800", "\\U00110000"])
@pytest.mark.django_db
def test_a_yaml_escape_of_no_storable_character_stays_as_written(escape):
    """A lone surrogate reached the briefing and its save failed (an outside test)."""
    text = f'---\ntitle: "Bad {escape} title"\n---\n\nThe minister said taxes rose by ten percent.\n'
    assert import_briefing(text, filename="a.md").briefing.title == f"Bad {escape} title"


@pytest.mark.parametrize("nesting", ["[" * 3000, "{b = " * 3000])
def test_toml_front_matter_nested_thousands_deep_is_ignored(nesting):
    document = parse_markdown(f"+++\na = {nesting}\n+++\n\nThe minister said taxes rose.\n")
    assert paragraphs(document) == ["The minister said taxes rose."]


def test_a_comment_after_a_plain_yaml_value_is_not_part_of_it():
    assert parse_markdown("---\nauthor: Sam Okafor # checked\n---\nText.\n").byline == "Sam Okafor"


HOSTILE_MARKDOWN = {
    "unclosed brackets": "[" * 1_500_000,
    "unclosed image brackets": "![" * 750_000,
    "emphasis marks": "*a" * 750_000,
    "short lines": "a\n" * 750_000,
    "table cells": "| a | b |\n|---|---|\n" + "| a | b |\n" * 150_000,
}


@pytest.mark.django_db
@pytest.mark.parametrize("text", HOSTILE_MARKDOWN.values(), ids=HOSTILE_MARKDOWN.keys())
def test_it_refuses_markdown_with_more_markup_than_any_article_before_parsing_it(text):
    """Under the 2 MB limit such a document held a worker for tens of seconds in markdown-it
    (docs/importer.md, "Hostile Markdown"); the import form's preview alone triggered it."""
    with pytest.raises(ImportRefused, match="The Markdown document has too much markup to read"):
        import_briefing(text.encode("utf-8"), filename="hostile.md")
    assert Briefing.objects.count() == 0


def test_a_long_markdown_article_is_not_refused_for_its_markup(fixture_bytes):
    """The bound must never reach a real article: 48 KB of Markdown (fifty council budgets) passes."""
    check_markdown_work(fixture_bytes("council-budget.md").decode("utf-8") * 50)
