"""The briefing desk's "+ Claim" (POST .../statements/<id>/claim/): a claim from a statement in one
click, then its page."""

from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, ClaimEvent

from ..factories import make_claim, make_statement
from ..signing_in import login_page_for


def claim_url(statement):
    return reverse("admin:briefings_statement_claim", args=[statement.briefing_id, statement.pk])


def test_it_makes_a_claim_from_the_statement_and_opens_it(client, checker):
    statement = make_statement()
    client.force_login(checker)
    response = client.post(claim_url(statement))
    claim = Claim.objects.get()
    assert response["Location"] == reverse("admin:factcheck_claim_change", args=[claim.pk])
    assert claim.text == statement.text
    assert claim.events.get().action == "created"


def test_it_refuses_get(client, checker):
    statement = make_statement()
    client.force_login(checker)
    assert client.get(claim_url(statement)).status_code == 405
    assert not Claim.objects.exists()


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    statement = make_statement()
    client.force_login(staff_member)
    response = client.post(claim_url(statement))
    assert response.status_code == 403
    assert not Claim.objects.exists()
    assert not ClaimEvent.objects.exists()


def test_it_redirects_anonymous_to_login(client, db):
    statement = make_statement()
    url = claim_url(statement)
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(url)
    assert not Claim.objects.exists()


def test_it_refuses_a_statement_of_another_briefing(client, checker):
    statement, other = make_statement(), make_statement("Another article\nIt says something else.\n")
    client.force_login(checker)
    url = reverse("admin:briefings_statement_claim", args=[other.briefing_id, statement.pk])
    assert client.post(url).status_code == 404
    assert not Claim.objects.exists()


# A statement that has a claim already (issue 16, item 7)


def test_it_names_and_links_the_existing_claim_instead_of_making_a_second(client, checker):
    first = make_claim(statement=make_statement(), text="The port handled 140 ships.")
    client.force_login(checker)
    response = client.post(claim_url(first.statement))
    assert response.status_code == 200
    assert reverse("admin:factcheck_claim_change", args=[first.pk]) in response.text
    assert "The port handled 140 ships." in response.text
    assert "Make another claim on this statement" in response.text
    assert Claim.objects.count() == 1


def test_it_makes_a_second_claim_on_purpose(client, checker):
    first = make_claim(statement=make_statement())
    client.force_login(checker)
    response = client.post(claim_url(first.statement), {"confirm": "1"})
    second = Claim.objects.exclude(pk=first.pk).get()
    assert response["Location"] == reverse("admin:factcheck_claim_change", args=[second.pk])


def test_it_shows_a_staff_member_without_a_role_no_claims_and_makes_none(client, staff_member):
    first = make_claim(statement=make_statement())
    client.force_login(staff_member)
    for data in ({}, {"confirm": "1"}):
        assert client.post(claim_url(first.statement), data).status_code == 403
    assert Claim.objects.count() == 1


def test_the_confirmation_sends_anonymous_to_login(client, db):
    first = make_claim(statement=make_statement())
    url = claim_url(first.statement)
    response = client.post(url, {"confirm": "1"}, follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(url)
    assert Claim.objects.count() == 1


def test_the_service_still_makes_a_second_claim_for_commands_and_the_api(checker):
    first = make_claim(statement=make_statement())
    services.make_claim(statement=first.statement, user=checker)
    assert first.statement.claims.count() == 2
