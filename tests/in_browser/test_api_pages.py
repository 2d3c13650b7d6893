"""The API's pages a person opens in a browser (DRF's browsable API and the Swagger docs): axe-core
finds nothing critical or serious at a laptop's and a phone's width."""

import pytest

from factcheck.demo import load_demo

from ..browser import committed_rows, serious_violations

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
    "/api/v1/claims/0/",
    "/api/docs/",
]


@pytest.fixture(scope="module")
def violations(chromium, live_server, django_db_setup, django_db_blocker):
    """What axe-core finds on each page at each width, on the demo, loaded once for the module
    (tests/browser.py, committed_rows) rather than once a page."""
    with committed_rows(django_db_blocker):
        load_demo()
        context = chromium.new_context()
        page = context.new_page()
        page.set_default_timeout(15_000)
        found = {path: {} for path in PAGES}
        try:
            for path in PAGES:
                for width in WIDTHS:
                    page.set_viewport_size({"width": width, "height": 800})
                    page.goto(live_server.url + path)
                    page.wait_for_load_state("networkidle")
                    found[path][width] = serious_violations(page)
        finally:
            context.close()
    return found


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_serious_on_an_api_page(violations, path):
    assert violations[path] == {1280: [], 375: []}
