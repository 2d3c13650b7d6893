"""A printed article carries every checked statement's verdict and evidence, open or closed: on
paper nothing can be opened, and a closed <details> printed its statement alone."""

import pytest

from factcheck.demo import load_demo

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_a_closed_statement_prints_its_verdict_and_evidence(page, live_server):
    result = load_demo()[1]
    page.emulate_media(media="print")
    page.goto(live_server.url + result.briefing.get_absolute_url())
    panel = page.locator("details.statement:not([open]) .statement-panel").first
    assert panel.is_visible()
    assert panel.bounding_box()["height"] > 20


def test_on_screen_a_closed_statement_still_hides_its_panel(page, live_server):
    result = load_demo()[1]
    page.goto(live_server.url + result.briefing.get_absolute_url())
    assert not page.locator("details.statement:not([open]) .statement-panel").first.is_visible()
