"""The briefing desk's "+ Claim" (POST .../statements/<id>/claim/): a claim from a statement in one
click, then its page."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_statement


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
