"""What the newsroom checks (claims) and the evidence for and against them."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils import timezone

from briefings.models import Briefing, PublicQuerySet, Statement, without_documents

from .. import rules
from ..states import CLOSED, NEEDS_ATTENTION, Anchor, ClaimStatus, ReplyStatus
from ..workflow import actions_for
from .history import ClaimEvent
from .ratings import Rating


def credited_name(user):
    """How a staff member is credited in public ("Researched by …"): their full name, or nothing.
    Never the username, which is half of what they sign in with."""
    return user.get_full_name() if user is not None else ""


#: The actions that send a claim back with an editor's words on what to change: a request for
#: changes, and the reconsideration of a withdrawn verdict (its checker reads why either way).
ASKS_FOR_CHANGES = ("request_changes", "reconsider")


class ClaimQuerySet(PublicQuerySet):
    def with_briefing(self):
        return without_documents(self, "statement__briefing")

    def published(self):
        """Claims with a published version, whatever their working copy's state."""
        return self.filter(live_version__isnull=False)

    def withdrawn_verdicts(self):
        """Claims an editor withdrew the published verdict of, not published again since: their
        addresses answer 410 Gone and a sync gives their tombstones."""
        return self.filter(live_version__isnull=True, withdrawn_at__isnull=False)

    def public(self):
        """What anonymous visitors may read: claims with a published version in published briefings."""
        return self.published().filter(statement__briefing__status=Briefing.Status.PUBLISHED)

    def public_by_claim(self):
        """public(), each claim's briefing checked by a subquery rather than a join. For a page
        of a long list in the order claims changed: the database then walks the index of
        published claims in that order and stops at the page's end, where the join had it gather
        every public briefing's claims and sort them all (40-55 ms of 20,000 claims on SQLite)."""
        return self.published().in_briefings(Briefing.Status.PUBLISHED)

    def in_briefings(self, *statuses):
        """Claims whose briefing has one of `statuses`, checked claim by claim (see public_by_claim)."""
        # The briefings by their status index, not row by row: on SQLite a briefing's status sits
        # after its documents in the row, and reading it there walks the documents' overflow pages.
        briefings = Briefing.objects.filter(status__in=statuses)
        briefing_of_claim = Statement.objects.filter(pk=OuterRef("statement_id"), briefing__in=briefings)
        return self.filter(Exists(briefing_of_claim))

    def assigned_to(self, user):
        return self.filter(assignee=user)

    def waiting_for_review_by(self, user):
        """Submitted claims this user may review: never one they submitted or revised (the
        two-person rule, as rules.may_review_claim states it)."""
        if not rules.may_review_claims(user):
            return self.none()
        return self.filter(status=ClaimStatus.IN_REVIEW).exclude(submitted_by=user).exclude(revisers=user)

    def with_change_requests(self):
        """Each claim's requests for changes, newest first, for `Claim.latest_change_request`."""
        requests = ClaimEvent.objects.filter(action__in=ASKS_FOR_CHANGES).select_related("actor")
        return self.prefetch_related(Prefetch("events", queryset=requests, to_attr="change_requests"))

    def returned_to(self, user):
        return self.filter(status=ClaimStatus.CHANGES_REQUESTED, assignee=user)

    def open(self):
        return self.exclude(status__in=CLOSED)

    def anchor_needs_attention(self):
        """Claims whose statement changed or left the article in a revision, or was split under
        them, not yet settled."""
        return self.filter(anchor__in=NEEDS_ATTENTION)

    def overdue(self, today=None):
        return self.open().filter(due_on__lt=today or timezone.localdate())


