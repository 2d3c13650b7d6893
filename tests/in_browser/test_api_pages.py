"""The API's pages a person opens in a browser (DRF's browsable API and the Swagger docs): axe-core
finds nothing critical or serious at a laptop's and a phone's width."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from factcheck.demo import load_demo

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
WIDTHS = (1280, 375)
PAGES = ["/api/v1/", "/api/v1/claims/", "/api/v1/ratings/", "/api/docs/"]


@pytest.fixture
def demo(db):
    load_demo()


def serious_violations(page):
    violations = Axe().run(page).response["violations"]
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_serious_on_an_api_page(page, live_server, demo, path):
    found = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        found[width] = serious_violations(page)
    assert found == {1280: [], 375: []}
