"""Every API error is JSON, a server error included; the public site keeps its HTML 500 page."""

import pytest

from factcheck import views as pages
from factcheck.api import views

pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_claims(monkeypatch):
    def explode(self):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views.ClaimViewSet, "_readable", explode)  # what the list and the detail read


def test_an_api_500_is_json(client, broken_claims):
    client.raise_request_exception = False
    response = client.get("/api/v1/claims/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Server error: the newsroom has been told."}


def test_a_page_500_stays_html(client, monkeypatch):
    def explode():
        raise RuntimeError("a bug")

    monkeypatch.setattr(pages, "front_page_briefings", explode)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")
