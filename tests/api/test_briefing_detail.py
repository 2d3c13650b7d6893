"""The briefing detail builds its sections in one pass (factcheck/api/outline.py) rather than with
the nested serializers that describe it: each statement in it must read exactly as the statements
endpoint serves it, for the public and for staff reading unpublished work."""

import pytest

from .callers import API, client_for

# Said once by the briefing (which lists its current revision's statements) and by the section.
LEFT_OUT = {"briefing", "revision", "section"}


@pytest.mark.parametrize(("role", "params"), [("anonymous", {}), ("editor", {"include": "unpublished"})])
def test_its_statements_read_as_the_statements_endpoint_serves_them(desk, client, role, params):
    client = client_for(role, desk, client)
    detail = client.get(f"{API}briefings/{desk.briefing.slug}/", params).json()
    listed = {
        statement["id"]: {key: value for key, value in statement.items() if key not in LEFT_OUT}
        for statement in client.get(
            f"{API}statements/", {"briefing": desk.briefing.slug, "page_size": 200, **params}
        ).json()["results"]
    }
    in_detail = {
        statement["id"]: statement for section in detail["sections"] for statement in section["statements"]
    }
    assert in_detail == listed
    assert any(statement["claims"] for statement in in_detail.values())


def test_it_says_the_articles_language(desk, client):
    detail = client.get(f"{API}briefings/{desk.briefing.slug}/").json()
    assert detail["language"] == desk.briefing.language == "en"
