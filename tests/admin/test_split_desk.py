"""An editor corrects the split on the briefing's desk page: Split, Merge with next, Hide,
Unhide and Edit heading, each a POST to its own address that calls briefings.editing and comes
back to the statement with a message. Checkers see, never change; refusals change nothing."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from briefings.editing import hide_statement
from briefings.importers import import_briefing
from briefings.models import StatementEdit
from factcheck.models import Claim

from ..factories import make_claim
from ..signing_in import login_page_for

ARTICLE = (
    "The port\n\n## Shipping\n\n"
    "The port handled 140 ships last week. Officials expect more.\n\n"
    "A new paragraph starts here.\n"
)
OPERATIONS = ("split", "merge", "hide", "unhide")


@pytest.fixture
def briefing(db):
    return import_briefing(ARTICLE).briefing


def statement(briefing, position):
    return briefing.statements.get(position=position)


def url(operation, target):
    if operation == "retitle":
        return reverse("admin:briefings_section_retitle", args=[target.briefing_id, target.pk])
    return reverse(f"admin:briefings_statement_{operation}", args=[target.briefing_id, target.pk])


def desk(briefing, anchor="", page=None):
    query = f"?statements={page}" if page else ""
    return reverse("admin:briefings_briefing_change", args=[briefing.pk]) + query + anchor


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def texts(briefing):
    return list(briefing.statements.order_by("position").values_list("text", flat=True))


def test_an_editor_splits_a_statement_at_the_chosen_word(client, editor, briefing):
    second = statement(briefing, 2)
    client.force_login(editor)
    response = client.post(url("split", second), {"offset": len("The port handled ")})
    assert texts(briefing)[1:3] == ["The port handled", "140 ships last week."]
    assert said(response) == ["Split statement 2 in two: 2 and 3."]
    assert response["Location"] == desk(briefing, "#s-2")
    assert StatementEdit.objects.get().made_by == editor


def test_a_split_says_which_claims_need_checking(client, editor, briefing):
    second = statement(briefing, 2)
    make_claim(statement=second, text="The port handled 140 ships last week.")
    client.force_login(editor)
    response = client.post(url("split", second), {"offset": len("The port handled ")})
    assert said(response) == [
        "Split statement 2 in two: 2 and 3. 1 claim(s) on statement 2 hold text of both parts: check them."
    ]
    assert Claim.objects.get().anchor == "split"


def test_an_editor_merges_a_statement_with_the_next_and_its_claims_follow(client, editor, briefing):
    claim = make_claim(statement=statement(briefing, 3), text="Officials expect more.")
    client.force_login(editor)
    response = client.post(url("merge", statement(briefing, 2)))
    assert texts(briefing)[1] == "The port handled 140 ships last week. Officials expect more."
    assert said(response) == ["Merged statements 2 and 3; statement 3's 1 claim(s) are on statement 2."]
    claim.refresh_from_db()
    assert claim.statement.position == 2
    assert response["Location"] == desk(briefing, "#s-2")


def test_an_editor_hides_a_statement(client, editor, briefing):
    client.force_login(editor)
    response = client.post(url("hide", statement(briefing, 1)))
    assert statement(briefing, 1).hidden
    assert said(response)[0].startswith("Hid statement 1: it is left out of the public article")


def test_an_editor_shows_a_hidden_statement_again(client, editor, briefing):
    hide_statement(statement=statement(briefing, 1), user=editor)
    client.force_login(editor)
    response = client.post(url("unhide", statement(briefing, 1)))
    assert not statement(briefing, 1).hidden
    assert said(response) == ["Statement 1 is part of the article again."]


def test_an_editor_retitles_a_heading(client, editor, briefing):
    section = briefing.sections.get(position=2)
    client.force_login(editor)
    response = client.post(url("retitle", section), {"heading": "  Shipping   news "})
    section.refresh_from_db()
    assert section.heading == "Shipping news"
    assert said(response) == ["Section 2 is now headed “Shipping news”."]
    assert response["Location"] == desk(briefing, "#s-2")


def test_a_heading_asking_a_question_gets_no_second_stop(client, editor, briefing):
    section = briefing.sections.get(position=2)
    client.force_login(editor)
    response = client.post(url("retitle", section), {"heading": "Who pays?"})
    assert said(response) == ["Section 2 is now headed “Who pays?”"]


def test_it_comes_back_to_the_page_of_statements_holding_the_statement(client, editor, db):
    article = "A long article\n" + "".join(f"Sentence {i} says something. It goes on.\n" for i in range(110))
    briefing = import_briefing(article).briefing
    client.force_login(editor)
    response = client.post(url("hide", statement(briefing, 203)))
    assert response["Location"] == desk(briefing, "#s-203", page=2)


@pytest.mark.parametrize("operation", [*OPERATIONS, "retitle"])
def test_it_refuses_a_checker_and_changes_nothing(client, checker, briefing, operation):
    target = briefing.sections.get(position=2) if operation == "retitle" else statement(briefing, 2)
    before = texts(briefing)
    client.force_login(checker)
    response = client.post(url(operation, target), {"offset": 4, "heading": "New"})
    assert response.status_code == 403
    assert texts(briefing) == before
    assert briefing.sections.get(position=2).heading == "Shipping"
    assert not StatementEdit.objects.exists()


@pytest.mark.parametrize("operation", [*OPERATIONS, "retitle"])
def test_it_refuses_a_staff_member_without_a_role(client, staff_member, briefing, operation):
    target = briefing.sections.get(position=2) if operation == "retitle" else statement(briefing, 2)
    client.force_login(staff_member)
    assert client.post(url(operation, target), {"offset": 4, "heading": "New"}).status_code == 403
    assert not StatementEdit.objects.exists()


@pytest.mark.parametrize("operation", [*OPERATIONS, "retitle"])
def test_it_redirects_anonymous_to_login(client, briefing, operation):
    target = briefing.sections.get(position=2) if operation == "retitle" else statement(briefing, 2)
    address = url(operation, target)
    response = client.post(address, {"offset": 4, "heading": "New"}, follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(address)
    assert not StatementEdit.objects.exists()


@pytest.mark.parametrize("operation", [*OPERATIONS, "retitle"])
def test_it_refuses_get(client, editor, briefing, operation):
    target = briefing.sections.get(position=2) if operation == "retitle" else statement(briefing, 2)
    client.force_login(editor)
    assert client.get(url(operation, target), {"offset": 4, "heading": "New"}).status_code == 405
    assert not StatementEdit.objects.exists()


def test_it_refuses_a_statement_of_another_briefing(client, editor, briefing):
    other = import_briefing("Another article\nIt says something else. And more.\n").briefing
    client.force_login(editor)
    address = reverse("admin:briefings_statement_hide", args=[other.pk, statement(briefing, 2).pk])
    assert client.post(address).status_code == 404
    assert not StatementEdit.objects.exists()


def assert_refused(response, briefing, message):
    assert response.status_code == 302
    assert response["Location"].startswith(desk(briefing))
    assert message in said(response)[0]
    assert not StatementEdit.objects.exists()


def test_it_refuses_to_merge_the_last_statement(client, editor, briefing):
    client.force_login(editor)
    response = client.post(url("merge", statement(briefing, 4)))
    assert_refused(response, briefing, "is the last one: there is nothing to merge it with")
    assert texts(briefing)[-1] == "A new paragraph starts here."


def test_it_refuses_to_merge_across_paragraphs(client, editor, briefing):
    client.force_login(editor)
    response = client.post(url("merge", statement(briefing, 3)))
    assert_refused(response, briefing, "are in different paragraphs")
    assert len(texts(briefing)) == 4


@pytest.mark.parametrize("offset", ["0", "9999", "-3"])
def test_it_refuses_to_split_outside_the_statement(client, editor, briefing, offset):
    client.force_login(editor)
    response = client.post(url("split", statement(briefing, 2)), {"offset": offset})
    assert_refused(response, briefing, "can be split between characters 1 and")
    assert len(texts(briefing)) == 4


@pytest.mark.parametrize("offset", ["", "four", "4.5"])
def test_it_refuses_a_split_without_a_word_to_start_at(client, editor, briefing, offset):
    client.force_login(editor)
    response = client.post(url("split", statement(briefing, 2)), {"offset": offset})
    assert_refused(response, briefing, "Choose where to split the statement")
    assert len(texts(briefing)) == 4


def test_it_refuses_to_unhide_a_statement_that_is_shown(client, editor, briefing):
    client.force_login(editor)
    response = client.post(url("unhide", statement(briefing, 2)))
    assert_refused(response, briefing, "Statement 2 is not hidden.")


def test_it_refuses_to_hide_a_statement_with_a_published_verdict(client, editor, checker):
    claim = make_claim(Claim.Status.PUBLISHED, assignee=checker, submitted_by=checker, checked=True)
    client.force_login(editor)
    response = client.post(url("hide", claim.statement))
    assert_refused(response, claim.statement.briefing, "has a published verdict")
    claim.statement.refresh_from_db()
    assert not claim.statement.hidden


@pytest.mark.parametrize("heading", ["", "   "])
def test_it_refuses_an_empty_heading(client, editor, briefing, heading):
    section = briefing.sections.get(position=2)
    client.force_login(editor)
    response = client.post(url("retitle", section), {"heading": heading})
    assert_refused(response, briefing, "Write the heading's new words")
    section.refresh_from_db()
    assert section.heading == "Shipping"
