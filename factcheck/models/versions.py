"""Published versions: what the public reads of a claim, frozen when an editor publishes it.

Like Wagtail's revisions, the live version stays live while the claim's working copy is edited,
sent back and approved again; only publishing the next version changes what readers see. A
version keeps everything the public pages show of the verdict as it was published: the wording,
the statement, the rating (label, value, definition), the rationale, each piece of evidence with
the source as cited, and the credits. A later edit to a source or a rating reaches it only when
the claim is published again.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db import models
from django.db.models import Max, Min
from django.urls import reverse

from briefings.models import Briefing
from briefings.weblinks import domain_of

from .. import checklist
from ..states import Anchor, ReplyStatus
from .claims import Evidence, credited_name
from .ratings import Rating
from .sources import Source


@dataclass(frozen=True)
class RatingSnapshot:
    """A rating as a version published it; templates read it like a Rating."""

    name: str
    slug: str
    value: int
    colour: str
    symbol: str
    definition: str
    on_scale: bool
    pk: int | None = None

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class SourceSnapshot:
    """A source as a version cited it; templates read it like a Source."""

    pk: int
    title: str
    publisher: str
    url: str
    kind: str
    published_on: date | None
    accessed_on: date | None
    updated_at: datetime | None = None  # when this copy was cited

    def __str__(self):
        return self.title

    @property
    def id(self):
        return self.pk

    @property
    def domain(self):
        return domain_of(self.url)

    def get_kind_display(self):
        return Source.Kind(self.kind).label if self.kind in Source.Kind.values else self.kind

    def get_absolute_url(self):
        return reverse("source", args=[self.pk])


class ClaimVersionQuerySet(models.QuerySet):
    def live(self):
        """Each claim's current published version."""
        return self.filter(live_of__isnull=False)

    def public(self):
        """What anonymous visitors read: live versions of claims in published briefings."""
        return self.live().filter(claim__statement__briefing__status=Briefing.Status.PUBLISHED)


CHECKLIST_FORMAT = """`ClaimVersion.checklist`: every item of factcheck.checklist (enabled or not) by name →
{"state": "passed"} | {"state": "overridden", "reason": str, "by": desk name, "user_id": int,
"at": ISO time} | {"state": "missing"}. "missing" is an item the version did not pass and nobody
overrode: only possible for an item FACTDESK_PUBLISH_CHECKLIST had switched off (publish_version
refuses the rest) or a version frozen by a test factory. {} for versions published before the
checklist existed."""


class ClaimVersion(models.Model):
    """A published verdict, frozen. `checklist` records the pre-publication checklist as it was
    passed (see CHECKLIST_FORMAT): the compliance report lists versions with an item overridden or
    missing."""

    claim = models.ForeignKey("factcheck.Claim", on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(help_text="1 for the first publication, then 2, 3…")
    published_at = models.DateTimeField(db_index=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True, help_text="Why this version was published: the change notes.")

    statement = models.ForeignKey("briefings.Statement", on_delete=models.PROTECT, related_name="+")
    statement_text = models.TextField()
    statement_position = models.PositiveIntegerField()
    text = models.TextField("claim")
    short_text = models.CharField("short form", max_length=75, blank=True)
    claimant = models.CharField(max_length=200, blank=True)
    rationale = models.TextField(blank=True)
    claimant_unknown = models.BooleanField(default=False)
    reply_status = models.CharField(max_length=20, choices=ReplyStatus.choices, blank=True)
    contacted_on = models.DateField(null=True, blank=True)
    reply_note = models.TextField(blank=True)
    checklist = models.JSONField(
        default=dict,
        blank=True,
        help_text="The pre-publication checklist as this version passed it (format: CHECKLIST_FORMAT).",
    )
    check_worthiness = models.PositiveSmallIntegerField(null=True, blank=True)

    scale_rating = models.ForeignKey(
        "factcheck.Rating", on_delete=models.PROTECT, related_name="+", help_text="The scale's rating used."
    )
    rating_name = models.CharField(max_length=60)
    rating_slug = models.SlugField(max_length=60)
    rating_value = models.SmallIntegerField()
    rating_colour = models.CharField(max_length=7)
    rating_symbol = models.CharField(max_length=4)
    rating_definition = models.TextField()
    rating_on_scale = models.BooleanField(default=True)
    best_rating = models.SmallIntegerField(null=True, blank=True, help_text="The scale's best value then.")
    worst_rating = models.SmallIntegerField(null=True, blank=True, help_text="The scale's worst value then.")

    researched_by = models.CharField(max_length=300, blank=True, help_text="The checker, as credited.")
    edited_by = models.CharField(max_length=300, blank=True, help_text="The approving editor, as credited.")

    objects = ClaimVersionQuerySet.as_manager()

    class Meta:
        ordering = ["claim", "number"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "number"], name="claim_version_number_unique")
        ]

    def __str__(self):
        return f"Version {self.number} of claim {self.claim_id}"

    def get_absolute_url(self):
        """The claim's permanent page: it shows the live version."""
        return reverse("claim", args=[self.claim_id])

    def get_version_url(self):
        return reverse("claim-version", args=[self.claim_id, self.number])

    @property
    def wording_changed(self):
        """Whether this live version checked a wording the article has since changed (its claim's
        anchor is `changed`): the pages then show the wording checked, `statement_text`, with a
        notice, until an editor confirms the link or the next version is published."""
        return (
            self.pk is not None
            and self.pk == self.claim.live_version_id
            and self.claim.anchor == Anchor.CHANGED
        )

    @property
    def cited_evidence(self):
        """The evidence as this version cites it (a preview's, not yet saved, included; as
        `cited_evidence_prefetch` loaded it, if it did)."""
        preview = getattr(self, "preview_evidence", None)
        if preview is not None:
            return preview
        loaded = getattr(self, PREFETCHED_EVIDENCE, None)
        return loaded if loaded is not None else self.evidence.all()

    @property
    def rating(self):
        return RatingSnapshot(
            name=self.rating_name,
            slug=self.rating_slug,
            value=self.rating_value,
            colour=self.rating_colour,
            symbol=self.rating_symbol,
            definition=self.rating_definition,
            on_scale=self.rating_on_scale,
            pk=self.scale_rating_id,
        )


