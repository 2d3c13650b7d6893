"""The pages a revision adds or changes, in Chromium: an axe-core audit at a desktop and a phone
width, nothing loaded from elsewhere, and no Content-Security-Policy violation."""

import pytest

from ..browser import WATCH_CSP_VIOLATIONS, axe_violations, refuse_other_hosts
from .public_world import SLUG, revise

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
PAGES = ["article", "first revision", "current revision", "reworded claim", "removed claim"]


def path_to(name, revised):
    return {
        "article": f"/briefings/{SLUG}/",
        "first revision": f"/briefings/{SLUG}/revisions/1/",
        "current revision": f"/briefings/{SLUG}/revisions/2/",
        "reworded claim": revised.claims["changed"].get_absolute_url(),
        "removed claim": revised.claims["orphaned"].get_absolute_url(),
    }[name]


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("width", [1280, 360])
def test_a_revised_articles_pages_are_accessible_and_fit_the_screen(page, live_server, name, width):
    revised = revise()
    page.set_viewport_size({"width": width, "height": 800})
    elsewhere = refuse_other_hosts(page, live_server)
    page.add_init_script(WATCH_CSP_VIOLATIONS)
    page.goto(live_server.url + path_to(name, revised))
    for summary in page.locator("details.statement > summary").all():
        summary.click()
    violations = axe_violations(page)
    assert [(v["id"], v["help"]) for v in violations if v["impact"] in ("serious", "critical")] == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate("window.__violations") == []
    assert elsewhere == []
