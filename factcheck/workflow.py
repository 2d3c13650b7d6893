"""The review workflow as one table: each action, the states it leaves from and goes to, the role
it needs, its rule (from factcheck.rules) and what it asks of the person taking it.

Like Wagtail's workflow tasks, a claim answers `get_actions(user)` from this table; the admin's
buttons, its bulk actions and the `claim_action` command offer exactly those, and
factcheck.services.take_action performs them, each action in its own handler.
"""

from collections.abc import Callable
from dataclasses import dataclass

from . import rules
from .states import ClaimStatus as Status


def _anyone(user, claim):
    return True


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    from_statuses: tuple
    to_status: str
    permission: str
    needs_comment: bool = False
    needs_assignee: bool = False
    rule: Callable = _anyone
    rule_text: str = ""  # why the rule refuses, as a reason ("nobody approves their own check")
    comment_label: str = "Comment"
    primary: bool = False  # the step that moves the check forward: the desk shows it as the default
    ends: bool = False  # the step that stops the check: the desk shows it apart, as a cautionary one
    verb: str = ""  # the action in a sentence: "You may not {verb} this claim"
    done: str = ""  # the action as the claim's history tells it: "Submitted for review"
    consequence: str = ""  # what the action does to readers, said on the desk before clicking

    def __post_init__(self):
        if not self.verb:
            object.__setattr__(self, "verb", self.name.replace("_", " "))

    @property
    def role(self):
        """Who holds the action's permission, for refusals."""
        return "Checker or Editor" if self.permission == "factcheck.change_claim" else "Editor"


ACTIONS = [
    Action(
        "take",
        "Take this claim",
        (Status.NEW,),
        Status.IN_PROGRESS,
        "factcheck.change_claim",
        rule=rules.may_take_claim,
        rule_text="someone else is on it",
        done="Took the claim",
    ),
    Action(
        "assign",
        "Assign to…",
        (Status.NEW, Status.IN_PROGRESS, Status.CHANGES_REQUESTED),
        Status.IN_PROGRESS,
        "factcheck.assign_claim",
        needs_assignee=True,
        done="Assigned",
    ),
    Action(
        "submit",
        "Submit for review",
        (Status.IN_PROGRESS, Status.CHANGES_REQUESTED),
        Status.IN_REVIEW,
        "factcheck.change_claim",
        rule=rules.may_submit_claim,
        rule_text="only the assigned checker submits",
        primary=True,
        done="Submitted for review",
    ),
    Action(
        "approve",
        "Approve",
        (Status.IN_REVIEW,),
        Status.APPROVED,
        "factcheck.review_claim",
        rule=rules.may_review_claim,
        rule_text="nobody approves a check they submitted or revised",
        primary=True,
        done="Approved",
    ),
    Action(
        "request_changes",
        "Request changes",
        (Status.IN_REVIEW, Status.APPROVED),
        Status.CHANGES_REQUESTED,
        "factcheck.review_claim",
        needs_comment=True,
        rule=rules.may_review_claim,
        rule_text="nobody reviews a check they submitted or revised",
        comment_label="What needs to change",
        verb="request changes on",
        done="Requested changes",
    ),
    Action(
        "publish",
        "Publish",
        (Status.APPROVED,),
        Status.PUBLISHED,
        "factcheck.publish_claim",
        rule=rules.may_publish_claim,
        rule_text="its statement is hidden as not part of the article; show it again first",
        primary=True,
        done="Published",
    ),
    Action(
        "republish",
        "Publish again with the changed sources",
        (Status.PUBLISHED,),
        Status.PUBLISHED,
        "factcheck.publish_claim",
        rule=rules.may_republish_claim,
        rule_text="nothing it cites has changed since it was published, or the change is yours "
        "(a second editor publishes it), or its statement's wording changed and no editor has "
        "confirmed the verdict for the new wording yet",
        primary=True,
        done="Published again with the changed sources",
    ),
    Action(
        "dismiss",
        "Dismiss",
        (Status.NEW, Status.IN_PROGRESS, Status.CHANGES_REQUESTED, Status.IN_REVIEW),
        Status.DISMISSED,
        "factcheck.dismiss_claim",
        needs_comment=True,
        comment_label="Why it is not checkable",
        ends=True,
        done="Dismissed",
    ),
    Action("reopen", "Reopen", (Status.DISMISSED,), Status.NEW, "factcheck.dismiss_claim", done="Reopened"),
    Action(
        "withdraw",
        "Withdraw verdict…",
        # Wherever its working copy stands: a verdict being revised is still live until withdrawn.
        (
            Status.NEW,
            Status.IN_PROGRESS,
            Status.CHANGES_REQUESTED,
            Status.IN_REVIEW,
            Status.APPROVED,
            Status.PUBLISHED,
        ),
        Status.WITHDRAWN,
        "factcheck.publish_claim",
        needs_comment=True,
        rule=rules.may_withdraw_claim,
        rule_text="it has no published verdict to withdraw",
        comment_label="Why the verdict is withdrawn (printed on its page)",
        ends=True,
        verb="withdraw the verdict of",
        done="Withdrew the published verdict",
        consequence="Readers lose the verdict at once: its page answers 410 Gone with the date and "
        "your reason, the article shows the statement without a verdict, and the feeds and API "
        "drop it. Every published version stays on record; it goes out again only as a new version "
        "an editor approves.",
    ),
    Action(
        "reconsider",
        "Reconsider the withdrawn verdict…",
        (Status.WITHDRAWN,),
        Status.CHANGES_REQUESTED,
        "factcheck.review_claim",
        needs_comment=True,
        comment_label="What needs to change",
        verb="reconsider",
        done="Sent the withdrawn verdict back for changes",
    ),
]
BY_NAME = {action.name: action for action in ACTIONS}


def actions_for(claim, user):
    """The actions `user` may take on `claim` now, in the table's order."""
    if user is None or not user.is_authenticated:
        return []
    return [action for action in ACTIONS if rules.may_take_action(user, claim, action)]
