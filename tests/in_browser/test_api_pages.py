"""The API's pages a person opens in a browser (DRF's browsable API and the Swagger docs): axe-core
finds nothing critical or serious at a laptop's and a phone's width."""

import pytest

from factcheck.demo import load_demo

from ..browser import serious_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
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


@pytest.fixture
def demo(db):
    load_demo()


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_serious_on_an_api_page(page, live_server, demo, path):
    found = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        found[width] = serious_violations(page)
    assert found == {1280: [], 375: []}
