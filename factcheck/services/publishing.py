"""Putting a briefing and its approved verdicts in front of the public, and taking them back (the
whole briefing, or one verdict)."""

from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone

from briefings.models import Briefing

from .. import rules
from ..models import Claim, Evidence
from ..states import ClaimStatus
from .errors import StaleConfirmation, WorkflowError
from .publicity import restamp_when_committed
from .versions import review_checklist
from .workflow import take_action


@dataclass(frozen=True)
class PublicationPreview:
    """What publishing (or withdrawing) the briefing would change, read before anyone confirms:
    the confirmation page and the message afterwards are built from it, so they agree."""

    going_out: list  # approved claims that publishing puts out, each with its next version number
    staying: list  # claims already published, public again (or still) with the briefing
    held_back: list  # approved claims on statements an editor hid: their new verdict waits, unpublished
    # approved claims that fail the pre-publication checklist, each with `checklist_missing`
    # (what it lacks, in words): they stay approved and unpublished
    unready: list = field(default_factory=list)

    @property
    def going_out_key(self):
        """The going-out verdicts, each at its saved version ("12.3,15.7"): a confirmation page
        sends it back, and publishing refuses when it no longer matches."""
        return ",".join(f"{claim.pk}.{claim.version}" for claim in self.going_out)

    @property
    def coming_down(self):
        """What a withdrawal takes from the public: every published verdict in the briefing."""
        everything = self.going_out + self.staying + self.held_back + self.unready
        return sorted(
            (claim for claim in everything if claim.live_version_id is not None),
            key=lambda claim: (claim.statement.position, claim.pk),
        )


def publication_preview(briefing):
    """Read-only: the claims `publish_briefing` would put out, those already public that stay, and
    those it would hold back (on hidden statements, or short of the pre-publication checklist);
    `.coming_down` is what `withdraw_briefing` would take down. Each going-out claim carries
    `next_version`, the version number it would be published as."""
    claims = list(
        Claim.objects.filter(statement__briefing=briefing)
        .filter(models.Q(status=ClaimStatus.APPROVED) | models.Q(live_version__isnull=False))
        .select_related("statement", "live_version", "rating")
        .prefetch_related(models.Prefetch("evidence", queryset=Evidence.objects.select_related("source")))
        .order_by("statement__position", "id")
    )
    preview = PublicationPreview(going_out=[], staying=[], held_back=[], unready=[])
    for claim in claims:
        if claim.status != ClaimStatus.APPROVED:
            preview.staying.append(claim)
        elif claim.statement.hidden:
            preview.held_back.append(claim)
        elif _lacks(claim):
            preview.unready.append(claim)
        else:
            claim.next_version = claim.live_version.number + 1 if claim.live_version_id else 1
            preview.going_out.append(claim)
    return preview


def _lacks(claim):
    """Whether `claim` fails the checklist; sets `checklist_missing`, what it lacks, in words."""
    claim.checklist_missing = [result.missing for result in review_checklist(claim) if result.blocks]
    return bool(claim.checklist_missing)


def _mark_published_claims_changed(briefing):
    """What the public reads of these claims changed: tell API callers syncing with updated_since."""
    now = timezone.now()
    these = Claim.objects.filter(statement__briefing=briefing, live_version__isnull=False)
    these.update(updated_at=now, public_changed_at=now)
    # Claims elsewhere that name these as previously checked list them only while they are public.
    naming = Claim.objects.filter(
        live_version__isnull=False, previous_checks__earlier__statement__briefing=briefing
    )
    naming.update(public_changed_at=now)
    restamp_when_committed(these)
    restamp_when_committed(naming)


def _locked(briefing):
    """`briefing` as stored, its row locked until the transaction ends: two editors pressing
    Publish (or Withdraw) at once are served one after the other, and the second is refused. The
    caller's object is refreshed, so it sees the outcome."""
    list(Briefing.objects.select_for_update().filter(pk=briefing.pk).values_list("pk"))
    briefing.refresh_from_db()
    return briefing


def publication_refusal(*, briefing, user):
    """Why `user` may not publish `briefing` now, in words, or "" when they may: the service's
    refusal and the desk's say which of the rule's two conditions stands in the way."""
    if rules.may_publish_briefing(user, briefing):
        return ""
    if not rules.may_publish_briefings(user):
        return "You may not publish this briefing: publishing needs the Editor role."
    return "You may not publish this briefing: it is published already."


def withdrawal_refusal(*, briefing, user):
    """Why `user` may not withdraw `briefing` now, in words, or "" when they may."""
    if rules.may_withdraw_briefing(user, briefing):
        return ""
    if not rules.may_publish_briefings(user):
        return "You may not withdraw this briefing: withdrawing needs the Editor role."
    return "You may not withdraw this briefing: it is not published."


STALE_CONFIRMATION = (
    "Nothing was published: the verdicts that would go out changed after this page was opened "
    "(one was approved, sent back or edited meanwhile). Read the list again before you confirm."
)


@transaction.atomic
def publish_briefing(*, briefing, user, confirmed_going_out=None):
    """Publish a briefing and every approved claim in it; returns how many claims went public.
    Approved claims on statements an editor hid, or short of the pre-publication checklist, stay
    approved, held back (`publication_preview` names them and what each lacks).
    `confirmed_going_out` is the `going_out_key` of the list an editor confirmed: when given, a
    verdict approved or changed since is never published unseen (StaleConfirmation)."""
    briefing = _locked(briefing)
    if refusal := publication_refusal(briefing=briefing, user=user):
        raise WorkflowError(refusal)
    preview = publication_preview(briefing)
    if confirmed_going_out is not None and confirmed_going_out != preview.going_out_key:
        raise StaleConfirmation(STALE_CONFIRMATION)
    published = 0
    for claim in preview.going_out:
        take_action(claim=claim, action="publish", user=user)
        published += 1
    briefing.status = briefing.Status.PUBLISHED
    briefing.save(update_fields=["status", "updated_at"])
    _mark_published_claims_changed(briefing)
    return published


@transaction.atomic
def withdraw_briefing(*, briefing, user, reason=""):
    """Take a published briefing down (a takedown): it and its verdicts leave the pages, feeds,
    sitemap and search at once, their addresses answer 410 Gone with a notice (when, and `reason`
    if given), and API clients syncing with updated_since are told. Its claims keep their states
    and versions and return, at the same addresses, when it is published again."""
    briefing = _locked(briefing)
    if refusal := withdrawal_refusal(briefing=briefing, user=user):
        raise WorkflowError(refusal)
    briefing.status = briefing.Status.WITHDRAWN
    briefing.withdrawn_at = timezone.now()
    briefing.withdrawal_reason = (reason or "").strip()
    briefing.withdrawn_title = briefing.title
    fields = ["status", "withdrawn_at", "withdrawal_reason", "withdrawn_title", "updated_at"]
    briefing.save(update_fields=fields)
    _mark_published_claims_changed(briefing)


def withdraw_claim(*, claim, user, reason, opened_version=None):
    """Withdraw one published verdict (a retraction): the workflow's `withdraw` action, so the rule
    (rules.may_withdraw_claim), the lock, the stale-page check and the history are take_action's,
    whichever door calls. See services.retraction for what readers see then."""
    return take_action(
        claim=claim, action="withdraw", user=user, comment=reason, opened_version=opened_version
    )
