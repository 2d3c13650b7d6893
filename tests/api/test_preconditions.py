"""If-Match and If-Unmodified-Since that fail: 412, in JSON like every other API error."""

from .callers import API, public_objects

LONG_AGO = "Mon, 01 Jan 1990 00:00:00 GMT"


def test_a_failed_if_unmodified_since_answers_412_in_json(desk, client):
    for url in public_objects(desk):
        response = client.get(url, HTTP_IF_UNMODIFIED_SINCE=LONG_AGO)
        assert response.status_code == 412, url
        assert response["Content-Type"] == "application/json", url
        assert "Precondition failed" in response.json()["detail"], url


def test_a_failed_if_match_answers_412_in_json(desk, client):
    response = client.get(f"{API}ratings/", HTTP_IF_MATCH='W/"not-this-answer"')
    assert response.status_code == 412
    assert "Precondition failed" in response.json()["detail"]


def test_a_412_from_the_public_cache_is_json_too(desk, client):
    """The second request is answered from the stored answer, which evaluates the preconditions
    itself."""
    client.get(f"{API}claims/")
    response = client.get(f"{API}claims/", HTTP_IF_UNMODIFIED_SINCE=LONG_AGO)
    assert response.status_code == 412
    assert response.json()["detail"]


def test_a_412_keeps_the_validators_the_caller_missed(desk, client):
    current = client.get(f"{API}claims/")
    response = client.get(f"{API}claims/", HTTP_IF_MATCH='W/"not-this-answer"')
    assert response["ETag"] == current["ETag"]


def test_a_failed_if_match_on_the_yaml_schema_answers_412_in_json(client, db):
    """The schema's default rendering is YAML: its 412 was Django's empty text/html one."""
    response = client.get("/api/schema/", HTTP_IF_MATCH='W/"not-this-schema"')
    assert response.status_code == 412
    assert response["Content-Type"] == "application/json"
    assert "Precondition failed" in response.json()["detail"]
