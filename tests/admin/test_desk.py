"""The review desk's front page: what is mine to do now."""

import datetime

import pytest
from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim, make_user
from ..signing_in import LOGIN

S = Claim.Status


def desk_panel(client, user, title):
    client.force_login(user)
    page = client.get(reverse("admin:index")).content.decode()
    start = page.index(f">{title} ")
    return page[start : page.index("</section>", start)]


def test_it_lists_claims_assigned_to_me(client, checker):
    make_claim(S.IN_PROGRESS, assignee=checker, text="Mine to check.")
    make_claim(S.IN_PROGRESS, assignee=make_user("other", "Checker"), text="Someone else's.")
    panel = desk_panel(client, checker, "Assigned to me")
    assert "Mine to check." in panel
    assert "Someone else" not in panel


def test_it_lists_claims_waiting_for_my_review_but_never_my_own(client, editor, checker):
    make_claim(S.IN_REVIEW, assignee=checker, submitted_by=checker, text="Checker's verdict.")
    make_claim(S.IN_REVIEW, assignee=editor, submitted_by=editor, text="Editor's own verdict.")
    panel = desk_panel(client, editor, "Waiting for my review")
    assert "Checker&#x27;s verdict." in panel
    assert "Editor&#x27;s own verdict." not in panel


def test_it_shows_a_checker_nothing_waiting_for_review(client, checker):
    make_claim(S.IN_REVIEW, submitted_by=make_user("other", "Checker"))
    assert "Nothing here." in desk_panel(client, checker, "Waiting for my review")


def test_it_lists_claims_returned_to_me(client, checker):
    make_claim(S.CHANGES_REQUESTED, assignee=checker, text="Please fix this one.")
    assert "Please fix this one." in desk_panel(client, checker, "Returned to me")


def test_it_shows_a_checker_their_own_overdue_open_claims(client, checker):
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    make_claim(S.IN_PROGRESS, assignee=checker, due_on=yesterday, text="Late claim.")
    make_claim(S.IN_PROGRESS, assignee=make_user("other", "Checker"), due_on=yesterday, text="Not mine.")
    make_claim(S.PUBLISHED, assignee=checker, due_on=yesterday, text="Done long ago.")
    panel = desk_panel(client, checker, "My overdue claims")
    assert "Late claim." in panel
    assert "Not mine." not in panel
    assert "Done long ago." not in panel


def test_it_shows_an_editor_every_overdue_claim_on_the_desk(client, editor, checker):
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    make_claim(S.IN_PROGRESS, assignee=checker, due_on=yesterday, text="Late claim.")
    assert "Late claim." in desk_panel(client, editor, "Overdue on the desk")


def test_it_counts_claims_per_briefing(client, editor):
    claim = make_claim(S.IN_REVIEW)
    make_claim(S.PUBLISHED, statement=claim.statement)
    client.force_login(editor)
    page = client.get(reverse("admin:index")).content.decode()
    assert "<td>2</td><td>1</td><td>1</td><td>1</td>" in page


@pytest.mark.parametrize("claim_count", [10, 200])
def test_it_runs_a_bounded_number_of_queries(client, editor, claim_count, django_assert_max_num_queries):
    first = make_claim(S.IN_REVIEW, assignee=editor, submitted_by=make_user("c", "Checker"))
    for _ in range(claim_count - 1):
        make_claim(S.IN_REVIEW, statement=first.statement, assignee=editor, submitted_by=first.submitted_by)
    client.force_login(editor)
    # 22 at 10 and at 200 claims: a count and a page of claims per panel (an editor's six).
    with django_assert_max_num_queries(22):
        assert client.get(reverse("admin:index")).status_code == 200


def test_it_sends_a_signed_in_reader_to_login_saying_why(client, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="pw-reader-123456")
    client.force_login(reader)
    response = client.get(reverse("admin:index"), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == f"{LOGIN}?next=%2Fadmin%2F"
    assert "This account cannot use the review desk" in html
    assert ">Sign out</button>" in html


def test_it_redirects_anonymous_to_login(client, db):
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain[-1][0] == f"{LOGIN}?next=%2Fadmin%2F"
    assert "registration/login.html" in [t.name for t in response.templates]


def test_a_claim_returned_to_me_is_listed_once_under_returned_to_me_not_under_assigned_to_me(client, checker):
    make_claim(S.CHANGES_REQUESTED, assignee=checker, text="Please fix this one.")
    assert "Please fix this one." not in desk_panel(client, checker, "Assigned to me")


def test_the_assigned_and_returned_panels_count_what_they_list(client, checker):
    make_claim(S.CHANGES_REQUESTED, assignee=checker, text="Please fix this one.")
    make_claim(S.IN_PROGRESS, assignee=checker, text="Mine to check.")
    assert 'Assigned to me <span class="badge">(1)</span>' in desk_panel(client, checker, "Assigned to me")
    assert 'Returned to me <span class="badge">(1)</span>' in desk_panel(client, checker, "Returned to me")


def test_it_lists_an_editor_the_approved_verdicts_waiting_to_be_published(client, editor, checker):
    make_claim(S.APPROVED, assignee=checker, submitted_by=checker, text="Approved claim.")
    make_claim(S.IN_PROGRESS, assignee=checker, text="Claim still being checked.")
    panel = desk_panel(client, editor, "Approved, waiting to be published")
    assert "Approved claim." in panel
    assert "Claim still being checked." not in panel


def test_it_shows_a_checker_no_panel_of_verdicts_to_publish(client, checker):
    make_claim(S.APPROVED, assignee=checker, submitted_by=checker)
    client.force_login(checker)
    assert "Approved, waiting to be published" not in client.get(reverse("admin:index")).text
