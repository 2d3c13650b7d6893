"""The desk's claim search finds people as a checker types them: the statement's speaker and the
person on the claim by their full name (the desk names people that way everywhere)."""

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_statement, make_user

URL = reverse("admin:factcheck_claim_changelist")
PORT = "The port handled 140 ships last week."
OTHER = "Officials expect more ships."
ANOTHER_ARTICLE = "Another article\nOfficials expect more ships next year, the minister said.\n"


def search(client, user, words):
    client.force_login(user)
    return client.get(URL, {"q": words}).text


def test_it_finds_a_claim_by_its_statements_speaker(client, checker):
    statement = make_statement()
    statement.speaker = "Dmitry Peskov"
    statement.save(update_fields=["speaker"])
    make_claim(statement=statement, text=PORT)
    make_claim(statement=make_statement(ANOTHER_ARTICLE), text=OTHER)
    page = search(client, checker, "Peskov")
    assert PORT in page
    assert OTHER not in page


def test_it_finds_a_claim_by_its_assignees_full_name(client, checker):
    person = make_user("rsmith", "Checker")
    person.first_name, person.last_name = "Rosa", "Smith"
    person.save()
    make_claim(Claim.Status.IN_PROGRESS, assignee=person, text=PORT)
    make_claim(text=OTHER)
    page = search(client, checker, "Rosa Smith")
    assert PORT in page
    assert OTHER not in page


def test_it_still_finds_a_claim_by_its_claimant(client, checker):
    make_claim(text=PORT, claimant="Harbour authority")
    assert PORT in search(client, checker, "harbour")
