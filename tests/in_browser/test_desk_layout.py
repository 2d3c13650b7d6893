"""The desk at a laptop's 1280 px and a phone's 375 px: no page scrolls sideways (a list's table
may, inside its own box), the title is never under the buttons beside it, and axe-core finds
nothing critical or serious."""

import pytest
from django.urls import reverse

from briefings.demo import SAMPLE_BRIEFING
from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck.demo import load_demo
from factcheck.models import Claim, Source

from ..browser import committed_rows, serious_violations, signed_in_page

pytestmark = pytest.mark.browser
WIDTHS = (1280, 375)
LIST_PAGES = ("claim list", "briefing list")


def desk_pages():
    """The desk's pages by name, for the demo data: the claim is the one with the most evidence."""
    claim = max(Claim.objects.all(), key=lambda claim: claim.evidence.count())
    briefing = Briefing.objects.first()
    statement = briefing.statements.first()
    return {
        "desk home": reverse("admin:index"),
        "claim list": reverse("admin:factcheck_claim_changelist"),
        "briefing list": reverse("admin:briefings_briefing_changelist"),
        "briefing page": reverse("admin:briefings_briefing_change", args=[briefing.pk]),
        "claim page": reverse("admin:factcheck_claim_change", args=[claim.pk]),
        "import page": reverse("admin:briefings_briefing_import"),
        "source list": reverse("admin:factcheck_source_changelist"),
        "source page": reverse("admin:factcheck_source_change", args=[Source.objects.first().pk]),
        "rating list": reverse("admin:factcheck_rating_changelist"),
        "revise page": reverse("admin:briefings_briefing_revise", args=[briefing.pk]),
        "revision page": reverse("admin:briefings_briefing_revision", args=[briefing.pk, 1]),
        "compare page": reverse("admin:briefings_briefing_compare", args=[briefing.pk]) + "?from=1&to=2",
        "evidence list": reverse("admin:factcheck_evidence_changelist"),
        "evidence page": reverse("admin:factcheck_evidence_change", args=[claim.evidence.first().pk]),
        "statement list": reverse("admin:briefings_statement_changelist"),
        "statement page": reverse("admin:briefings_statement_change", args=[statement.pk]),
        "section list": reverse("admin:briefings_section_changelist"),
        "claim search": reverse("admin:factcheck_claim_changelist") + "?q=nothing-matches-this",
    }


def demo_with_two_revisions(sample_bytes):
    load_demo()
    revised = sample_bytes.replace(b"Despite diplomatic efforts", b"Despite many diplomatic efforts")
    import_briefing(revised, slug=Briefing.objects.get().slug)  # a second revision to compare


