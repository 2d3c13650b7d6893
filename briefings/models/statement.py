"""Statements, the unit a claim is made of, and the editors' corrections to how a revision is split."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from .briefing import Briefing, PublicQuerySet
from .revision import Revision, Section


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
