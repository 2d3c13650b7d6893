"""What the newsroom checks (claims), what it checks them against (sources and evidence), and
the scale its verdicts are given on (ratings)."""

from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, RegexValidator, URLValidator
from django.db import models


class Rating(models.Model):
    """One step of the newsroom's verdict scale; admins may edit the scale, so nothing in code
    depends on a rating's name."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    value = models.SmallIntegerField(
        help_text="Position on the scale: higher is more accurate. Used as ClaimReview ratingValue."
    )
    colour = models.CharField(
        max_length=7,
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "Use a hex colour such as #1a7f37.")],
        help_text="Background colour of the verdict label; the label also carries text and a symbol.",
    )
    symbol = models.CharField(max_length=4, help_text="A short symbol shown beside the name, e.g. ✓.")
    definition = models.TextField(help_text="Shown to the public beside every verdict with this rating.")
    needs_evidence = models.BooleanField(
        default=True, help_text="Off for ratings such as “Not checkable” that can be given without evidence."
    )
    on_scale = models.BooleanField(
        default=True,
        help_text="Off for ratings outside the accuracy scale (e.g. “Not checkable”); "
        "they are left out of the best and worst values.",
    )

    class Meta:
        ordering = ["-value", "name"]

    def __str__(self):
        return self.name


class Source(models.Model):
    class Kind(models.TextChoices):
        PRIMARY_DOCUMENT = "primary_document", "Primary document"
        OFFICIAL_STATEMENT = "official_statement", "Official statement"
        NEWS_REPORT = "news_report", "News report"
        EXPERT = "expert", "Expert"
        DATASET = "dataset", "Dataset"
        REFERENCE = "reference", "Reference work"
        OTHER = "other", "Other"

    url = models.URLField("URL", max_length=1000, unique=True)
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWS_REPORT)
    published_on = models.DateField("publication date", null=True, blank=True)
    accessed_on = models.DateField("access date", null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.url:
            self.url = self.normalise_url(self.url)
        super().save(*args, **kwargs)

    def clean(self):
        if self.url:
            try:
                self.url = self.normalise_url(self.url)
            except ValidationError as error:
                raise ValidationError({"url": error.messages}) from error

    @staticmethod
    def normalise_url(url):
        """The one spelling under which a page is stored, so the same page is never two sources:
        lower-case scheme and host, no default port, no tracking parameters, no fragment."""
        url = (url or "").strip()
        URLValidator(schemes=["http", "https"])(url)
        parts = urlsplit(normalize_url(url))
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))

    @property
    def domain(self):
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")


class Claim(models.Model):
    """A checkable proposition found in a statement; one statement may hold several."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_PROGRESS = "in_progress", "In progress"
        IN_REVIEW = "in_review", "In review"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"
        DISMISSED = "dismissed", "Dismissed"

    statement = models.ForeignKey("briefings.Statement", on_delete=models.PROTECT, related_name="claims")
    text = models.TextField("claim", help_text="The checkable proposition, in words that stand on their own.")
    claimant = models.CharField(max_length=200, blank=True, help_text="Who made the claim, if known.")
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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every save so that a stale edit can be refused."
    )

    class Meta:
        ordering = ["statement__briefing", "statement__position", "id"]
        permissions = [
            ("assign_claim", "Can assign claims to checkers"),
            ("review_claim", "Can approve claims or request changes"),
            ("publish_claim", "Can publish approved claims"),
            ("dismiss_claim", "Can dismiss claims as not checkable"),
        ]

    def __str__(self):
        return self.text[:100]


class Evidence(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", "Supports"
        CONTRADICTS = "contradicts", "Contradicts"
        CONTEXT = "context", "Context"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
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
