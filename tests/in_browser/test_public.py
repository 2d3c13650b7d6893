"""What a reader clicks on the public pages, and an axe-core audit of every one of them."""

import pytest
from django.contrib.auth import get_user_model

from factcheck import services
from factcheck.demo import load_demo
from factcheck.models import Claim

from ..browser import page_on_the_demo, refuse_other_hosts, serious_violations, sign_in

pytestmark = pytest.mark.browser

BRIEFING = "/briefings/russia-peace-proposals/"
WIDTHS = (1280, 360)


@pytest.fixture
def demo(reference_data):
    """The demo on a transactional test's own desk (reference_data asks for transactional_db)."""
    load_demo()


def test_a_reader_opens_a_statement_and_follows_it_to_the_claim_page(page, live_server, demo):
    page.goto(live_server.url + BRIEFING)
    statement = page.locator("details.statement").filter(has_text="Russia invaded Ukraine on February 24")
    statement.locator("summary").click()
    assert statement.get_attribute("open") is not None
    assert statement.get_by_text("The date matches the start").is_visible()
    statement.get_by_role("link", name="The full fact-check").click()
    page.wait_for_url("**/claims/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Russia invaded Ukraine on February 24, 2022."
    assert page.get_by_text("Researched by Chris Checker").is_visible()


def test_a_keyboard_user_skips_to_the_content_and_opens_a_statement(page, live_server, demo):
    page.goto(live_server.url + BRIEFING)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.parentElement.open") is True


def test_the_rating_filter_works_without_javascript(browser_without_js, live_server, demo):
    page = browser_without_js
    page.goto(live_server.url + BRIEFING)
    page.get_by_label("Show only").select_option("misleading")
    page.get_by_role("button", name="Filter").click()
    assert page.locator("details.statement").count() == 1


PUBLIC_PAGES = [
    "/",
    BRIEFING,
    f"{BRIEFING}revisions/1/",
    "claim",
    "corrected claim",
    "earlier version",
    "source",
    "/search/?q=Ukraine",
    "/no-such-page/",
]


def public_path(name):
    claim = Claim.objects.public().first()
    corrected = Claim.objects.public().filter(live_version__number=2).get()  # the demo's correction
    return {
        "claim": claim.get_absolute_url(),
        "corrected claim": corrected.get_absolute_url(),
        "earlier version": corrected.versions.get(number=1).get_version_url(),
        "source": claim.evidence.first().source.get_absolute_url(),
    }.get(name, name)


def audit(page, live_server, path, width):
    """axe-core's serious findings, the page's width and what it asked of other hosts, with the
    first two statements opened."""
    page.set_viewport_size({"width": width, "height": 800})
    elsewhere = refuse_other_hosts(page, live_server)
    page.goto(live_server.url + path)
    for summary in page.locator("details.statement > summary").all()[:2]:
        summary.click()
    found = (serious_violations(page), page.evaluate("document.documentElement.scrollWidth"), elsewhere)
    page.unroute("**/*")
    return found


@pytest.fixture(scope="module")
def audits(chromium, live_server, django_db_setup, django_db_blocker):
    """Every public page audited at each width on the demo, loaded once for the module
    (tests/browser.py, page_on_the_demo) rather than once a page."""
    with page_on_the_demo(chromium, django_db_blocker) as page:
        return {
            (name, width): audit(page, live_server, public_path(name), width)
            for name in PUBLIC_PAGES
            for width in WIDTHS
        }


@pytest.mark.parametrize("name", PUBLIC_PAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_public_pages_are_accessible_fit_the_screen_and_load_nothing_from_elsewhere(audits, name, width):
    violations, page_width, elsewhere = audits[name, width]
    assert violations == []
    assert page_width <= width
    assert elsewhere == []


def test_an_editor_previews_an_open_claim_and_the_article(page, live_server, demo):
    sign_in(page, live_server)
    page.wait_for_url("**/admin/")
    in_review = Claim.objects.get(status=Claim.Status.IN_REVIEW, live_version=None)
    page.goto(f"{live_server.url}/admin/factcheck/claim/{in_review.pk}/change/")
    page.get_by_role("link", name="View on site").click()
    page.wait_for_url(f"**/claims/{in_review.pk}/preview/")
    assert page.get_by_text("Preview: not public.").is_visible()
    assert serious_violations(page) == []
    page.goto(live_server.url + BRIEFING + "preview/")
    assert page.get_by_text("Preview: not public.").is_visible()
    assert serious_violations(page) == []


def test_a_reader_meets_a_withdrawn_fact_check(page, live_server, demo):
    claim = Claim.objects.public().first()
    editor = get_user_model().objects.get(username="editor")
    services.withdraw_briefing(briefing=claim.statement.briefing, user=editor, reason="Sources under review.")
    response = page.goto(live_server.url + claim.get_absolute_url())
    assert response.status == 410
    assert page.get_by_role("heading", name="Withdrawn").is_visible()
    assert page.get_by_text("Sources under review.").is_visible()
    assert serious_violations(page) == []


PLACEHOLDER_FITS = """input => {
    const style = getComputedStyle(input);
    const context = document.createElement("canvas").getContext("2d");
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_the_search_box_shows_its_whole_placeholder(page, live_server, demo, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/")
    assert page.locator("#site-search").evaluate(PLACEHOLDER_FITS)
