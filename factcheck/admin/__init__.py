"""The review desk: Factdesk's admin. `claims` is the claim desk, `briefings` the briefing desk;
the records below are edited in their own admin (ratings, sources) or only shown (evidence,
history)."""

from django.contrib import admin

from briefings.desk_words import DeskWords

from ..models import ClaimEvent, Evidence
from .briefings import BriefingDeskAdmin
from .claims import ClaimAdmin
from .records import RatingAdmin, SourceAdmin
from .standards import StandardsPageAdmin
from .submissions import SubmissionAdmin
from .tokens import APITokenAdmin
from .users import PersonAdmin

__all__ = [
    "APITokenAdmin",
    "BriefingDeskAdmin",
    "ClaimAdmin",
    "PersonAdmin",
    "RatingAdmin",
    "SourceAdmin",
    "StandardsPageAdmin",
    "SubmissionAdmin",
]


class ReadOnlyAdmin(DeskWords, admin.ModelAdmin):
    """Records written only by factcheck.services; the admin shows them and nothing more."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    """A read-only index of evidence; evidence is added and changed on its claim, where the
    change is recorded and a settled verdict goes back to review."""

    list_display = ["claim", "source", "stance", "locator", "updated_at"]
    list_filter = ["stance", "source__kind"]
    search_fields = ["excerpt", "claim__text", "source__title"]
    list_select_related = ["claim", "source"]


@admin.register(ClaimEvent)
class ClaimEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "claim", "actor", "action", "from_status", "to_status"]
    list_filter = ["action", "to_status"]
    search_fields = ["claim__text", "comment", "actor__username"]
    list_select_related = ["claim", "actor"]
