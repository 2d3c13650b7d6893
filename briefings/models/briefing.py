"""The briefing: an imported article, and the queryset rule of what anonymous visitors may read.

`statements` and `sections` reach the statement and section models through the briefing's own
relations, so this module needs neither (they import it).
"""

from django.conf import settings
from django.db import models
from django.urls import reverse

from ..bidi import without_unbalanced
from ..rules import may_read_unpublished
from ..weblinks import validate_web_url


class PublicQuerySet(models.QuerySet):
    """A queryset that knows what anonymous visitors may read (`public()`); `visible_to` adds what
    staff read when they ask for unpublished work. Every public model's queryset uses it, so the
    rule is written once."""

    def public(self):
        raise NotImplementedError

    def visible_to(self, user, include_unpublished=False):
        """What `user` may read: the public set, or everything for staff who ask for unpublished work."""
        if include_unpublished and may_read_unpublished(user):
            return self.all()
        return self.public()


class BriefingQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(status=Briefing.Status.PUBLISHED)

    def public(self):
        return self.published()

    def withdrawn(self):
        return self.filter(status=Briefing.Status.WITHDRAWN)


class Briefing(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    class Format(models.TextChoices):
        TEXT = "text", "Plain text"
        MARKDOWN = "markdown", "Markdown"
        HTML = "html", "Saved web page (HTML)"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, unique=True)
    outlet = models.CharField("outlet or site name", max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    source_url = models.URLField("source URL", max_length=1000, blank=True, validators=[validate_web_url])
    published_on = models.DateField("publication date", null=True, blank=True)

    original = models.TextField(help_text="The document exactly as imported.")
    original_format = models.CharField(max_length=10, choices=Format.choices)
    original_filename = models.CharField(max_length=255, blank=True)
    checksum = models.CharField(
        max_length=64,
        db_index=True,
        help_text="SHA-256 of the document with line ends, a BOM and trailing whitespace normalised.",
    )
    text = models.TextField(
        "normalised text", help_text="The document as Factdesk reads it; statement offsets point here."
    )

    DOCUMENTS = ("original", "text")  # large; lists that join a briefing leave them out

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    withdrawn_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When it was last taken down from the public."
    )
    withdrawal_reason = models.TextField(
        blank=True, editable=False, help_text="The public reason given for the takedown, if any."
    )
    withdrawn_title = models.CharField(
        max_length=300,
        blank=True,
        editable=False,
        help_text="The title the public knew when it was last taken down: what its notice names, "
        "whatever a later revision calls it.",
    )
    language = models.CharField(
        max_length=16,
        blank=True,
        help_text="The article's language (BCP 47, e.g. en, de, fr): how it is split into statements "
        "and searched. Detected on import; an editor may correct it.",
    )
    note = models.TextField(
        "editor's note",
        blank=True,
        help_text="Shown to readers above the article, e.g. that verdicts are examples.",
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="imported_briefings",
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    current_revision = models.ForeignKey(
        "Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The revision readers see; the documents above are its copy.",
    )

    objects = BriefingQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at", "-id"]
        permissions = [("publish_briefing", "Can publish a briefing and its approved claims")]
        indexes = [
            models.Index(fields=["status", "-published_on"]),
            # Lists in this order (the desk's briefing filter, the claim list's pages) read the
            # order from here: on SQLite, imported_at sits after the documents in each row.
            models.Index(fields=["-imported_at", "-id"], name="briefing_newest_first"),
            # What a list of claims reads of each one's briefing, from the index alone: on SQLite
            # these columns sit after the documents in the row, past their overflow pages.
            models.Index(
                fields=["status", "id", "slug", "updated_at", "withdrawn_at"], name="briefing_public_face"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """A title is not a slice of the text (statements are): a bidirectional control it
        leaves open would reverse the site's words after it, so it goes (briefings.bidi)."""
        self.title = without_unbalanced(self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("briefing", args=[self.slug])

    @property
    def statements(self):
        """The statements of the current revision; earlier revisions' are reached through
        `revisions`, so every page that reads `briefing.statements` reads today's article."""
        return self.all_statements.model.objects.filter(revision_id=self.current_revision_id)

    @property
    def sections(self):
        """The sections of the current revision."""
        return self.all_sections.model.objects.filter(revision_id=self.current_revision_id)

    def statements_in_order(self):
        return self.statements.select_related("section").order_by("position")

    @property
    def is_revised(self):
        """Whether the article changed after it was first imported (readers see "Updated on")."""
        return self.current_revision is not None and self.current_revision.number > 1

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    @property
    def title_as_withdrawn(self):
        """The title a takedown notice names: the one readers knew, not one given since."""
        return self.withdrawn_title or self.title
