"""The newsroom's verdict scale."""

from django.core.validators import RegexValidator
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
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every change so that a stale edit is refused, not saved over."
    )

    class Meta:
        ordering = ["-value", "name"]

    def __str__(self):
        return self.name
