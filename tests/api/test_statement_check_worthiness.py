"""The statements API gives staff who include unpublished work each statement's check-worthiness,
its reasons and its speaker; nobody else reads them, and the schema documents them as optional."""

import json

import pytest

from .callers import API, client_for, results

STAFF_FIELDS = {"check_worthiness", "check_worthiness_reasons", "speaker"}
STAFF = ["checker", "editor", "admin", "token"]
INVADED = "Russia invaded Ukraine on February 24, 2022"


def _statement(items, words):
    return next(item for item in items if words in item["text"])


@pytest.mark.parametrize("role", STAFF)
def test_staff_who_include_unpublished_read_the_score_reasons_and_speaker(
    role, desk, client, django_assert_max_num_queries
):
    client = client_for(role, desk, client)
    with django_assert_max_num_queries(12):
        items = results(client.get(f"{API}statements/", {"include": "unpublished", "page_size": 100}))
    invaded = _statement(items, INVADED)
    assert invaded["check_worthiness"] >= 50
    assert "a date" in invaded["check_worthiness_reasons"]
    assert _statement(items, "noted Angela Stent")["speaker"] == "Angela Stent"


def test_staff_read_them_on_a_statement_s_detail_too(desk, client):
    client = client_for("checker", desk, client)
    items = results(client.get(f"{API}statements/", {"include": "unpublished", "page_size": 100}))
    url = _statement(items, "Kori Schake")["url"]
    detail = client.get(url).json()
    assert detail["speaker"] == "Kori Schake"
    assert set(detail) >= STAFF_FIELDS


def test_anonymous_readers_do_not_get_them(desk, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        items = results(client.get(f"{API}statements/", {"page_size": 100}))
    assert items
    assert not any(STAFF_FIELDS & set(item) for item in items)
    detail = client.get(items[0]["url"]).json()
    assert not STAFF_FIELDS & set(detail)


def test_staff_who_do_not_ask_for_unpublished_work_do_not_get_them(desk, client):
    client = client_for("editor", desk, client)
    items = results(client.get(f"{API}statements/", {"page_size": 100}))
    assert not any(STAFF_FIELDS & set(item) for item in items)


def test_anonymous_readers_asking_for_them_are_refused(desk, client):
    response = client.get(f"{API}statements/", {"include": "unpublished"})
    assert response.status_code == 401
    assert "detail" in response.json()


def test_writing_a_score_answers_405(desk, client):
    client = client_for("editor", desk, client)
    url = results(client.get(f"{API}statements/"))[0]["url"]
    response = client.patch(url, data=json.dumps({"check_worthiness": 100}), content_type="application/json")
    assert response.status_code == 405


def test_the_schema_documents_them_as_optional(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    statement = schema["components"]["schemas"]["Statement"]
    assert set(statement["properties"]) >= STAFF_FIELDS
    assert not STAFF_FIELDS & set(statement["required"])
    assert statement["properties"]["check_worthiness"]["description"].startswith("Staff only")
