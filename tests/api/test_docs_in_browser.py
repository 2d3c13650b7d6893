"""The interactive API docs work in a browser from Factdesk's own static files: no CDN."""

import pytest

from ..browser import refuse_other_hosts

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_swagger_ui_lists_every_endpoint_from_local_files(page, live_server, client):
    documented = set(
        client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()["paths"]
    )
    elsewhere = refuse_other_hosts(page, live_server)
    page.goto(live_server.url + "/api/docs/")
    page.locator(".opblock-summary-path").first.wait_for()
    shown = page.eval_on_selector_all(".opblock-summary-path", "paths => paths.map(p => p.dataset.path)")
    assert set(shown) == documented
    assert len(documented) == 12
    assert elsewhere == []


def test_swagger_ui_tries_out_a_request(page, live_server, reference_data):
    page.goto(live_server.url + "/api/docs/")
    operation = page.locator("#operations-ratings-ratings_list")
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()
    assert operation.locator(".live-responses-table tbody .response-col_status").first.inner_text() == "200"
    assert "accurate" in operation.locator(".live-responses-table .microlight").first.inner_text()
