"""/api/docs/ (Swagger UI): GET, HEAD and OPTIONS answer without a server error."""

import pytest

pytestmark = pytest.mark.django_db


def test_options_says_which_methods_it_takes(client):
    client.raise_request_exception = False
    response = client.options("/api/docs/")
    assert response.status_code == 200
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_it_serves_the_page_and_its_script(client):
    assert client.get("/api/docs/").status_code == 200
    assert client.get("/api/docs/?script").status_code == 200
