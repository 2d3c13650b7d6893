"""The desk's claim list: its columns, filters, search and the quick paths that keep it fast with
tens of thousands of claims (factcheck/admin/listing.py)."""

from django.contrib import admin
from django.db.models import Prefetch

from briefings.models import Briefing

from ...people import desk_name
from ..listing import AssigneeFilter, BriefingFilter, ClaimantFilter, KeysFirstPaginator

#: What a row of the list reads: its columns, the names of its rating and assignee, its briefing.
ROW_COLUMNS = [
    *("text", "status", "claimant", "due_on", "updated_at", "statement__briefing"),
    *("rating", "rating__name", "assignee", "assignee__first_name", "assignee__last_name"),
    "assignee__username",
]


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
    # What a checker types: the claim's words, who said it (claimant, or the statement's speaker),
    # and who is on it (the desk names people by their full name, so first and last name).
    search_fields = [
        *("text", "claimant", "rationale", "statement__text", "statement__speaker"),
        *("assignee__first_name", "assignee__last_name", "assignee__username"),
    ]
    list_select_related = ["rating", "assignee"]  # and the briefing, without its documents: get_queryset

    @admin.display(description="Assignee", ordering="assignee__first_name")
    def assigned_to(self, obj):
        return desk_name(obj.assignee) if obj.assignee else self.get_empty_value_display()

    @admin.display(ordering="statement__briefing__title")
    def briefing(self, obj):
        return obj.statement.briefing

    def get_queryset(self, request):
        """The change list applies list_select_related only to a queryset that joins nothing yet."""
        return super().get_queryset(request).with_briefing().select_related(*self.list_select_related)

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        """The list's pages read narrow rows; other pages of the desk (a claim's history lists
        the admin's log entries) read theirs whole."""
        rows = self.rows_of_a_page if queryset.model is self.model else None
        return self.paginator(queryset, per_page, orphans, allow_empty_first_page, rows=rows)

    def rows_of_a_page(self, queryset):
        """A page's claims with only what their row shows, each briefing read once for all its
        claims (on SQLite a briefing's columns after its documents cost a walk through them)."""
        titles = Prefetch("statement__briefing", queryset=Briefing.objects.only("title"))
        return (
            queryset.select_related(None)
            .select_related("statement", "rating", "assignee")
            .only(*ROW_COLUMNS)
            .prefetch_related(titles)
        )
