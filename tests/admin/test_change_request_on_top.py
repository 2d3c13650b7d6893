"""After "Request changes", the reviewer's comment, name and time lead the claim's page and its
row on My desk, not the history table far down (issue 16, item 2)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim

from ..factories import make_public_claim, make_submitted_claim
from .test_claim_workflow_button import change_url
from .test_desk import desk_panel

S = Claim.Status
COMMENT = "Cite the harbour master's log, not the press release."


@pytest.fixture
def returned(checker, editor):
    editor.first_name, editor.last_name = "Erin", "Editor"
    editor.save()
    claim = make_submitted_claim(checker)
    return services.take_action(claim=claim, action="request_changes", user=editor, comment=COMMENT)


def top_of_claim_page(client, user, claim):
    client.force_login(user)
    page = client.get(change_url(claim)).content.decode()
    return page[: page.index('id="claim_form"')]


def test_the_claim_page_leads_with_the_request_its_author_and_time(client, checker, returned):
    top = top_of_claim_page(client, checker, returned)
    assert "Changes requested by Erin Editor" in top
    assert "Cite the harbour master&#x27;s log" in top
    event = returned.events.get(action="request_changes")
    assert event.created_at.astimezone().strftime("%-d %b") in top


def test_it_shows_the_latest_of_two_requests(client, checker, editor, returned):
    returned = services.take_action(claim=returned, action="submit", user=checker)
    services.take_action(
        claim=returned, action="request_changes", user=editor, comment="Now the date, please."
    )
    top = top_of_claim_page(client, checker, returned)
    assert "Now the date, please." in top
    assert "harbour master" not in top


def test_it_shows_no_request_once_the_claim_is_resubmitted(client, checker, editor, returned):
    services.take_action(claim=returned, action="submit", user=checker)
    assert "Changes requested by" not in top_of_claim_page(client, editor, returned)


def test_my_desk_shows_the_request_on_the_returned_claim(client, checker, returned):
    panel = desk_panel(client, checker, "Returned to me")
    assert "Erin Editor" in panel
    assert "Cite the harbour master&#x27;s log" in panel


def queries_for_desk(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("admin:index")).status_code == 200
    return len(queries)


def test_my_desk_reads_the_requests_without_a_query_per_claim(client, checker, editor, returned):
    client.force_login(checker)
    one = queries_for_desk(client)
    for _ in range(5):
        claim = make_submitted_claim(checker, statement=returned.statement)
        services.take_action(claim=claim, action="request_changes", user=editor, comment="Again.")
    assert queries_for_desk(client) == one


def test_a_reconsidered_verdict_leads_with_the_editors_reason_to_rework_it(client, checker, editor):
    claim = services.withdraw_claim(claim=make_public_claim(assignee=checker), user=editor, reason="Misread.")
    services.take_action(claim=claim, action="reconsider", user=editor, comment="Recount from the log.")
    top = top_of_claim_page(client, checker, claim)
    assert "Changes requested by" in top
    assert "Recount from the log." in top
