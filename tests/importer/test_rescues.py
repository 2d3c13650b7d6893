"""Article text a reader sees and the extractor loses (briefings/importers/rescues.py): a correction
note above the headline and the subheadings of a page the extractor reads as paragraphs alone (an
eighth outside test of real pages, 2026-12); not paragraphs in a `<noscript>`, which readers with
script never see."""

from briefings.importers.html import parse_html

HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rail plan</title></head><body>'
FIRST = "The ministry published a timetable for the western extension of the line on Monday."
SECOND = "Construction is due to start in 2031, at a cost of about 39 billion dollars in all."
HIDDEN_REST = "The route through the city will be fixed once the environmental review ends in 2029."
NOSCRIPT_PAGE = (
    "<main><article><h1>Rail plan</h1><div class='article-body'>"
    f"<p>{FIRST}</p><p>{SECOND}</p><div class='js-rest' data-src='/rest'></div>"
    f"<noscript><p>{HIDDEN_REST}</p><p>Opening is not expected before 2046, officials said.</p></noscript>"
    "</div></article></main>"
)


def statements(page):
    return [text for block in parse_html(HEAD + page + "</body></html>").blocks for text in block.texts]


def test_paragraphs_in_a_noscript_among_the_articles_are_not_imported():
    assert not any(HIDDEN_REST in text for text in statements(NOSCRIPT_PAGE))


def test_a_noscript_warning_at_the_top_of_the_page_is_not_kept():
    warning = "<noscript><div><p>Please enable JavaScript to use this site to the full.</p></div></noscript>"
    assert not any("JavaScript" in text for text in statements(warning + NOSCRIPT_PAGE))


def test_a_correction_note_above_the_headline_is_kept_first():
    note = (
        "<div data-qa='correction'><p><b>Correction:</b> An earlier version of this article misstated "
        "the year of the bond sale. It was 2024, not 2023.</p></div>"
    )
    page = (
        f"<main>{note}<h1>Rail plan</h1><div class='article-body'><p>{FIRST}</p><p>{SECOND}</p></div></main>"
    )
    assert statements(page)[0].startswith("Correction: An earlier version of this article misstated")


def test_a_corrections_policy_link_above_the_headline_is_not_a_note():
    link = "<div class='corrections-policy'><p><a href='/c'>Read our corrections policy and how to report errors.</a></p></div>"
    page = (
        f"<main>{link}<h1>Rail plan</h1><div class='article-body'><p>{FIRST}</p><p>{SECOND}</p></div></main>"
    )
    assert not any("corrections policy" in text for text in statements(page))


QA_PAGE = (
    "<div class='cookie-box'><h2>We care about your privacy</h2><p>Close this box to go on reading the page.</p></div>"
    "<div class='page'><div class='wrap'><h1 class='atomstitle'>New sick-note rules: questions and answers</h1>"
    "<div class='atomsbody'>"
    "<h2>What changes?</h2><p>Working for pay while on sick leave is no longer allowed, except for odd tasks.</p>"
    "<h2>Who checks?</h2><p>Doctors of the social insurance office and employers of more than 20 people.</p>"
    "<h2>May I go shopping?</h2><p>Yes. Everyday errands such as shopping do not count as misuse of the leave.</p>"
    "</div></div></div>"
)


def test_the_questions_of_an_explainer_read_as_paragraphs_alone_are_put_back():
    blocks = parse_html(HEAD + QA_PAGE + "</body></html>").blocks
    headings = [block.texts[0] for block in blocks if block.kind == "heading"]
    assert headings == ["What changes?", "Who checks?", "May I go shopping?"]


def test_a_heading_above_the_headline_is_not_put_back():
    blocks = parse_html(HEAD + QA_PAGE + "</body></html>").blocks
    assert not any("privacy" in text for block in blocks for text in block.texts)


def test_a_noscript_notice_asking_for_javascript_among_the_paragraphs_is_not_kept():
    page = NOSCRIPT_PAGE.replace(
        f"<p>{HIDDEN_REST}</p><p>Opening is not expected before 2046, officials said.</p>",
        "<p>Please enable JavaScript to read the full story.</p>",
    )
    assert not any("JavaScript" in text for text in statements(page))
