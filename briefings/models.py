"""An imported article (a briefing), split into sections and statements.

Statements keep character offsets into the briefing's normalised text, so every statement can be
found again in the document it came from, whatever later happens to the claims made of it.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from .rules import may_read_unpublished
from .weblinks import validate_web_url


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

    def get_absolute_url(self):
        return reverse("briefing", args=[self.slug])

    @property
    def statements(self):
        """The statements of the current revision; earlier revisions' are reached through
        `revisions`, so every page that reads `briefing.statements` reads today's article."""
        return Statement.objects.filter(revision_id=self.current_revision_id)

    @property
    def sections(self):
        """The sections of the current revision."""
        return Section.objects.filter(revision_id=self.current_revision_id)

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


class RevisionQuerySet(PublicQuerySet):
    def public(self):
        """Every revision of a published briefing: readers may compare the article with its
        earlier texts."""
        return self.filter(briefing__status=Briefing.Status.PUBLISHED)


class Revision(models.Model):
    """One imported text of a briefing. The first import is revision 1; importing a different
    document under the same slug adds the next. Each keeps its own document, sections and
    statements and is never changed afterwards, so every earlier text stays readable whatever
    later happens to the article or to the claims made of it."""

    briefing = models.ForeignKey(Briefing, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(help_text="1 for the first import, then 2, 3…")
    title = models.CharField(max_length=300)
    original = models.TextField(help_text="The document exactly as imported.")
    original_format = models.CharField(max_length=10, choices=Briefing.Format.choices)
    original_filename = models.CharField(max_length=255, blank=True)
    checksum = models.CharField(max_length=64, db_index=True)
    text = models.TextField("normalised text")
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(default=timezone.now)
    summary = models.JSONField(
        default=dict,
        blank=True,
        help_text="Statements kept, moved, changed, new and removed against the revision before.",
    )

    DOCUMENTS = ("original", "text")

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["briefing", "number"]
        constraints = [models.UniqueConstraint(fields=["briefing", "number"], name="revision_number_unique")]

    def __str__(self):
        return f"Revision {self.number}"

    def get_absolute_url(self):
        return reverse("briefing-revision", args=[self.briefing.slug, self.number])

    def statements_in_order(self):
        return self.statements.select_related("section").order_by("position")

    def describe_summary(self):
        """ "3 kept, 1 changed, 2 new" — the counts that are not zero, in a fixed order."""
        order = ("kept", "moved", "changed", "new", "removed")
        return ", ".join(f"{self.summary[key]} {key}" for key in order if self.summary.get(key))


class Section(models.Model):
    briefing = models.ForeignKey(Briefing, on_delete=models.CASCADE, related_name="all_sections")
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveIntegerField()
    heading = models.CharField(
        max_length=300, blank=True, help_text="Empty for the opening section before any heading."
    )

    class Meta:
        ordering = ["revision", "position"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "position"], name="section_position_unique")
        ]

    def __str__(self):
        return self.heading or "(opening)"


def without_documents(queryset, path):
    """`queryset` with the briefing it reaches through `path` (e.g. "statement__briefing") joined
    in, but without the briefing's two copies of the whole article: a page of 200 rows would
    otherwise carry the same documents 200 times."""
    return queryset.select_related(path).defer(*(f"{path}__{name}" for name in Briefing.DOCUMENTS))


class StatementQuerySet(PublicQuerySet):
    def with_briefing(self):
        return without_documents(self, "briefing")

    def public(self):
        """The statements of published briefings, in every revision, but for those an editor
        hid (not part of the article); staff asking for unpublished work read those too."""
        return self.filter(briefing__status=Briefing.Status.PUBLISHED).shown()

    def current(self):
        """The statements of each briefing's current revision."""
        return self.filter(revision_id=models.F("briefing__current_revision_id"))

    def shown(self):
        """The statements readers see: an editor's hidden ones (boilerplate the splitter took for
        the article) stay in the text and on the desk, out of the public article and its counts."""
        return self.filter(hidden=False)


