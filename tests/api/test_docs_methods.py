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


def test_it_refuses_a_write_in_json(client):
    response = client.post("/api/docs/")
    assert (response.status_code, response["Content-Type"]) == (405, "application/json")
    assert response.json() == {"detail": 'Method "POST" not allowed.'}


def test_it_refuses_an_unsatisfiable_accept_in_json(client):
    response = client.get("/api/docs/", HTTP_ACCEPT="application/json")
    assert (response.status_code, response["Content-Type"]) == (406, "application/json")
    assert response.json() == {"detail": "Could not satisfy the request Accept header."}


def test_it_refuses_an_unknown_format_in_json(client):
    response = client.get("/api/docs/?format=json")
    assert (response.status_code, response["Content-Type"]) == (406, "application/json")


def test_it_throttles_in_json(client, settings, no_throttling, steady_window):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/minute", "user": None},
    }
    client.get("/api/docs/")
    response = client.get("/api/docs/")
    assert (response.status_code, response["Content-Type"]) == (429, "application/json")
    assert int(response["Retry-After"]) > 0
