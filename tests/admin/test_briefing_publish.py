"""The briefing desk's "Publish briefing and approved claims" (POST .../publish/)."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_statement, stored_state
from ..signing_in import login_page_for

S = Claim.Status


def publish_url(briefing):
    return reverse("admin:briefings_briefing_publish", args=[briefing.pk])


def test_it_publishes_the_briefing_and_its_approved_claims(client, editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = claim.statement.briefing
    client.force_login(editor)
    response = client.post(publish_url(briefing), follow=True)
    assert response.redirect_chain == [(reverse("admin:briefings_briefing_change", args=[briefing.pk]), 302)]
    assert f"Published “{briefing}” and 1 approved claim(s)." in response.text
    briefing.refresh_from_db()
    claim.refresh_from_db()
    assert briefing.status == "published"
    assert claim.is_public


def test_it_refuses_a_checker(client, checker):
    briefing = make_statement().briefing
    client.force_login(checker)
    assert client.post(publish_url(briefing)).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    briefing = make_statement().briefing
    client.force_login(staff_member)
    assert client.post(publish_url(briefing)).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_it_refuses_a_briefing_published_already(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    before = stored_state(claim)
    client.force_login(editor)
    response = client.post(publish_url(briefing))
    assert response.status_code == 403
    assert stored_state(claim) == before


def test_it_refuses_get(client, editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = claim.statement.briefing
    client.force_login(editor)
    assert client.get(publish_url(briefing)).status_code == 405
    briefing.refresh_from_db()
    assert briefing.status == "draft"
    assert stored_state(claim) == (S.APPROVED, 1, 0)


def test_it_redirects_anonymous_to_login(client, db):
    briefing = make_statement().briefing
    url = publish_url(briefing)
    assert client.post(url, follow=True).redirect_chain[-1][0] == login_page_for(url)
    briefing.refresh_from_db()
    assert briefing.status == "draft"