def open_at(page, url, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(url)
    page.wait_for_load_state("load")


def overflow(page):
    return max(0, page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def log_out_wraps(page):
    """Whether the header breaks "Log out" over two lines or pushes it off the screen."""
    return page.evaluate(
        """() => { const button = [...document.querySelectorAll('#user-tools a, #user-tools button')]
                     .find(el => el.textContent.trim().toLowerCase() === 'log out');
                   const range = document.createRange(); range.selectNodeContents(button);
                   const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                   return lines.size > 1 || button.getBoundingClientRect().right > window.innerWidth; }"""
    )


def tools_over_title(page):
    """Whether any object-tools button's box overlaps the words of the page's title (the h1
    and the h2 naming the object under it)."""
    return page.evaluate(
        """() => { const titles = [...document.querySelectorAll('#content > h1, #content > h2')].map(h => {
                     const range = document.createRange(); range.selectNodeContents(h);
                     return [...range.getClientRects()]; }).flat();
                   return [...document.querySelectorAll('.object-tools a, .object-tools button')].some(el => {
                     const b = el.getBoundingClientRect();
                     return titles.some(a => b.width && a.left < b.right && b.left < a.right
                                             && a.top < b.bottom && b.top < a.bottom); }); }"""
    )


PAGES = [
    "desk home",
    "claim list",
    "briefing list",
    "briefing page",
    "claim page",
    "import page",
    "source list",
    "source page",
    "rating list",
    "revise page",
    "revision page",
    "compare page",
    "evidence list",
    "evidence page",
    "statement list",
    "statement page",
    "section list",
]


def first_column_width(page):
    """The width in px of a list's first column (a claim's words, a briefing's title), or None."""
    return page.evaluate(
        "() => { const cell = document.querySelector('#result_list tbody th');"
        " return cell ? Math.round(cell.getBoundingClientRect().width) : null; }"
    )


def evidence_fields(page):
    """Where the first evidence row's fields sit (left and right edges), the excerpt box's width
    and whether its label shows: for the claim page at a phone's width."""
    row = page.locator("#evidence-0")
    fields = [row.locator(".select2-container"), row.get_by_label("Stance", exact=True)]
    fields += [row.get_by_label(name, exact=True) for name in ("Quoted excerpt", "Locator")]
    edges = [(box["x"], box["x"] + box["width"]) for box in (field.bounding_box() for field in fields)]
    excerpt = row.get_by_label("Quoted excerpt", exact=True).bounding_box()["width"]
    return edges, excerpt, row.get_by_text("Quoted excerpt", exact=True).is_visible()


MEASURES = {
    "overflow": overflow,
    "first column": first_column_width,
    "log out and title": lambda page: (log_out_wraps(page), tools_over_title(page)),
    "axe": serious_violations,
}


@pytest.fixture(scope="module")
def survey(chromium, live_server, django_db_setup, django_db_blocker):
    """Every desk page opened once at each width with every measure taken there, for the
    tests below (the claim search only for axe, the evidence fields only on the claim page at 375
    px): opening each page once per test (and loading the demo and signing in for each)
    cost the suite two minutes. The data is committed, as the live server's thread reads it on
    its own connection (tests/browser.py, committed_rows)."""
    with committed_rows(django_db_blocker):
        demo_with_two_revisions(SAMPLE_BRIEFING.read_bytes())
        page = signed_in_page(chromium, live_server, "editor", viewport=(1280, 800))
        found = {name: {} for name in desk_pages()}
        try:
            for name, path in desk_pages().items():
                for width in WIDTHS:
                    open_at(page, live_server.url + path, width)
                    if (name, width) == ("claim page", 375):
                        found[name]["evidence fields"] = evidence_fields(page)
                    found[name][width] = {measure: take(page) for measure, take in MEASURES.items()}
        finally:
            page.context.close()
    return found


def at_each_width(survey, name, measure):
    return {width: survey[name][width][measure] for width in WIDTHS}


@pytest.mark.parametrize("name", PAGES)
def test_a_desk_page_fits_without_scrolling_sideways(survey, name):
    assert at_each_width(survey, name, "overflow") == {1280: 0, 375: 0}


@pytest.mark.parametrize("name", PAGES)
def test_a_desk_page_keeps_log_out_in_one_piece_and_the_title_clear(survey, name):
    assert at_each_width(survey, name, "log out and title") == {1280: (False, False), 375: (False, False)}


@pytest.mark.parametrize("name", LIST_PAGES)
def test_a_list_gives_its_first_column_room_to_read_at_1280_px(survey, name):
    assert survey[name][1280]["first column"] >= 250  # it was ~80 px: a claim in five to seven lines


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_nothing_serious_on_a_desk_page(survey, name):
    assert at_each_width(survey, name, "axe") == {1280: [], 375: []}


def test_a_phone_shows_every_evidence_field_with_its_label(survey):
    edges, excerpt_width, label_shows = survey["claim page"]["evidence fields"]
    assert [(left >= 0, right <= 375) for left, right in edges] == [(True, True)] * 4
    assert excerpt_width > 250
    assert label_shows


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_nothing_serious_on_a_claim_search_with_its_total_link(survey, width):
    assert survey["claim search"][width]["axe"] == []
