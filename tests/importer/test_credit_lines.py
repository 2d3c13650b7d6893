"""The credit line under the headline of a Markdown or plain-text article ("By … — Outlet —
date"): taken out of the statements, its byline, outlet and date kept as the briefing's."""

from datetime import date

import pytest

from briefings.importers import read_document
from briefings.importers.bylines import Credit, read_credit_line

pytestmark = pytest.mark.django_db  # read_document looks for a briefing with the slug

MARKDOWN = """# Council agrees £40m flood plan

*By Hannah Okafor, Local Democracy Reporter — Westbridge Gazette — 3 March 2026*

The council approved the plan on Tuesday. It will cost £40 million.
"""

TEXT = """Council agrees flood plan
By Hannah Okafor | Westbridge Gazette | 3 March 2026

The council approved the plan on Tuesday. It will cost £40 million.
"""


def statements(read):
    return [statement.text for statement in read.outline.statements]


def test_a_markdown_credit_line_is_no_statement():
    assert statements(read_document(MARKDOWN, format="markdown")) == [
        "The council approved the plan on Tuesday.",
        "It will cost £40 million.",
    ]


def test_a_markdown_credit_line_gives_the_byline_outlet_and_date():
    document = read_document(MARKDOWN, format="markdown").document
    assert (document.byline, document.outlet, document.published_on) == (
        "Hannah Okafor, Local Democracy Reporter",
        "Westbridge Gazette",
        date(2026, 3, 3),
    )


def test_a_plain_text_credit_line_under_the_title_is_read_the_same():
    read = read_document(TEXT, format="text")
    assert statements(read)[0] == "The council approved the plan on Tuesday."
    assert (read.document.byline, read.document.outlet) == ("Hannah Okafor", "Westbridge Gazette")


def test_front_matter_wins_over_the_credit_line():
    document = read_document(f"---\nauthor: Desk Staff\n---\n{MARKDOWN}", format="markdown").document
    assert (document.byline, document.outlet) == ("Desk Staff", "Westbridge Gazette")


def test_details_given_with_the_import_win_over_the_credit_line():
    read = read_document(MARKDOWN, format="markdown", metadata={"byline": "H. Okafor"})
    assert read.document.byline == "H. Okafor"


def test_a_credit_line_after_the_article_has_begun_stays():
    text = "# Flood plan\n\nThe council met.\n\nBy Hannah Okafor — Westbridge Gazette\n"
    assert "By Hannah Okafor — Westbridge Gazette" in statements(read_document(text, format="markdown"))


def test_a_sentence_opening_with_by_stays():
    text = "# Flood plan\n\nBy the end of 2026, the river wall will be finished — officials say.\n"
    document = read_document(text, format="markdown").document
    assert document.byline == ""
    assert statements(read_document(text, format="markdown")) == [
        "By the end of 2026, the river wall will be finished — officials say."
    ]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("By Sam Holloway", Credit("Sam Holloway")),
        ("By Sam Holloway and Jo Lee — Reuters", Credit("Sam Holloway and Jo Lee", "Reuters")),
        (
            "Von Anna Schmidt | Kieler Nachrichten | 3. März 2026",
            Credit("Anna Schmidt", "Kieler Nachrichten", date(2026, 3, 3)),
        ),
        ("Par Marie Dupont — 12 mars 2026", Credit("Marie Dupont", "", date(2026, 3, 12))),
        ("Автор: Иван Петров — 12 ноября 2026", Credit("Иван Петров", "", date(2026, 11, 12))),
        ("Door Jan de Vries · NRC", Credit("Jan de Vries", "NRC")),
    ],
)
def test_a_credit_line_is_read_into_its_parts(line, credit):
    assert read_credit_line(line) == credit


@pytest.mark.parametrize(
    "line",
    [
        "By March 2026 — the deadline",
        "By the end of 2026, prices will rise — officials say",
        "By Sam Holloway — Reuters — 3 March 2026 — updated",
        "Von Berlin nach Paris",
        "By Sam Holloway, who covered the talks, said the deal was close.",
    ],
)
def test_a_line_that_is_not_a_credit_is_not_read_as_one(line):
    assert read_credit_line(line) is None