class Claim(models.Model):
    """A checkable proposition found in a statement; one statement may hold several."""

    Status = ClaimStatus
    Anchor = Anchor
    ReplyStatus = ReplyStatus

    statement = models.ForeignKey(
        "briefings.Statement",
        on_delete=models.PROTECT,
        related_name="claims",
        help_text="The statement in the article's current revision (for an orphaned claim, the last "
        "revision that had it).",
    )
    anchor = models.CharField(
        max_length=10,
        choices=Anchor.choices,
        default=Anchor.EXACT,
        editable=False,
        db_index=True,
        help_text="How the statement stands in the current revision: exact, moved, changed (flagged "
        "until an editor confirms it or a new version is published) or orphaned (cut).",
    )
    anchored_from = models.ForeignKey(
        "briefings.Statement",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The statement of the earlier revision it was re-anchored from (the desk's diff).",
    )
    anchored_in = models.ForeignKey(
        "briefings.Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The revision whose import last set the anchor.",
    )
    text = models.TextField("claim", help_text="The checkable proposition, in words that stand on their own.")
    short_text = models.CharField(
        "short form",
        max_length=75,
        blank=True,
        help_text="The claim in at most 75 characters, as search engines show fact-checks "
        "(ClaimReview claimReviewed). Leave empty when the claim itself is that short.",
    )
    claimant = models.CharField(
        max_length=200,
        blank=True,
        db_index=True,  # the desk's filter by claimant lists the distinct ones: an index scan, not a sort
        help_text="Who made the claim, if known.",
    )
    claimant_unknown = models.BooleanField(
        "claimant not known",
        default=False,
        help_text="Tick when nobody can be named as the claimant (the pre-publication checklist asks).",
    )
    reply_status = models.CharField(
        "right of reply",
        max_length=20,
        choices=ReplyStatus.choices,
        blank=True,
        help_text="Whether the claimant was asked for their side before publication.",
    )
    contacted_on = models.DateField("contacted on", null=True, blank=True)
    reply_note = models.TextField(
        "reply note",
        blank=True,
        help_text="Why the claimant was not contacted (printed on the claim page), or what they said.",
    )
    checklist_overrides = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="Checklist items an editor let through for the next publication: item name → "
        '{"reason", "by" (desk name), "user_id", "at" (ISO time)}. Publishing clears them.',
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    rating = models.ForeignKey(Rating, null=True, blank=True, on_delete=models.PROTECT, related_name="claims")
    rationale = models.TextField(blank=True, help_text="Why the evidence leads to the rating.")
    check_worthiness = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="0–100: how much it matters that this claim is checked.",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
        help_text="The checker working on this claim.",
    )
    due_on = models.DateField("due date", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_claims",
        help_text="The checker who last submitted the verdict; they may not approve it.",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_claims",
        help_text="The editor who approved the verdict.",
    )
    dismissal_reason = models.TextField(blank=True)
    withdrawn_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When an editor last withdrew the published verdict (a retraction); kept as the record.",
    )
    withdrawal_reason = models.TextField(
        blank=True, editable=False, help_text="Why the verdict was withdrawn, as its 410 page tells readers."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="When the verdict first went public; corrections carry later dates."
    )
    live_version = models.OneToOneField(
        "factcheck.ClaimVersion",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="live_of",
        help_text="The published version readers see; it stays live while the working copy is revised.",
    )
    public_changed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text="When what the public reads of this claim last changed (a new version, its briefing "
        "published or withdrawn); edits to the working copy never move it.",
    )
    revisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        editable=False,
        related_name="+",
        help_text="Everyone who changed the verdict's reviewed content since its last published version "
        "(or since it was made): none of them may approve it.",
    )
    citations_changed = models.BooleanField(
        default=False,
        editable=False,
        help_text="A source or rating the live version cites has changed since it was published.",
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every save so that a stale edit can be refused."
    )

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["statement__briefing", "statement__position", "id"]
        permissions = [
            ("assign_claim", "Can assign claims to checkers"),
            ("review_claim", "Can approve claims or request changes"),
            ("publish_claim", "Can publish approved claims"),
            ("dismiss_claim", "Can dismiss claims as not checkable"),
        ]
        # The ClaimReview list's order, newest first: PostgreSQL reads a page off it, unsorted.
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="claim_newest_published"),
            # The API's list of public claims, in the order their public face changed.
            models.Index(
                fields=["public_changed_at", "id"],
                condition=Q(live_version__isnull=False),
                name="claim_public_changes",
            ),
        ]

    def __str__(self):
        """The claim's words, at most 100 characters: cut at a word, with "…" to say so."""
        if len(self.text) <= 100:
            return self.text
        return self.text[:99].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"

    def get_absolute_url(self):
        return reverse("claim", args=[self.pk])

    @property
    def researched_by(self):
        return credited_name(self.submitted_by)

    @property
    def edited_by(self):
        return credited_name(self.reviewed_by)

    def get_actions(self, user):
        """The workflow actions `user` may take on this claim now; every door offers exactly these."""
        return actions_for(self, user)

    @property
    def is_public(self):
        return (
            self.live_version_id is not None and self.statement.briefing.status == Briefing.Status.PUBLISHED
        )

    @property
    def in_revision(self):
        """Published, with a working copy that is being revised towards the next version."""
        return self.live_version_id is not None and self.status != ClaimStatus.PUBLISHED

    def latest_change_request(self):
        """While changes are asked for, the reviewer's last request: the checker reads it first."""
        if self.status != ClaimStatus.CHANGES_REQUESTED:
            return None
        requests = getattr(self, "change_requests", None)
        if requests is None:
            return self.events.filter(action__in=ASKS_FOR_CHANGES).select_related("actor").first()
        return requests[0] if requests else None

    def missing_for_submission(self):
        """What a checker still has to provide before submitting: rating, rationale, evidence."""
        missing = []
        if self.rating is None:
            missing.append("a rating")
        if not self.rationale.strip():
            missing.append("a rationale")
        if (self.rating is None or self.rating.needs_evidence) and not self.evidence.exists():
            missing.append("at least one piece of evidence")
        return missing


class Evidence(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", "Supports"
        CONTRADICTS = "contradicts", "Contradicts"
        CONTEXT = "context", "Context"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey("factcheck.Source", on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=12, choices=Stance.choices)
    excerpt = models.TextField("quoted excerpt", blank=True)
    locator = models.CharField(
        max_length=200, blank=True, help_text="Where in the source: page, paragraph, section, timestamp."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["claim", "id"]
        verbose_name_plural = "evidence"

    def __str__(self):
        return f"{self.get_stance_display()}: {self.source}"
