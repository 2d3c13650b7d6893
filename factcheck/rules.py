"""Every rule about who may do what to claims, evidence and briefings: one module, one style.

Each rule is `may_<verb>_<object>(user, …)` and answers True or False; the services enforce them
whatever door a request comes through, and the doors (admin, API, public views, commands) ask the
same functions to decide what to offer. Roles are permissions, so a superuser holds every role,
but no role lifts the two-person rule. Sits below the models: it reads a claim's fields, never
imports one.
"""

from django.contrib.auth import get_user_model

from briefings.models import Briefing, Statement
from briefings.rules import holds, may_edit_statements, may_import_briefing, may_read_unpublished

from .states import SETTLED, TO_CONFIRM, ClaimStatus

__all__ = [
    "checklist_may_stop",
    "has_published_verdicts",
    "holds",
    "may_assign_claims",
    "may_confirm_anchor",
    "may_delete_briefing",
    "may_dismiss_claims",
    "may_add_source",
    "may_edit_claim",
    "may_edit_rating",
    "may_edit_source",
    "may_edit_standards",
    "may_edit_statements",
    "may_handle_submissions",
    "may_import_briefing",
    "may_link_previous_check",
    "may_make_claim",
    "may_make_claims_from_top",
    "may_override_checklist",
    "may_publish_briefing",
    "may_publish_briefings",
    "may_publish_claim",
    "may_publish_claims",
    "may_republish_claim",
    "may_score_claim",
    "may_read_standards_report",
    "may_read_unpublished",
    "may_review_claim",
    "may_review_claims",
    "may_submit_claim",
    "may_take_action",
    "may_take_claim",
    "may_withdraw_briefing",
    "may_withdraw_claim",
    "may_work_claims",
    "people_who_work_claims",
]

WORKS_CLAIMS = "factcheck.change_claim"
PERMISSIONS_BACKEND = "django.contrib.auth.backends.ModelBackend"  # the one that holds roles


def may_work_claims(user):
    """Checkers, editors and admins: whoever can be assigned a claim."""
    return holds(user, WORKS_CLAIMS)


def may_make_claim(user):
    """Whoever works claims turns a statement into one."""
    return holds(user, "factcheck.add_claim")


def may_make_claims_from_top(user):
    """Choosing which statements the desk checks first is an editor's triage: turning the most
    check-worthy N into claims at once needs the right to make claims and to hand out work."""
    return may_make_claim(user) and may_assign_claims(user)


def may_assign_claims(user):
    """Editors hand out work: they assign claims, set due dates and watch the whole desk's deadlines."""
    return holds(user, "factcheck.assign_claim")


def may_handle_submissions(user):
    """Editors (those who hand out work) read readers' submissions, their contact addresses
    included, and turn each into a claim or dismiss it; checkers work the claims that result."""
    return may_assign_claims(user)


def may_read_standards_report(user):
    """Editors answer for the newsroom's standards: corrections, readers' submissions."""
    return may_review_claims(user)


def may_dismiss_claims(user):
    return holds(user, "factcheck.dismiss_claim")


def may_review_claims(user):
    """Editors approve verdicts or send them back (never their own: see may_review_claim)."""
    return holds(user, "factcheck.review_claim")


def may_edit_claim(user, claim):
    """Editors edit any claim; a checker edits claims that are theirs or nobody's yet."""
    if not may_work_claims(user):
        return False
    if may_review_claims(user):
        return True
    ended = (ClaimStatus.DISMISSED, ClaimStatus.WITHDRAWN)  # until an editor reopens or reconsiders it
    return claim.status not in ended and claim.assignee_id in (None, user.pk)


def may_score_claim(user, claim):
    """A claim's check-worthiness is the desk's triage, not the verdict: it is not reviewed, but
    each published version carries it to API readers. So a checker scores a claim only while a
    review is still ahead of it; once a verdict is approved or published, only editors (who hand
    out the work it ranks) change it, and the history says who did."""
    if not may_edit_claim(user, claim):
        return False
    return may_assign_claims(user) or claim.status not in SETTLED


def may_link_previous_check(user, claim):
    """Whoever may edit a claim links it to an earlier check it resembles, or unlinks it: a note
    for the desk and readers, never a verdict, so no more than editing asks."""
    return may_edit_claim(user, claim)


def may_take_claim(user, claim):
    """A checker takes a claim nobody is on."""
    return claim.assignee_id is None


def may_submit_claim(user, claim):
    """Only the assigned checker submits the verdict they researched."""
    return claim.assignee_id == user.pk


def may_review_claim(user, claim):
    """The two-person rule: whoever submitted a verdict, or changed any of its reviewed content
    (wording, claimant, statement, rating, rationale, evidence) since its last published version,
    never reviews it, whatever the order of submits, returns and edits."""
    if claim.submitted_by_id == user.pk:
        return False
    return claim.pk is None or user.pk not in {reviser.pk for reviser in claim.revisers.all()}


