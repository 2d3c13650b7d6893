"""The standards pages and the claim page's transparency block in Chromium: axe-core finds nothing
critical or serious at a laptop's and a phone's width, nothing scrolls sideways, the CSP reports no
violation, and a reader gets from a claim to the methodology in one click."""

import pytest

from factcheck.demo import load_demo
from factcheck.models import Claim

from ..browser import WATCH_CSP_VIOLATIONS, serious_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
WIDTHS = (1280, 375)
PAGES = [
    "/standards/methodology/",
    "/standards/corrections/",
    "/standards/rating-scale/",
    "/standards/ownership/",
    "/standards/contact/",
]


@pytest.fixture
def demo(db):
    load_demo()


def audit(page, url):
    found = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        found[width] = (serious_violations(page), max(0, overflow), page.evaluate("window.__violations"))
    return found


@pytest.mark.parametrize("path", PAGES)
def test_each_standards_page_is_accessible_and_fits(page, live_server, demo, path):
    page.add_init_script(WATCH_CSP_VIOLATIONS)
    assert audit(page, live_server.url + path) == {1280: ([], 0, []), 375: ([], 0, [])}


def test_the_transparency_block_is_accessible(page, live_server, demo):
    claim = Claim.objects.public().first()
    page.goto(live_server.url + claim.get_absolute_url())
    assert serious_violations(page, context=".transparency") == []


def test_a_reader_follows_how_we_checked_to_the_methodology(page, live_server, demo):
    claim = Claim.objects.public().first()
    page.goto(live_server.url + claim.get_absolute_url())
    page.get_by_role("link", name="How we checked").click()
    page.wait_for_url("**/standards/methodology/")
    assert page.get_by_role("heading", level=1).inner_text() == "Methodology"
    assert page.get_by_text("Example:").is_visible()


def test_a_reader_finds_the_rating_scale_from_the_footer(page, live_server, demo):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Our standards").get_by_role("link", name="Rating scale").click()
    page.wait_for_url("**/standards/rating-scale/")
    assert page.get_by_text("Mostly accurate").first.is_visible()
