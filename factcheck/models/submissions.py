"""Claims readers propose through the public form (/submit/), queued for an editor.

The submitter's contact address is the only personal data Factdesk keeps about a reader: it is
shown to editors alone, never on a public page, feed or API answer, and it is blanked after
FACTDESK_SUBMISSION_CONTACT_DAYS (services.forget_submission_contacts), keeping the proposal.
"""

from django.conf import settings
from django.db import models

from briefings.weblinks import validate_web_url

TEXT_MAX_LENGTH = 2000


class SubmissionStatus(models.TextChoices):
    NEW = "new", "New"
    CLAIMED = "claimed", "Made a claim"
    DISMISSED = "dismissed", "Dismissed"


class SubmissionQuerySet(models.QuerySet):
    def contact_expired(self, before):
        """Submissions received before `before` whose contact address is still kept."""
        return self.filter(received_at__lt=before).exclude(contact="")


class Submission(models.Model):
    Status = SubmissionStatus

    text = models.TextField(
        "proposed claim", max_length=TEXT_MAX_LENGTH, help_text="What the reader asks the newsroom to check."
    )
    link = models.URLField("where they saw it", max_length=1000, blank=True, validators=[validate_web_url])
    contact = models.EmailField(
        "reader's contact address",
        blank=True,
        help_text="Only for replying to the reader; never public, blanked after a set number of days.",
    )
    received_at = models.DateTimeField(db_index=True)
    status = models.CharField(max_length=12, choices=SubmissionStatus.choices, default=SubmissionStatus.NEW)
    claim = models.ForeignKey(
        "factcheck.Claim",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        help_text="The claim the editor made of it.",
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    dismissal_reason = models.TextField(blank=True)
    contact_deleted_at = models.DateTimeField(
        "contact address deleted", null=True, blank=True, help_text="When the reader's address was blanked."
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = "reader submission"
        indexes = [models.Index(fields=["status", "-received_at"], name="submission_queue")]

    def __str__(self):
        text = " ".join(self.text.split())
        return text if len(text) <= 80 else text[:79] + "…"

    @property
    def handled(self):
        return self.status != SubmissionStatus.NEW
