"""The desk's claim list: its columns, filters, search and the quick paths that keep it fast with
tens of thousands of claims (factcheck/admin/listing.py)."""

from django.contrib import admin

from ...people import desk_name
from ..listing import AssigneeFilter, BriefingFilter, ClaimantFilter, KeysFirstPaginator


class ClaimList:
    list_display = ["text", "briefing", "status", "rating", "assigned_to", "claimant", "due_on", "updated_at"]
    list_filter = [
        "status",
        "rating",
        ("statement__briefing", BriefingFilter),
        ("assignee", AssigneeFilter),
        ("claimant", ClaimantFilter),
    ]
    paginator = KeysFirstPaginator
    search_fields = ["text", "claimant", "rationale", "statement__text"]
    list_select_related = ["rating", "assignee"]  # and the briefing, without its documents: get_queryset

    @admin.display(description="Assignee", ordering="assignee__first_name")
    def assigned_to(self, obj):
        return desk_name(obj.assignee)

    @admin.display(ordering="statement__briefing__title")
    def briefing(self, obj):
        return obj.statement.briefing

    def get_queryset(self, request):
        """The change list applies list_select_related only to a queryset that joins nothing yet."""
        return super().get_queryset(request).with_briefing().select_related(*self.list_select_related)
