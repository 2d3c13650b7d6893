from django.contrib import admin
from django.db import models
from django.db.models import Count

from .models import Claim, Evidence, Rating, Source


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["name", "value", "symbol", "colour", "needs_evidence", "on_scale"]
    list_editable = ["value"]
    search_fields = ["name", "definition"]
    prepopulated_fields = {"slug": ["name"]}


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["source", "stance", "excerpt", "locator"]
    autocomplete_fields = ["source"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "briefing", "status", "rating", "assignee", "claimant", "updated_at"]
    list_filter = ["status", "rating", "statement__briefing", "assignee", "claimant"]
    search_fields = ["text", "claimant", "rationale", "statement__text"]
    list_select_related = ["statement__briefing", "rating", "assignee"]
    raw_id_fields = ["statement"]
    readonly_fields = ["version", "created_at", "updated_at", "published_at"]
    inlines = [EvidenceInline]

    @admin.display(ordering="statement__briefing__title")
    def briefing(self, obj):
        return obj.statement.briefing


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "kind", "url", "claim_count", "published_on"]
    ordering = ["title"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["kind", "publisher"]
    search_fields = ["title", "publisher", "url", "notes"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claims_citing=Count("evidence__claim", distinct=True))

    @admin.display(description="claims citing", ordering="claims_citing")
    def claim_count(self, obj):
        return obj.claims_citing


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["claim", "source", "stance", "locator", "updated_at"]
    list_filter = ["stance", "source__kind"]
    search_fields = ["excerpt", "claim__text", "source__title"]
    list_select_related = ["claim", "source"]
    autocomplete_fields = ["source"]
    raw_id_fields = ["claim"]
