"""A briefing's revisions (each imported text, never changed afterwards) and their sections."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from ..bidi import without_unbalanced
from .briefing import Briefing, PublicQuerySet


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

    def save(self, *args, **kwargs):
        """As Briefing.save: a title's unclosed bidirectional controls go (briefings.bidi)."""
        self.title = without_unbalanced(self.title)
        super().save(*args, **kwargs)

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