class Statement(models.Model):
    class Kind(models.TextChoices):
        SENTENCE = "sentence", "Sentence"
        LIST_ITEM = "list_item", "List item"
        TABLE_ROW = "table_row", "Table row"

    briefing = models.ForeignKey(
        Briefing,
        on_delete=models.CASCADE,
        related_name="all_statements",
        help_text="Its briefing, whatever the revision (briefing.statements are the current one's).",
    )
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="statements")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="statements")
    position = models.PositiveIntegerField(help_text="1-based order within its revision.")
    paragraph = models.PositiveIntegerField(
        help_text="1-based number of the paragraph or list this statement belongs to."
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SENTENCE)
    quoted = models.BooleanField(default=False, help_text="Part of a block quotation.")
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the first character in the normalised text.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character.")
    lead_in = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="list_items",
        help_text="For a list item, the sentence that introduces the list.",
    )
    label = models.CharField(
        max_length=20,
        blank=True,
        help_text="Its anchor's number once an editor has split or merged statements of its revision "
        '("7", or "7-2" for the second part of 7), so links to the others keep working; empty '
        "until then, when the position is the anchor.",
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Labels of statements merged into it, whose links now lead here.",
    )
    hidden = models.BooleanField(
        default=False,
        help_text="Not part of the article (an editor said so): kept in the text, left out of the "
        "public article, its counts and the API.",
    )
    check_worthiness = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="0–100: how much it asks to be checked, as the rules read it at import "
        "(briefings/checkworthiness); empty until scored.",
    )
    check_worthiness_reasons = models.JSONField(
        default=list, blank=True, help_text='Why, in short phrases ("a date", "hedged: \'could\'").'
    )
    speaker = models.CharField(
        max_length=200, blank=True, help_text="Who the text says said it; blank when it does not say."
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["revision", "position"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "position"], name="statement_position_unique"),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="statement_span_not_empty"
            ),
        ]

    def __str__(self):
        return f"§{self.position}: {self.text[:80]}"

    def get_absolute_url(self):
        """Its place in the article, or for an earlier revision's statement in that revision."""
        if not self.in_current_revision:
            return (
                reverse("briefing-revision", args=[self.briefing.slug, self.revision.number])
                + f"#{self.anchor}"
            )
        return f"{self.briefing.get_absolute_url()}#{self.anchor}"

    @property
    def in_current_revision(self):
        """Whether the article reads it today; an earlier revision's statement is read on that
        revision's page."""
        return self.revision_id == self.briefing.current_revision_id

    @property
    def anchor(self):
        return f"s-{self.label or self.position}"

    @property
    def alias_anchors(self):
        """The anchors of statements merged into this one, which readers' links still use."""
        return [f"s-{label}" for label in self.aliases]


class StatementEdit(models.Model):
    """One correction an editor made to how a revision is split: a statement split, two merged,
    one hidden or shown again, a heading retitled. The briefing's history, and what a new revision
    re-applies where the same sentences are still there (`reapplied_from`); an edit that could not
    be re-applied is kept with `applied` off, for the editor to see."""

    class Action(models.TextChoices):
        SPLIT = "split", "Split"
        MERGE = "merge", "Merge"
        HIDE = "hide", "Hide"
        UNHIDE = "unhide", "Unhide"
        RETITLE = "retitle", "Retitle"

    briefing = models.ForeignKey(Briefing, on_delete=models.CASCADE, related_name="statement_edits")
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="statement_edits")
    action = models.CharField(max_length=10, choices=Action.choices)
    position = models.PositiveIntegerField(
        help_text="The statement's position (for a retitle, the section's) when it was made."
    )
    offset = models.PositiveIntegerField(
        null=True, blank=True, help_text="For a split: where in the statement's text it was cut."
    )
    texts = models.JSONField(
        default=list,
        help_text="The wording it was made on: the statement (two for a merge; for a retitle, the "
        "heading before and after). What a new revision looks for to re-apply it.",
    )
    applied = models.BooleanField(default=True, help_text="Off when a new revision could not re-apply it.")
    reapplied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    made_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["revision", "made_at", "id"]

    def __str__(self):
        return self.describe()

    def describe(self):
        """The edit in a sentence, as the desk's history and the command print it."""
        quoted = [f"“{text[:60]}{'…' if len(text) > 60 else ''}”" for text in self.texts]
        if self.action == self.Action.RETITLE:
            return f"Retitled section {self.position}: {quoted[0]} → {quoted[1]}"
        if self.action == self.Action.MERGE:
            return f"Merged statements {self.position} and {self.position + 1}: {' + '.join(quoted)}"
        if self.action == self.Action.SPLIT:
            return f"Split statement {self.position} at character {self.offset}: {quoted[0]}"
        return f"{self.get_action_display()} statement {self.position}: {quoted[0]}"
