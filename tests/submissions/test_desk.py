"""The editors' queue of reader submissions on the desk, and its "Make a claim" and "Dismiss"."""

import pytest
from django.urls import reverse

from factcheck.models import Claim, Submission

from ..factories import make_statement
from ..signing_in import login_page_for
from .conftest import make_submission

pytestmark = pytest.mark.django_db
LIST = reverse("admin:factcheck_submission_changelist")


def change_url(submission):
    return reverse("admin:factcheck_submission_change", args=[submission.pk])


def make_claim_url(submission):
    return reverse("admin:factcheck_submission_make_claim", args=[submission.pk])


def dismiss_url(submission):
    return reverse("admin:factcheck_submission_dismiss", args=[submission.pk])


@pytest.mark.parametrize("count", [5, 100])
def test_the_queue_runs_a_bounded_number_of_queries(client, editor, count, django_assert_max_num_queries):
    for n in range(count):
        make_submission(f"Claim number {n} to check.", contact=f"r{n}@example.org")
    client.force_login(editor)
    with django_assert_max_num_queries(12):
        assert client.get(LIST).status_code == 200


def test_the_queue_lists_the_newest_first(client, editor):
    make_submission("The older claim.", days_ago=2)
    make_submission("The newer claim.")
    client.force_login(editor)
    text = client.get(LIST).text
    assert text.index("The newer claim.") < text.index("The older claim.")


def test_the_queue_filters_by_status(client, editor):
    make_submission("Still waiting.")
    make_submission("Set aside.", status="dismissed")
    client.force_login(editor)
    text = client.get(LIST + "?status__exact=dismissed").text
    assert "Set aside." in text
    assert "Still waiting." not in text


def test_an_editor_reads_the_contact_address(client, editor, submission):
    client.force_login(editor)
    assert "reader@example.org" in client.get(change_url(submission)).text


@pytest.mark.parametrize("url", [lambda s: LIST, change_url, make_claim_url, dismiss_url])
def test_a_checker_may_not_open_the_queue_nor_read_the_address(client, checker, submission, url):
    client.force_login(checker)
    response = client.get(url(submission))
    assert response.status_code == 403
    assert "reader@example.org" not in response.text


@pytest.mark.parametrize("url", [lambda s: LIST, change_url, make_claim_url, dismiss_url])
def test_a_staff_member_without_a_role_is_refused(client, staff_member, submission, url):
    client.force_login(staff_member)
    assert client.get(url(submission)).status_code == 403


@pytest.mark.parametrize("url", [lambda s: LIST, change_url, make_claim_url, dismiss_url])
def test_anonymous_is_sent_to_sign_in(client, submission, url):
    target = url(submission)
    response = client.get(target, follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(target)


def test_the_desk_offers_both_actions_on_a_new_submission(client, editor, submission):
    client.force_login(editor)
    text = client.get(change_url(submission)).text
    assert make_claim_url(submission) in text
    assert dismiss_url(submission) in text


def test_the_desk_offers_no_action_on_a_handled_submission(client, editor):
    handled = make_submission(status="dismissed")
    client.force_login(editor)
    assert dismiss_url(handled) not in client.get(change_url(handled)).text


def test_make_a_claim_makes_one_and_opens_it(client, editor, submission):
    client.force_login(editor)
    response = client.post(make_claim_url(submission), {"statement": ""})
    claim = Claim.objects.get()
    assert response["Location"] == reverse("admin:factcheck_claim_change", args=[claim.pk])
    assert Submission.objects.get().status == "claimed"


def test_make_a_claim_on_a_chosen_statement(client, editor, submission):
    statement = make_statement()
    client.force_login(editor)
    client.post(make_claim_url(submission), {"statement": statement.pk})
    assert Claim.objects.get().statement == statement


def test_make_a_claim_on_a_statement_that_does_not_exist_says_so(client, editor, submission):
    client.force_login(editor)
    response = client.post(make_claim_url(submission), {"statement": "999999"})
    assert "No statement has that id." in response.text
    assert not Claim.objects.exists()


def test_make_a_claim_on_a_handled_submission_shows_the_refusal(client, editor):
    handled = make_submission(status="dismissed")
    client.force_login(editor)
    response = client.post(make_claim_url(handled), {"statement": ""})
    assert "handled already" in response.text
    assert not Claim.objects.exists()


def test_dismiss_keeps_the_reason_and_goes_back_to_the_queue(client, editor, submission):
    client.force_login(editor)
    response = client.post(dismiss_url(submission), {"reason": "Opinion, not a claim."})
    assert response["Location"] == LIST
    assert Submission.objects.get().dismissal_reason == "Opinion, not a claim."


def test_dismiss_without_a_reason_says_so_and_changes_nothing(client, editor, submission):
    client.force_login(editor)
    response = client.post(dismiss_url(submission), {"reason": ""})
    assert "This field is required." in response.text
    assert Submission.objects.get().status == "new"


@pytest.mark.parametrize("action", [make_claim_url, dismiss_url])
def test_a_checker_posting_an_action_is_refused_and_nothing_changes(client, checker, submission, action):
    client.force_login(checker)
    assert client.post(action(submission), {"reason": "No.", "statement": ""}).status_code == 403
    assert Submission.objects.get().status == "new"


@pytest.mark.parametrize("action", [make_claim_url, dismiss_url])
@pytest.mark.parametrize("method", ["put", "delete"])
def test_other_methods_on_an_action_are_refused(client, editor, submission, action, method):
    client.force_login(editor)
    assert getattr(client, method)(action(submission)).status_code == 405


def test_the_desk_may_not_add_change_or_delete_a_submission(client, editor, submission):
    client.force_login(editor)
    assert client.get(reverse("admin:factcheck_submission_add")).status_code == 403
    assert client.post(change_url(submission), {"text": "Rewritten."}).status_code == 403
    assert client.get(reverse("admin:factcheck_submission_delete", args=[submission.pk])).status_code == 403
