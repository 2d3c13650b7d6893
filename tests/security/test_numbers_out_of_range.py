"""A number beyond what Python's dates or the database hold, typed into an admin list's address,
is bad input: a 400, never a server error (the sixth outside test found 500s on SQLite)."""

import pytest

pytestmark = pytest.mark.django_db

HUGE = "9" * 25


def test_a_huge_rating_in_the_claim_list_address_is_a_bad_request(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/factcheck/claim/?rating={HUGE}")
    assert response.status_code == 400


def test_a_huge_claim_in_the_evidence_list_address_is_a_bad_request(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/factcheck/evidence/?claim={HUGE}")
    assert response.status_code == 400


def test_a_huge_year_in_the_briefing_list_date_hierarchy_is_a_bad_request(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/briefings/briefing/?imported_at__year={HUGE}")
    assert response.status_code == 400


def test_a_huge_group_in_the_user_list_address_is_a_bad_request(client, superuser):
    client.force_login(superuser)
    response = client.get(f"/admin/auth/user/?groups={HUGE}")
    assert response.status_code == 400


def test_the_bad_request_page_keeps_the_security_headers(client, editor):
    client.force_login(editor)
    response = client.get(f"/admin/factcheck/claim/?rating={HUGE}")
    assert "Content-Security-Policy" in response.headers
