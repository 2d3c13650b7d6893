"""A number beyond what Python's dates or the database hold, typed into an admin list's address,
is bad input: never a server error (the sixth outside test found 500s on SQLite). SQLite refuses
an integer past 64 bits, which answers 400; PostgreSQL compares it as a number and finds nothing,
an empty list. A year past 9999 is refused by Python on every engine."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

HUGE = "9" * 25


def as_the_engine_can(response):
    """A 400 where the engine refuses the number (SQLite), an empty list where it compares it."""
    return response.status_code == (400 if connection.vendor == "sqlite" else 200)


def test_a_huge_rating_in_the_claim_list_address_is_never_a_server_error(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/factcheck/claim/?rating={HUGE}")
    assert as_the_engine_can(response)


def test_a_huge_claim_in_the_evidence_list_address_is_never_a_server_error(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/factcheck/evidence/?claim={HUGE}")
    assert as_the_engine_can(response)


def test_a_huge_year_in_the_briefing_list_date_hierarchy_is_a_bad_request(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/briefings/briefing/?imported_at__year={HUGE}")
    assert response.status_code == 400


def test_a_huge_group_in_the_user_list_address_is_never_a_server_error(client, superuser):
    client.force_login(superuser)
    response = client.get(f"/admin/auth/user/?groups={HUGE}")
    assert as_the_engine_can(response)


def test_the_bad_request_page_keeps_the_security_headers(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/briefings/briefing/?imported_at__year={HUGE}")
    assert response.status_code == 400
    assert "Content-Security-Policy" in response.headers
