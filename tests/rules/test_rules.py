"""factcheck.rules: who may do what, asked directly (the workflow actions' rules are in
test_workflow_matrix.py, every state × action × role)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from briefings.models import Briefing
from factcheck import rules
from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_staff, make_statement, make_user

S = Claim.Status
pytestmark = pytest.mark.django_db


def test_claims_are_assigned_to_active_staff_with_a_role(django_user_model):
    make_user("carla", "Checker")
    make_user("ed", "Editor")
    make_user("root", superuser=True)
    gone = make_user("gone", "Checker")
    gone.is_active = False
    gone.save()
    django_user_model.objects.create_user("staff-only", is_staff=True)
    django_user_model.objects.create_user("reader")
    listed = [person.username for person in rules.people_who_work_claims()]
    assert listed == ["carla", "ed", "root"]
    assert listed == [
        person.username
        for person in django_user_model.objects.order_by("username")
        if rules.may_work_claims(person)
    ]


# Making and editing claims


def test_checkers_and_editors_may_make_claims(checker, editor):
    assert rules.may_make_claim(checker)
    assert rules.may_make_claim(editor)


PEOPLE_WITHOUT_A_ROLE = {
    "staff member without a role": make_staff,
    "reader": lambda: make_user("reader"),
    "anonymous": AnonymousUser,
}


@pytest.mark.parametrize("who", PEOPLE_WITHOUT_A_ROLE)
def test_nobody_else_may_make_claims(who):
    assert not rules.may_make_claim(PEOPLE_WITHOUT_A_ROLE[who]())


def test_a_checker_may_edit_a_claim_that_is_theirs_or_nobodys(checker):
    assert rules.may_edit_claim(checker, make_claim(S.IN_PROGRESS, assignee=checker))
    assert rules.may_edit_claim(checker, make_claim(S.NEW))


def test_a_checker_may_not_edit_a_claim_assigned_to_someone_else(checker):
    assert not rules.may_edit_claim(
        checker, make_claim(S.IN_PROGRESS, assignee=make_user("other", "Checker"))
    )


def test_a_checker_may_not_edit_a_dismissed_claim(checker):
    assert not rules.may_edit_claim(checker, make_claim(S.DISMISSED))


def test_an_editor_may_edit_any_claim(editor, checker):
    assert rules.may_edit_claim(editor, make_claim(S.IN_PROGRESS, assignee=checker))
    assert rules.may_edit_claim(editor, make_claim(S.DISMISSED))


def test_a_staff_member_without_a_role_may_edit_no_claim():
    staff = make_staff()
    assert not rules.may_edit_claim(staff, make_claim(S.NEW))
    assert not rules.may_edit_claim(staff, make_claim(S.IN_PROGRESS, assignee=staff))


def test_a_checker_switched_off_may_edit_nothing(checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    checker.is_active = False
    checker.save()
    assert not rules.may_edit_claim(checker, claim)


def test_only_editors_assign_claims_and_set_due_dates(checker, editor):
    assert rules.may_assign_claims(editor)
    assert not rules.may_assign_claims(checker)


# The two-person rule


def test_even_a_superuser_may_not_review_their_own_check(superuser):
    claim = make_claim(S.IN_REVIEW, assignee=superuser, submitted_by=superuser, checked=True)
    assert rules.may_review_claims(superuser)
    assert not rules.may_review_claim(superuser, claim)


# Briefings


def test_an_editor_may_publish_a_draft_and_withdraw_a_published_briefing(editor):
    briefing = make_statement().briefing
    assert rules.may_publish_briefing(editor, briefing)
    assert not rules.may_withdraw_briefing(editor, briefing)
    briefing.status = Briefing.Status.PUBLISHED
    assert not rules.may_publish_briefing(editor, briefing)
    assert rules.may_withdraw_briefing(editor, briefing)


@pytest.mark.parametrize("status", [Briefing.Status.DRAFT, Briefing.Status.PUBLISHED])
def test_a_checker_may_neither_publish_nor_withdraw_a_briefing(checker, status):
    briefing = make_statement().briefing
    briefing.status = status
    assert not rules.may_publish_briefing(checker, briefing)
    assert not rules.may_withdraw_briefing(checker, briefing)


def test_only_editors_import_briefings(checker, editor):
    assert rules.may_import_briefing(editor)
    assert not rules.may_import_briefing(checker)
    assert not rules.may_import_briefing(make_staff())


def test_only_editors_correct_how_an_article_is_split(checker, editor, superuser):
    assert rules.may_edit_statements(editor)
    assert rules.may_edit_statements(superuser)
    assert not rules.may_edit_statements(checker)
    assert not rules.may_edit_statements(make_staff())
    assert not rules.may_edit_statements(AnonymousUser())


# Reading unpublished work


def test_whoever_holds_a_role_may_read_unpublished_work(checker, editor, superuser):
    assert rules.may_read_unpublished(checker)
    assert rules.may_read_unpublished(editor)
    assert rules.may_read_unpublished(superuser)


def test_staff_without_a_role_may_not_read_unpublished_work():
    assert not rules.may_read_unpublished(make_staff())


def test_readers_and_staff_switched_off_may_not_read_unpublished_work(checker):
    checker.is_active = False
    assert not rules.may_read_unpublished(checker)
    assert not rules.may_read_unpublished(make_user("reader"))
    assert not rules.may_read_unpublished(AnonymousUser())


def test_only_an_admin_may_delete_a_briefing_without_published_verdicts(superuser, editor, checker):
    briefing = make_statement().briefing
    assert [rules.may_delete_briefing(who, briefing) for who in (superuser, editor, checker)] == [
        True,
        False,
        False,
    ]


def test_not_even_an_admin_may_delete_a_briefing_with_published_verdicts(superuser, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    assert not rules.may_delete_briefing(superuser, briefing)


def test_an_admin_may_not_delete_it_once_withdrawn_either(superuser, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.WITHDRAWN)
    assert not rules.may_delete_briefing(superuser, Briefing.objects.get(pk=briefing.pk))


def test_only_an_admin_may_edit_the_standards_pages(superuser, editor, checker):
    assert rules.may_edit_standards(superuser)
    assert not rules.may_edit_standards(editor)
    assert not rules.may_edit_standards(checker)
    assert not rules.may_edit_standards(make_staff())
    assert not rules.may_edit_standards(AnonymousUser())