class CitedEvidence(models.Model):
    """A piece of evidence as a version published it, with its source as cited then."""

    version = models.ForeignKey(ClaimVersion, on_delete=models.CASCADE, related_name="evidence")
    position = models.PositiveIntegerField()
    stance = models.CharField(max_length=12, choices=Evidence.Stance.choices)
    excerpt = models.TextField(blank=True)
    locator = models.CharField(max_length=200, blank=True)
    cited_source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField("URL", max_length=1000)
    kind = models.CharField(max_length=20, choices=Source.Kind.choices)
    published_on = models.DateField(null=True, blank=True)
    accessed_on = models.DateField(null=True, blank=True)
    cited_at = models.DateTimeField(help_text="When the version citing it was published.")

    class Meta:
        ordering = ["version", "position"]
        verbose_name_plural = "cited evidence"

    def __str__(self):
        return f"{self.get_stance_display()}: {self.title}"

    @property
    def source(self):
        return SourceSnapshot(
            pk=self.cited_source_id,
            title=self.title,
            publisher=self.publisher,
            url=self.url,
            kind=self.kind,
            published_on=self.published_on,
            accessed_on=self.accessed_on,
            updated_at=self.cited_at,
        )


PREFETCHED_EVIDENCE = "prefetched_evidence"


def cited_evidence_prefetch(path="evidence"):
    """Prefetch the evidence of the versions at `path`, in order, as a plain list on each (read by
    `cited_evidence`): prefetched into the related manager, Django makes a queryset for every
    version, which was most of the cost of reading a page of a hundred (bench/render_profile.py)."""
    return models.Prefetch(
        path, queryset=CitedEvidence.objects.order_by("position"), to_attr=PREFETCHED_EVIDENCE
    )


def _scale_bounds():
    bounds = Rating.objects.filter(on_scale=True).aggregate(best=Max("value"), worst=Min("value"))
    return bounds["best"], bounds["worst"]


def _credits(earlier, person):
    """Everyone credited on the versions so far, then `person`, each once: a correction keeps the
    credit of whoever researched or edited the versions before it."""
    names = [name for name in earlier.split(", ") if name]
    name = credited_name(person)
    if name and name not in names:
        names.append(name)
    return ", ".join(names)


def _frozen_version(claim, *, previous, user, reason, when):
    rating, statement = claim.rating, claim.statement
    best, worst = _scale_bounds()
    return ClaimVersion(
        claim=claim,
        number=previous.number + 1 if previous else 1,
        published_at=when,
        published_by=user,
        reason=reason,
        statement=statement,
        statement_text=statement.text,
        statement_position=statement.position,
        text=claim.text,
        short_text=claim.short_text,
        claimant=claim.claimant,
        rationale=claim.rationale,
        claimant_unknown=claim.claimant_unknown,
        reply_status=claim.reply_status,
        contacted_on=claim.contacted_on,
        reply_note=claim.reply_note,
        check_worthiness=claim.check_worthiness,
        scale_rating=rating,
        rating_name=rating.name,
        rating_slug=rating.slug,
        rating_value=rating.value,
        rating_colour=rating.colour,
        rating_symbol=rating.symbol,
        rating_definition=rating.definition,
        rating_on_scale=rating.on_scale,
        best_rating=best,
        worst_rating=worst,
        researched_by=_credits(previous.researched_by if previous else "", claim.submitted_by),
        edited_by=_credits(previous.edited_by if previous else "", claim.reviewed_by),
    )


def _cited(evidence, when):
    return [
        CitedEvidence(
            position=position,
            stance=evidence.stance,
            excerpt=evidence.excerpt,
            locator=evidence.locator,
            cited_source=evidence.source,
            title=evidence.source.title,
            publisher=evidence.source.publisher,
            url=evidence.source.url,
            kind=evidence.source.kind,
            published_on=evidence.source.published_on,
            accessed_on=evidence.source.accessed_on,
            cited_at=when,
        )
        for position, evidence in enumerate(evidence, 1)
    ]


def snapshot(claim, *, previous, user=None, reason="", when):
    """`claim`'s working copy as its next version would freeze it, unsaved: the version and its
    cited evidence. Publishing saves them; a preview only shows them."""
    version = _frozen_version(claim, previous=previous, user=user, reason=reason, when=when)
    evidence = list(claim.evidence.select_related("source").order_by("id"))
    version.checklist = checklist.record(checklist.review(claim, evidence))
    cited = _cited(evidence, when)
    version.preview_evidence = cited
    return version, cited
