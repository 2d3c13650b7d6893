"""Real-world shapes beyond the sample: Markdown, a saved web page, wrapped plain text."""

import datetime

import pytest

from briefings.importers import detect_format, import_briefing
from briefings.models import Statement


@pytest.fixture
def markdown_briefing(db, fixture_bytes):
    return import_briefing(fixture_bytes("council-budget.md"), filename="council-budget.md").briefing


@pytest.fixture
def html_briefing(db, fixture_bytes):
    return import_briefing(fixture_bytes("saved-news-page.html"), filename="saved-news-page.html").briefing


def texts(briefing):
    return list(briefing.statements.values_list("text", flat=True))


def test_markdown_takes_the_title_from_the_first_heading(markdown_briefing):
    assert markdown_briefing.title == "Council approves a smaller budget for 2026"


def test_markdown_reads_front_matter(markdown_briefing):
    assert markdown_briefing.byline == "Priya Raman"
    assert markdown_briefing.outlet == "The Valley Courier"
    assert markdown_briefing.published_on == datetime.date(2025, 11, 3)
    assert markdown_briefing.source_url == "https://courier.example/council-budget-2026"


def test_markdown_headings_become_sections(markdown_briefing):
    assert list(markdown_briefing.sections.values_list("heading", flat=True)) == [
        "",
        "Where the money goes",
        "Reactions",
    ]


def test_markdown_lists_are_flattened_and_linked_to_their_lead_in(markdown_briefing):
    items = markdown_briefing.statements.filter(kind=Statement.Kind.LIST_ITEM)
    assert [item.text for item in items] == [
        "Social care, at £151 million.",
        "Schools transport, at £38 million.",
        "Including £4 million for the new bus routes.",
        "Road repairs, at £22 million.",
    ]
    assert {item.lead_in.text for item in items} == {"The largest items in the budget are:"}


def test_markdown_drops_inline_markup_and_keeps_link_text(markdown_briefing):
    assert "According to the finance report, reserves fell by £9.5 million in the last year." in texts(
        markdown_briefing
    )


def test_markdown_block_quotes_are_quoted_statements(markdown_briefing):
    quoted = markdown_briefing.statements.filter(quoted=True)
    assert [statement.text for statement in quoted] == [
        "The budget protects the most vulnerable residents.",
        "It does not protect the libraries.",
    ]


def test_markdown_code_is_no_statement(markdown_briefing):
    assert not any("budget_total" in text for text in texts(markdown_briefing))


def test_markdown_abbreviations_do_not_break_sentences(markdown_briefing):
    assert "Mr. Aziz, who chairs the opposition group, voted against it." in texts(markdown_briefing)
    assert "A final vote is due on Dec. 12." in texts(markdown_briefing)


def test_html_extracts_metadata(html_briefing):
    assert html_briefing.title == "Port strike ends after nine days"
    assert html_briefing.outlet == "The Harbour Ledger"
    assert html_briefing.byline == "Maria Okafor"
    assert html_briefing.published_on == datetime.date(2025, 3, 14)
    assert html_briefing.source_url == "https://ledger.example/news/port-strike-ends"


def test_html_drops_navigation_cookie_banner_and_footer(html_briefing):
    joined = " ".join(texts(html_briefing))
    for boilerplate in ("cookies", "Subscribe", "All rights reserved", "Related stories", "ferry terminal"):
        assert boilerplate not in joined


def test_html_keeps_headings_and_lists(html_briefing):
    assert list(html_briefing.sections.exclude(heading="").values_list("heading", flat=True)) == [
        "What the deal includes",
        "Reaction from shippers",
    ]
    items = html_briefing.statements.filter(kind=Statement.Kind.LIST_ITEM)
    assert items.count() == 3
    assert {item.lead_in.text for item in items} == {
        "The agreement, published by the union on Friday, sets out the following terms:"
    }


def test_html_splits_sentences_at_the_right_places(html_briefing):
    assert (
        'Dr. Helen Marsh of the Institute of Freight Studies said the backlog would take "at least three '
        'weeks" to clear.'
    ) in texts(html_briefing)


def test_html_offsets_find_every_statement_again(html_briefing):
    for statement in html_briefing.statements.all():
        assert html_briefing.text[statement.start : statement.end] == statement.text


def test_wrapped_plain_text_joins_the_lines_of_a_paragraph(db):
    document = (
        "Water rates to rise\n\n"
        "The regional water company will raise\nbills by 8 per cent in April. The regulator\napproved the rise.\n\n"
        "What changes\n\n"
        "Customers will see:\n"
        "* higher standing charges;\n"
        "* a new discount for\n  low-income homes.\n"
    )
    briefing = import_briefing(document).briefing
    assert texts(briefing) == [
        "The regional water company will raise bills by 8 per cent in April.",
        "The regulator approved the rise.",
        "Customers will see:",
        "higher standing charges;",
        "a new discount for low-income homes.",
    ]
    assert list(briefing.sections.values_list("heading", flat=True)) == ["", "What changes"]


@pytest.mark.parametrize(
    ("text", "filename", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "", "html"),
        ("  <html lang='en'><p>x</p>", "", "html"),
        ("# Title\n\nA paragraph.", "", "markdown"),
        ("Title\nA sentence.", "", "text"),
        ("# Not markdown because of the name", "notes.txt", "text"),
        ("Plain words", "page.htm", "html"),
    ],
)
def test_it_detects_the_format(text, filename, expected):
    assert detect_format(text, filename) == expected


def test_a_markdown_table_is_a_statement_per_row_with_its_header(db):
    text = "# Places\n\nThe district has 14,300 places.\n\n| Area | Places |\n|---|---|\n| North | 5,100 |\n| South | 4,500 |\n"
    briefing = import_briefing(text, format="markdown").briefing
    rows = briefing.statements.filter(kind=Statement.Kind.TABLE_ROW).order_by("position")
    assert [row.text for row in rows] == ["Area: North; Places: 5,100", "Area: South; Places: 4,500"]
