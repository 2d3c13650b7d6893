"""The API's pages a person opens in a browser (DRF's browsable API and the Swagger docs): axe-core
finds nothing critical or serious at a laptop's and a phone's width."""

import pytest

from ..browser import page_on_the_demo, serious_violations

pytestmark = pytest.mark.browser
WIDTHS = (1280, 375)
PAGES = [
    "/api/v1/",
    "/api/v1/briefings/",
    "/api/v1/statements/?page_size=5",
    "/api/v1/claims/",
    "/api/v1/claims/?rating=accurate&ordering=-updated_at",
    "/api/v1/sources/",
    "/api/v1/ratings/",
    "/api/v1/claimreviews/",
    "/api/v1/claims/999999999/",  # the browsable API's own 404 page
    "/api/docs/",
]


def audit(page, url, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(url)
    if url.endswith("/api/docs/"):
        # Swagger UI fetches the schema after the page has loaded, then draws the operations;
        # the browsable API's pages are whole at "load" (half a second a page sooner).
        page.wait_for_load_state("networkidle")
    return serious_violations(page)


@pytest.fixture(scope="module")
def violations(chromium, live_server, django_db_setup, django_db_blocker):
    """What axe-core finds on each page at each width, on the demo, loaded once for the module
    (tests/browser.py, page_on_the_demo) rather than once a page."""
    with page_on_the_demo(chromium, django_db_blocker) as page:
        return {
            path: {width: audit(page, live_server.url + path, width) for width in WIDTHS} for path in PAGES
        }


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_serious_on_an_api_page(violations, path):
    assert violations[path] == {1280: [], 375: []}
