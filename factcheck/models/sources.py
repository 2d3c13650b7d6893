"""What claims are checked against."""

from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from briefings.models import Briefing, PublicQuerySet
from briefings.weblinks import ascii_host, domain_of, validate_web_url


class SourceQuerySet(PublicQuerySet):
    def public(self):
        """Sources cited by the live version of at least one public claim."""
        cited = Source.objects.filter(
            citations__version__live_of__isnull=False,
            citations__version__claim__statement__briefing__status=Briefing.Status.PUBLISHED,
        )
        return self.filter(pk__in=cited.values("pk"))

    def with_publicity(self):
        """Each source annotated `is_public` (as `public()` reads it), in the same query: staff
        reading unpublished work learn which sources have a public page, without a query each."""
        return self.annotate(is_public=publicity_of("pk"))


def publicity_of(source_ref):
    """Whether the source `source_ref` names (an outer query's field) is public, as an expression."""
    return models.Exists(Source.objects.public().filter(pk=models.OuterRef(source_ref)))


URL_MAX_LENGTH = 1000


class Source(models.Model):
    class Kind(models.TextChoices):
        PRIMARY_DOCUMENT = "primary_document", "Primary document"
        OFFICIAL_STATEMENT = "official_statement", "Official statement"
        NEWS_REPORT = "news_report", "News report"
        EXPERT = "expert", "Expert"
        DATASET = "dataset", "Dataset"
        REFERENCE = "reference", "Reference work"
        OTHER = "other", "Other"

    url = models.URLField("URL", max_length=URL_MAX_LENGTH, unique=True, validators=[validate_web_url])
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWS_REPORT)
    published_on = models.DateField("publication date", null=True, blank=True)
    accessed_on = models.DateField("access date", null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every change so that a stale edit is refused, not saved over."
    )

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.url:
            self.url = self.normalise_url(self.url)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("source", args=[self.pk])

    def clean(self):
        if self.url:
            try:
                self.url = self.normalise_url(self.url)
            except ValidationError as error:
                raise ValidationError({"url": error.messages}) from error

    @staticmethod
    def normalise_url(url):
        """The one spelling under which a page is stored, so the same page is never two sources:
        lower-case scheme and host, no default port, no tracking parameters, no fragment. Refused
        when that spelling outgrows the field (percent-encoding makes an address of 400
        non-ASCII characters 2,400 long), which PostgreSQL would refuse with a server error."""
        url = (url or "").strip()
        validate_web_url(url)
        parts = urlsplit(ascii_host(normalize_url(url)))
        normalised = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
        if len(normalised) > URL_MAX_LENGTH:
            raise ValidationError(
                f"The address is {len(normalised):,} characters long once normalised; "
                f"the limit is {URL_MAX_LENGTH:,}."
            )
        return normalised

    @classmethod
    def same_page_spellings(cls, url):
        """The other spellings of the normalised `url` that nearly always name the same page, yet
        are stored apart: http or https, with or without "www.", with or without a final slash
        (`…/report-2023/` and `…/report-2023`). Asked before adding a source, to name the one on the
        desk; never merged, since a server may answer the two differently."""
        parts = urlsplit(url)
        host = parts.netloc.removeprefix("www.")
        path = parts.path.rstrip("/") or "/"
        paths = {path, path + "/"} if path != "/" else {"/"}
        spellings = {
            urlunsplit((scheme, netloc, each, parts.query, ""))
            for scheme in ("http", "https")
            for netloc in (host, "www." + host)
            for each in paths
        }
        spellings.discard(url)
        return sorted(spelling for spelling in spellings if len(spelling) <= URL_MAX_LENGTH)

    @property
    def domain(self):
        return domain_of(self.url)
