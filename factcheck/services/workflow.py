"""Taking a workflow action on a claim: the rule, the action's own effects, the history and mail.

Like Wagtail's `Task.on_action`, `take_action` checks what every action shares (who may, from which
state, a comment where one is needed, a stale page) and hands the rest to the action's own handler
in `ClaimActions`, named `on_<action>`.
"""

from django.db import transaction

from briefings.quoting import quoted_at_end

from .. import rules
from ..people import desk_name
from ..workflow import BY_NAME
from .editing import make_claim
from .errors import WorkflowError
from .history import save_and_record, shown
from .locking import lock_claim, refuse_if_stale
from .notifications import notify
from .retraction import take_verdict_down
from .versions import publish_version


class ClaimActions:
    """One handler per workflow action. Each changes the locked claim in memory (take_action saves
    it) and returns the changes to record beside the move from state to state."""

    def on_take(self, claim, *, user, **_):
        claim.assignee = user

    def on_assign(self, claim, *, user, assignee, due_on=None, **_):
        if assignee is None or not rules.may_work_claims(assignee):
            raise WorkflowError("Choose an active checker or editor to assign the claim to.")
        changes = {"assignee": [_named(claim.assignee), _named(assignee)]}
        claim.assignee = assignee
        if due_on is not None and due_on != claim.due_on:
            changes["due_on"] = [shown(claim.due_on), shown(due_on)]
            claim.due_on = due_on
        due = f", due {claim.due_on:%-d %b}" if claim.due_on else ""
        notify(
            user=assignee,
            subject="A claim was assigned to you",
            claim=claim,
            body=f"{desk_name(user)} assigned you a claim{due}.",
        )
        return changes

    def on_submit(self, claim, *, user, **_):
        missing = claim.missing_for_submission()
        if missing:
            raise WorkflowError("Before submitting, add " + ", ".join(missing) + ".")
        claim.submitted_by = user
        claim.reviewed_by = None

    def on_approve(self, claim, *, user, **_):
        claim.reviewed_by = user
        notify(
            user=claim.submitted_by,
            subject="Your check was approved",
            claim=claim,
            body=f"{desk_name(user)} approved your verdict.",
        )

    def on_request_changes(self, claim, *, user, comment, **_):
        claim.reviewed_by = None  # from an approved verdict, the approval is taken back
        notify(
            user=claim.assignee,
            subject="Changes requested on your check",
            claim=claim,
            body=f"{desk_name(user)} asks for changes: {comment}",
        )

    def on_publish(self, claim, *, user, **_):
        """A first version, or the next after the one readers had (a correction's history says
        "1 → 2", not "— → 2")."""
        readers_had = str(claim.live_version.number) if claim.live_version_id else ""
        version = publish_version(claim=claim, user=user)
        return {"version": [readers_had, str(version.number)]}

    def on_republish(self, claim, *, user, comment, **_):
        reason = comment or "Republished with the current details of its sources and rating."
        version = publish_version(claim=claim, user=user, reason=reason)
        return {"version": [str(version.number - 1), str(version.number)]}

    def on_dismiss(self, claim, *, comment, **_):
        claim.dismissal_reason = comment

    def on_reopen(self, claim, **_):
        claim.dismissal_reason = ""
        claim.assignee = None

    def on_withdraw(self, claim, *, comment, **_):
        return take_verdict_down(claim, reason=comment)

    def on_reconsider(self, claim, *, user, comment, **_):
        """Back to the checker on it (or whoever takes it) to rework; the next publication is a
        new version, after an editor's review (the two-person rule, as ever)."""
        claim.reviewed_by = None
        self.on_request_changes(claim, user=user, comment=comment)

    def on_action(self, claim, action, **kwargs):
        return getattr(self, f"on_{action.name}")(claim, **kwargs) or {}


HANDLERS = ClaimActions()


def _named(person):
    return desk_name(person) if person is not None else ""


def _refusal(action, claim, user):
    """Why `user` may not take `action` on `claim`: its state, their role, or the action's rule."""
    if claim.status not in action.from_statuses:
        return f"You cannot {action.verb} a claim that is {claim.get_status_display().lower()}."
    if not rules.holds(user, action.permission):
        return f"You may not {action.verb} claims: that needs the {action.role} role."
    return f"You may not {action.verb} this claim: {action.rule_text}."


def why_not(*, claim, action, user):
    """Why `user` may not take the action named `action` on `claim` now, in the words a refusal
    of it says, or "" when they may: the desk says so where the button would be."""
    chosen = BY_NAME[action]
    return "" if rules.may_take_action(user, claim, chosen) else _refusal(chosen, claim, user)


@transaction.atomic
def take_action(*, claim, action, user, comment="", assignee=None, due_on=None, opened_version=None):
    """Take the workflow action named `action`; raise WorkflowError, changing nothing, when it is
    not allowed. `due_on` goes with an assignment. With `opened_version` (a button on a page), refuse when the claim changed since
    the page was opened: nobody approves a verdict they have not seen."""
    if user is None or not user.is_authenticated:
        raise WorkflowError("Sign in to work on claims.")
    chosen = BY_NAME.get(action)
    if chosen is None:
        raise WorkflowError(f"Unknown action {quoted_at_end(action)}")
    claim = lock_claim(claim)
    refuse_if_stale(claim=claim, opened_version=opened_version, current_version=claim.version)
    if not rules.may_take_action(user, claim, chosen):
        raise WorkflowError(_refusal(chosen, claim, user))
    comment = (comment or "").strip()
    if chosen.needs_comment and not comment:
        raise WorkflowError(f"{chosen.label.rstrip('…')} needs a comment saying why.")
    from_status = claim.status
    changes = HANDLERS.on_action(claim, chosen, user=user, comment=comment, assignee=assignee, due_on=due_on)
    claim.status = chosen.to_status
    return save_and_record(
        claim=claim, user=user, action=chosen.name, from_status=from_status, comment=comment, changes=changes
    )


@transaction.atomic
def make_claim_from_desk(*, user, statement):
    """The desk's "+ Claim". A checker who spots a claim is the one who researches it, so theirs is
    made and taken in one step (two events in its history), not left new for a second click; an
    editor's stays new, to be handed out with "Assign to…"."""
    claim = make_claim(user=user, statement=statement)
    if rules.may_assign_claims(user) or not rules.may_take_action(user, claim, BY_NAME["take"]):
        return claim
    return take_action(claim=claim, action="take", user=user)