def may_publish_claims(user):
    """Editors put approved verdicts (and re-publications) in front of the public."""
    return holds(user, "factcheck.publish_claim")


def may_publish_claim(user, claim):
    """A verdict goes out on a statement that is part of the article: not on one an editor hid
    as boilerplate (briefings.editing), until it is shown again."""
    return not claim.statement.hidden


def checklist_may_stop(claim):
    """The checklist stops only a publication: it matters once the claim's next step is one (an
    approved verdict, or a published one to go out again with changed sources), not before."""
    if claim.status == ClaimStatus.PUBLISHED:
        return claim.citations_changed
    return claim.status == ClaimStatus.APPROVED


def may_override_checklist(user, claim):
    """An editor lets a verdict through the pre-publication checklist without an item, with a
    written reason, for its next publication; only once that publication is the next step
    (checklist_may_stop: an override on an unchecked claim excuses work not done yet), and never
    on one they submitted or revised (the two-person rule, as for approving)."""
    return may_publish_claims(user) and checklist_may_stop(claim) and may_review_claim(user, claim)


def may_republish_claim(user, claim):
    """A published verdict whose sources or rating changed since is published again, as it
    stands, so readers see the change; by someone other than who changed them, since publishing
    it again is the change's only review (the two-person rule: the editor who repointed a source
    does not put the repointed verdict before readers alone). Not while its statement's wording
    changed unconfirmed: the next version would print the verdict against wording nobody reviewed
    it for (may_confirm_anchor first)."""
    if not claim.citations_changed or claim.anchor in TO_CONFIRM:
        return False
    return user.pk not in {reviser.pk for reviser in claim.revisers.all()}


def may_withdraw_claim(user, claim):
    """An editor withdraws one published verdict (a retraction: it cannot stand and a correction
    will not do). Only one that is live. The two-person rule does not apply: withdrawing puts
    nothing new before readers, it takes a reviewed verdict down, and a newsroom must be able to do
    that at once, whoever wrote or approved it; the history and the 410 page say who did and why."""
    return claim.live_version_id is not None and may_publish_claims(user)


def may_confirm_anchor(user, claim):
    """An editor confirms that a verdict still holds for its statement's new wording after a
    revision — never whoever submitted it or changed what it says or cites since its last
    published version (the two-person rule, exactly as for approving: confirming drops the
    readers' notice at once, and a republication after it has no changed wording left to check)."""
    return may_review_claims(user) and may_review_claim(user, claim)


def may_add_source(user):
    return holds(user, "factcheck.add_source")


def may_edit_source(user, source, *, cited_in_public=False, public_fields=True):
    """Checkers add and correct sources; once a published verdict cites one, only editors change
    what readers see of it (internal notes stay open to checkers)."""
    if not holds(user, "factcheck.change_source"):
        return False
    return may_review_claims(user) or not (cited_in_public and public_fields)


def may_edit_rating(user):
    """The scale is the newsroom's: admins change it."""
    return holds(user, "factcheck.change_rating")


def may_edit_standards(user):
    """The standards pages (methodology, corrections policy, ownership, contact) are the
    newsroom's public promises, like its rating scale: whoever changes the scale writes them."""
    return may_edit_rating(user)


def may_take_action(user, claim, action):
    """A workflow action (factcheck.workflow) from this claim's state, by this person: the role
    the action needs and the action's own rule."""
    return (
        claim.status in action.from_statuses and holds(user, action.permission) and action.rule(user, claim)
    )


def may_publish_briefings(user):
    """Editors put briefings and their approved verdicts in front of the public, and take them back."""
    return holds(user, "briefings.publish_briefing")


def may_publish_briefing(user, briefing):
    """Editors put a briefing and its approved verdicts in front of the public..."""
    return briefing.status != Briefing.Status.PUBLISHED and may_publish_briefings(user)


def may_withdraw_briefing(user, briefing):
    """...and take a published one back (a takedown), which hides its verdicts with it."""
    return briefing.status == Briefing.Status.PUBLISHED and may_publish_briefings(user)


def has_published_verdicts(briefing):
    """Whether any claim on the briefing's statements, in any revision, was ever published."""
    return Statement.objects.filter(briefing=briefing, claims__versions__isnull=False).exists()


def may_delete_briefing(user, briefing):
    """Admins delete a briefing no verdict was ever published from. One with published verdicts is
    a public record, whatever its status now: it is withdrawn (may_withdraw_briefing), never
    deleted. (The database holds to it too: the versions' and claims' foreign keys are PROTECT, so
    a briefing still holding claims, published or not, is never deleted with them.)"""
    return holds(user, "briefings.delete_briefing") and not has_published_verdicts(briefing)


def people_who_work_claims():
    """Everyone `may_work_claims` admits, in one query (for the "Assign to" menus)."""
    users = get_user_model().objects.with_perm(
        WORKS_CLAIMS, is_active=True, include_superusers=True, backend=PERMISSIONS_BACKEND
    )
    return users.filter(is_staff=True).order_by("username")
