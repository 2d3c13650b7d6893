"""Briefings on the desk: the list, the article's fields and the import form.

factcheck.admin extends BriefingAdmin with what involves claims (the statements with their claims,
"+ Claim", publishing and withdrawing), since briefings knows nothing of factcheck.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, F
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_http_methods

from . import kept_uploads, outcomes
from .desk_words import DeskWords
from .forms import ImportForm
from .importers import METADATA, ImportRefused, import_briefing, read_document
from .models import Briefing, Section, Statement
from .rules import may_import_briefing


class SectionInline(admin.TabularInline):
    model = Section
    fields = ["position", "heading"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        """The current revision's sections; earlier revisions keep theirs, unchanged."""
        return super().get_queryset(request).filter(revision_id=F("briefing__current_revision_id"))

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)

        class CurrentSections(formset):
            @classmethod
            def get_default_prefix(cls):
                return "sections"  # the form's field names, as before revisions

        return CurrentSections


@admin.register(Briefing)
class BriefingAdmin(DeskWords, admin.ModelAdmin):
    labels = {"slug": "Web address (slug)", "source_url": "Original URL"}
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
        ("Publication", {"fields": ["outlet", "byline", "source_url", "published_on", "language"]}),
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
            .annotate(statement_total=Count("current_revision__statements", distinct=True))
        )

    @admin.display(description="statements", ordering="statement_total")
    def statement_count(self, obj):
        return obj.statement_total

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "original", "text"]

    def has_add_permission(self, request):
        """Briefings come in through the importer, which splits them into statements."""
        return False

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_import": may_import_briefing(request.user)}
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(require_http_methods(["GET", "HEAD", "POST"])(self.import_view)),
                name="briefings_briefing_import",
            ),
            *super().get_urls(),
        ]

    def import_posted(self, request, form, *, slug):
        """Import what `form` was posted with under `slug` and say how it went; None (the
        importer's refusal on the form) when nothing was imported or nothing was posted."""
        if request.method != "POST" or not form.is_valid():
            return None
        data, filename = form.document_data()
        try:
            result = import_briefing(
                data,
                format=form.cleaned_data["format"],
                slug=form.cleaned_data.get("slug") or slug,
                filename=filename,
                imported_by=request.user,
                metadata=form.metadata(),
            )
        except ImportRefused as refusal:
            form.add_error(None, str(refusal))
            return None
        level = messages.SUCCESS if result.outcome in ("created", "revised") else messages.INFO
        self.message_user(request, outcomes.imported(result), level)
        return result

    def import_view(self, request):
        """Paste or upload; "Preview" shows the split and stores nothing, "Import" stores it."""
        if not self.has_view_permission(request) or not may_import_briefing(request.user):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
        if request.method == "POST" and "preview" in request.POST:
            form, preview = previewed(form, user=request.user)
            return self._import_page(request, form, preview=preview)
        result = self.import_posted(request, form, slug=None)  # the form's own, or the title's
        if result is not None:
            # The next work is the statements (claims, corrections of the split), not its details.
            page = reverse("admin:briefings_briefing_change", args=[result.briefing.pk])
            return redirect(f"{page}#statements")
        return self._import_page(request, form)

    def _import_page(self, request, form, preview=None):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Import a briefing",
            "form": form,
            "preview": preview,
        }
        return TemplateResponse(request, "admin/briefings/briefing/import.html", context)


PREVIEW_STATEMENTS = 8


def previewed(form, *, user):
    """(form, preview): the document read and split as the import would, nothing stored. An
    uploaded file comes back kept for `user` (briefings.kept_uploads), so that "Import" stores
    what the preview showed, file name and all, without choosing the file again."""
    if not form.is_valid():
        return form, None
    read_bytes, filename = form.document_data()
    try:
        read = read_document(
            read_bytes,
            format=form.cleaned_data["format"],
            slug=form.cleaned_data.get("slug"),
            filename=filename,
            metadata=form.metadata(),
        )
    except ImportRefused as refusal:
        form.add_error(None, str(refusal))
        return form, None
    found = {name: getattr(read.document, name) or "" for name in METADATA}
    typed = {name: value for name, value in form.data.dict().items() if value}
    data = {**found, **typed}
    data.pop("previewed_file", None)  # what the preview read, and nothing else, comes back
    if filename:
        data["previewed_file"] = kept_uploads.keep(read_bytes, filename, user=user)
    form = ImportForm(data, user=user)  # the document's details prefilled where nothing was typed
    form.is_valid()
    headings = {section.position: section.heading for section in read.outline.sections}
    preview = {
        "document": read.document,
        "sections": read.outline.sections,
        "statement_count": len(read.outline.statements),
        "first_statements": [
            {"text": statement.text, "heading": headings.get(statement.section, "")}
            for statement in read.outline.statements[:PREVIEW_STATEMENTS]
        ],
        "uploaded": filename,
    }
    return form, preview


@admin.register(Section)
class SectionAdmin(DeskWords, admin.ModelAdmin):
    list_display = ["__str__", "briefing", "revision", "position"]
    list_filter = ["briefing"]
    search_fields = ["heading", "briefing__title"]
    list_select_related = ["briefing", "revision"]

    def has_add_permission(self, request):
        return False


@admin.register(Statement)
class StatementAdmin(DeskWords, admin.ModelAdmin):
    list_display = ["position", "text", "kind", "section", "briefing", "revision"]
    list_display_links = ["position", "text"]
    list_filter = ["kind", "briefing"]
    search_fields = ["text", "speaker", "briefing__title"]
    list_select_related = ["briefing", "section", "revision"]
    readonly_fields = [
        "briefing",
        "revision",
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
