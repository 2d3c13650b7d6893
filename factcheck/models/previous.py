"""Previously checked: a claim linked by a checker to an earlier checked claim it resembles.

A link, never a copy: the earlier claim's verdict stays its own, and the linked claim keeps its
rating and rationale. Written only by factcheck.services (link_previous_check), which checks the
rule and records history."""

from functools import cache

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q

from .claims import Claim


@cache
def _earlier_is_public():
    """Whether a link's earlier claim is public (Claim.objects.public_by_claim()), as an
    expression built once per process: building it cost half a millisecond a request. Django
    copies an expression before resolving it in a query, so one object serves every query."""
    public = Claim.objects.public_by_claim().filter(pk=OuterRef("earlier_id"))
    return Exists(public.order_by().values("pk"))


class PreviousCheckQuerySet(models.QuerySet):
    def public(self):
        """Links whose earlier claim readers may open now (Claim.objects.public_by_claim(): published,
        in a published briefing): the only ones the public pages and the API name. The earlier
        claim is checked link by link (EXISTS), so the database starts from the links it was
        asked for; as a join, SQLite without ANALYZE statistics started from the published
        briefings and read every statement they hold (89 ms for a page of 100 claims)."""
        return self.filter(_earlier_is_public())


class PreviousCheck(models.Model):
    claim = models.ForeignKey("factcheck.Claim", on_delete=models.CASCADE, related_name="previous_checks")
    earlier = models.ForeignKey(
        "factcheck.Claim",
        on_delete=models.CASCADE,
        related_name="later_checks",
        help_text="The earlier claim, with a published verdict, that this one resembles.",
    )
    similarity = models.FloatField(
        null=True, blank=True, help_text="0–1, as the desk's suggestion scored it when linked."
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    linked_at = models.DateTimeField(auto_now_add=True)

    objects = PreviousCheckQuerySet.as_manager()

    class Meta:
        ordering = [F("similarity").desc(nulls_last=True), "earlier_id"]  # alike on every database
        constraints = [
            models.UniqueConstraint(fields=["claim", "earlier"], name="previous_check_once"),
            models.CheckConstraint(condition=~Q(claim=F("earlier")), name="previous_check_not_itself"),
            models.CheckConstraint(
                condition=Q(similarity__isnull=True) | Q(similarity__gte=0, similarity__lte=1),
                name="previous_check_similarity_0_1",
            ),
        ]

    def __str__(self):
        return f"{self.claim_id} previously checked as {self.earlier_id}"
