"""The briefing desk's "+ Claim" (POST .../statements/<id>/claim/): a claim from a statement in one
click, then its page, which says what was made; a refusal is said on the briefing's page."""

from django.contrib.messages import get_messages
from django.urls import reverse

from briefings.models import Statement
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
    assert claim.events.order_by("pk").first().action == "created"


def test_a_checkers_claim_is_theirs_at_once(client, checker):
    client.force_login(checker)
    client.post(claim_url(make_statement()))
    claim = Claim.objects.get()
    assert (claim.status, claim.assignee) == (Claim.Status.IN_PROGRESS, checker)
    assert [event.action for event in claim.events.order_by("pk")] == ["created", "take"]


def test_an_editors_claim_stays_new_to_be_handed_out(client, editor):
    client.force_login(editor)
    client.post(claim_url(make_statement()))
    claim = Claim.objects.get()
    assert (claim.status, claim.assignee) == (Claim.Status.NEW, None)


def test_it_tells_the_checker_the_claim_is_theirs(client, checker):
    client.force_login(checker)
    [message] = said(client.post(claim_url(make_statement())))
    assert message.endswith(" It is yours: you are on it now.")


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def desk(statement):
    return reverse("admin:briefings_briefing_change", args=[statement.briefing_id])


def test_it_says_which_claim_it_made_with_one_stop_after_its_words(client, editor):
    statement = make_statement()
    client.force_login(editor)
    [message] = said(client.post(claim_url(statement)))
    assert message.endswith(": “The port handled 140 ships last week.”")


def test_its_message_links_back_to_the_statement_on_the_briefings_page(client, checker):
    statement = make_statement()
    client.force_login(checker)
    [message] = said(client.post(claim_url(statement)))
    assert message.startswith(
        f'Made a claim from <a href="{desk(statement)}#s-1">statement 1 of “A short article”</a>'
    )


def test_its_message_shows_on_the_new_claims_page_as_a_link(client, checker):
    statement = make_statement()
    client.force_login(checker)
    page = client.post(claim_url(statement), follow=True).text
    assert f'<a href="{desk(statement)}#s-1">statement 1 of “A short article”</a>' in page


def test_a_second_claim_made_on_purpose_is_announced_too(client, checker):
    first = make_claim(statement=make_statement())
    client.force_login(checker)
    [message] = said(client.post(claim_url(first.statement), {"confirm": "1"}))
    assert message.startswith("Made a claim from")


def test_it_says_on_the_briefings_page_why_it_made_no_claim(client, checker):
    statement = make_statement()
    Statement.objects.filter(pk=statement.pk).update(hidden=True)
    client.force_login(checker)
    response = client.post(claim_url(statement))
    assert response["Location"] == f"{desk(statement)}#s-1"
    assert said(response) == [
        "No claim made: Statement 1 is hidden as not part of the article; "
        "an editor shows it again before it is checked."
    ]
    assert not Claim.objects.exists()


def test_it_refuses_a_staff_member_without_a_role_a_hidden_statement_too(client, staff_member):
    statement = make_statement()
    Statement.objects.filter(pk=statement.pk).update(hidden=True)
    client.force_login(staff_member)
    response = client.post(claim_url(statement))
    assert response.status_code == 403
    assert said(response) == []


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
