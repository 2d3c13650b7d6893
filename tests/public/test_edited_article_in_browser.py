"""An article whose split an editor corrected, in Chromium: its pages pass axe-core (the empty
alias anchors included), and a link to a merged-in statement's anchor still lands on the
statement it joined."""

import pytest

from ..browser import axe_violations
from .edited_world import URL, edited_world

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def edited():
    world = edited_world()
    world.split("The mayor opened a new quay.", 9)
    world.merge("Officials expect more.")
    world.hide()
    return world


@pytest.mark.parametrize("path", ["article", "revision", "claim"])
def test_an_edited_articles_pages_have_no_accessibility_violation(page, live_server, path):
    world = edited()
    url = {"article": URL, "revision": f"{URL}revisions/1/", "claim": world.claim.get_absolute_url()}[path]
    page.goto(live_server.url + url)
    for summary in page.locator("details.statement > summary").all():
        summary.click()
    assert [(v["id"], v["impact"], v["targets"]) for v in axe_violations(page)] == []


def test_a_link_to_a_merged_in_statement_lands_on_the_statement_it_joined(page, live_server):
    edited()
    page.set_viewport_size({"width": 1280, "height": 400})
    page.goto(f"{live_server.url}{URL}revisions/1/#s-3")
    alias = page.locator("#s-3").bounding_box()
    joined = page.locator("#s-2").bounding_box()
    assert abs(alias["y"] - joined["y"]) < joined["height"]
    assert page.evaluate("document.getElementById('s-3').nextElementSibling.id") == "s-2"
