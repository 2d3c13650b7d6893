"""Who may do what to a claim, and when: the review workflow's rules in one table.

Like Wagtail's workflow tasks, the claim answers `get_actions(user)`; the admin's buttons, its
bulk actions and the management commands offer and perform exactly those (performing lives in
factcheck.services). Roles are permissions, so a superuser holds every role, but no role lifts
the two-person rule: whoever submitted a verdict never reviews it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model

from .models import Claim

Status = Claim.Status


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    sources: tuple
    target: str
    permission: str
    needs_comment: bool = False
    needs_assignee: bool = False
    rule: Callable = staticmethod(lambda claim, user: True)
    rule_text: str = ""

    def allows(self, claim, user):
        return (
            claim.status in self.sources
            and user.is_active
            and user.is_staff
            and user.has_perm(self.permission)
            and self.rule(claim, user)
        )


def _not_the_submitter(claim, user):
    return claim.submitted_by_id != user.pk


ACTIONS = [
    Action(
        "take",
        "Take this claim",
        (Status.NEW,),
        Status.IN_PROGRESS,
        "factcheck.change_claim",
        rule=lambda claim, user: claim.assignee_id is None,
        rule_text="nobody is on it",
    ),
    Action(
        "assign",
        "Assign to…",
        (Status.NEW, Status.IN_PROGRESS, Status.CHANGES_REQUESTED),
        Status.IN_PROGRESS,
        "factcheck.assign_claim",
        needs_assignee=True,
    ),
    Action(
        "submit",
        "Submit for review",
        (Status.IN_PROGRESS, Status.CHANGES_REQUESTED),
        Status.IN_REVIEW,
        "factcheck.change_claim",
        rule=lambda claim, user: claim.assignee_id == user.pk,
        rule_text="only the assigned checker submits",
    ),
    Action(
        "approve",
        "Approve",
        (Status.IN_REVIEW,),
        Status.APPROVED,
        "factcheck.review_claim",
        rule=_not_the_submitter,
        rule_text="nobody approves their own check",
    ),
    Action(
        "request_changes",
        "Request changes",
        (Status.IN_REVIEW, Status.APPROVED),
        Status.CHANGES_REQUESTED,
        "factcheck.review_claim",
        needs_comment=True,
        rule=_not_the_submitter,
        rule_text="nobody reviews their own check",
    ),
    Action("publish", "Publish", (Status.APPROVED,), Status.PUBLISHED, "factcheck.publish_claim"),
    Action(
        "dismiss",
        "Dismiss",
        (Status.NEW, Status.IN_PROGRESS, Status.CHANGES_REQUESTED, Status.IN_REVIEW),
        Status.DISMISSED,
        "factcheck.dismiss_claim",
        needs_comment=True,
    ),
    Action("reopen", "Reopen", (Status.DISMISSED,), Status.NEW, "factcheck.dismiss_claim"),
]
BY_NAME = {action.name: action for action in ACTIONS}


def actions_for(claim, user):
    if user is None or not user.is_authenticated:
        return []
    return [action for action in ACTIONS if action.allows(claim, user)]


WORKS_CLAIMS = "factcheck.change_claim"
PERMISSIONS_BACKEND = "django.contrib.auth.backends.ModelBackend"  # the one that holds roles


def manages_assignments(user):
    """Editors hand out work: they assign claims, set due dates and watch the whole desk's deadlines."""
    return user.is_active and user.is_staff and user.has_perm("factcheck.assign_claim")


def may_work_claims(user):
    """Checkers, editors and admins: whoever can be assigned a claim."""
    return user.is_active and user.is_staff and user.has_perm(WORKS_CLAIMS)


def people_who_work_claims():
    """Everyone `may_work_claims` admits, in one query (for the "Assign to" menus)."""
    users = get_user_model().objects.with_perm(
        WORKS_CLAIMS, is_active=True, include_superusers=True, backend=PERMISSIONS_BACKEND
    )
    return users.filter(is_staff=True).order_by("username")
