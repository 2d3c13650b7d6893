from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_http_methods, require_POST

from .forms import ImportForm
from .importers import ImportRefused, import_briefing
from .models import Briefing, Section, Statement


class SectionInline(admin.TabularInline):
    model = Section
    fields = ["position", "heading"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Briefing)
class BriefingAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "outlet",
        "published_on",
        "status",
        "statement_count",
        "imported_by",
        "imported_at",
    ]
    list_filter = ["status", "original_format", "outlet", "imported_at"]
    search_fields = ["title", "slug", "outlet", "byline", "source_url"]
    date_hierarchy = "imported_at"
    readonly_fields = [
        "status",  # changes only through "Publish briefing", which publishes its approved claims too
        "original_format",
        "original_filename",
        "checksum",
        "imported_by",
        "imported_at",
        "updated_at",
    ]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [SectionInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "note"]}),
        ("Publication", {"fields": ["outlet", "byline", "source_url", "published_on"]}),
        (
            "Import",
            {
                "classes": ["collapse"],
                "fields": [
                    "original_format",
                    "original_filename",
                    "checksum",
                    "imported_by",
                    "imported_at",
                    "updated_at",
                    "original",
                    "text",
                ],
            },
        ),
    ]
    change_list_template = "admin/briefings/briefing/change_list.html"
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 80})},
    }

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("imported_by")
            .annotate(statement_total=Count("statements", distinct=True))
        )

    @admin.display(description="statements", ordering="statement_total")
    def statement_count(self, obj):
        return obj.statement_total

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "original", "text"]

    def article_sections(self, briefing):
        """The article as the desk works it: headings, numbered statements and their claims."""
        from factcheck.models import Claim

        claims = Prefetch(
            "claims", queryset=Claim.objects.select_related("rating", "assignee").order_by("id")
        )
        return briefing.sections.prefetch_related(
            Prefetch("statements", queryset=Statement.objects.order_by("position").prefetch_related(claims))
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        briefing = self.get_object(request, object_id)
        if briefing is not None:
            extra_context = {
                **(extra_context or {}),
                "article_sections": self.article_sections(briefing),
                "may_claim": request.user.has_perm("factcheck.add_claim"),
                "may_publish": briefing.may_publish(request.user),
                "may_withdraw": briefing.may_withdraw(request.user),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def has_add_permission(self, request):
        """Briefings come in through the importer, which splits them into statements."""
        return False

    def get_urls(self):
        return [
            path(
                "<int:briefing_id>/statements/<int:statement_id>/claim/",
                self.admin_site.admin_view(require_POST(self.claim_view)),
                name="briefings_statement_claim",
            ),
            path(
                "<int:briefing_id>/publish/",
                self.admin_site.admin_view(require_POST(self.publish_view)),
                name="briefings_briefing_publish",
            ),
            path(
                "<int:briefing_id>/withdraw/",
                self.admin_site.admin_view(require_POST(self.withdraw_view)),
                name="briefings_briefing_withdraw",
            ),
            path(
                "import/",
                self.admin_site.admin_view(require_http_methods(["GET", "HEAD", "POST"])(self.import_view)),
                name="briefings_briefing_import",
            ),
            *super().get_urls(),
        ]

    def claim_view(self, request, briefing_id, statement_id):
        """Make a claim from a statement in one click, then open it."""
        from factcheck import services

        statement = get_object_or_404(Statement, pk=statement_id, briefing_id=briefing_id)
        try:
            claim = services.claim_statement(statement, request.user)
        except services.WorkflowError as refusal:
            raise PermissionDenied(str(refusal)) from None
        return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))

    def publish_view(self, request, briefing_id):
        from factcheck import services

        briefing = get_object_or_404(Briefing, pk=briefing_id)
        try:
            count = services.publish_briefing(briefing, request.user)
        except services.WorkflowError as refusal:
            raise PermissionDenied(str(refusal)) from None
        self.message_user(request, f"Published “{briefing}” and {count} approved claim(s).", messages.SUCCESS)
        return redirect(reverse("admin:briefings_briefing_change", args=[briefing.pk]))

    def withdraw_view(self, request, briefing_id):
        from factcheck import services

        briefing = get_object_or_404(Briefing, pk=briefing_id)
        try:
            services.withdraw_briefing(briefing, request.user)
        except services.WorkflowError as refusal:
            raise PermissionDenied(str(refusal)) from None
        self.message_user(request, f"Withdrew “{briefing}”: it and its verdicts are no longer public.")
        return redirect(reverse("admin:briefings_briefing_change", args=[briefing.pk]))

    def import_view(self, request):
        if not self.has_view_permission(request) or not request.user.has_perm("briefings.add_briefing"):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data, filename = form.document_data()
            try:
                result = import_briefing(
                    data,
                    format=form.cleaned_data["format"],
                    slug=form.cleaned_data["slug"] or None,
                    filename=filename,
                    imported_by=request.user,
                )
            except ImportRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                level = messages.SUCCESS if result.created else messages.INFO
                self.message_user(request, result.summary().capitalize(), level)
                return redirect(reverse("admin:briefings_briefing_change", args=[result.briefing.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Import a briefing",
            "form": form,
        }
        return TemplateResponse(request, "admin/briefings/briefing/import.html", context)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "briefing", "position"]
    list_filter = ["briefing"]
    search_fields = ["heading", "briefing__title"]
    list_select_related = ["briefing"]

    def has_add_permission(self, request):
        return False


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["position", "text", "kind", "section", "briefing"]
    list_display_links = ["position", "text"]
    list_filter = ["kind", "briefing"]
    search_fields = ["text", "briefing__title"]
    list_select_related = ["briefing", "section"]
    readonly_fields = [
        "briefing",
        "section",
        "position",
        "paragraph",
        "kind",
        "quoted",
        "text",
        "start",
        "end",
        "lead_in",
    ]

    def has_add_permission(self, request):
        return False
