"""Sources and the rating scale on the desk. Every save goes through factcheck.services, which
records who changed what and flags the published verdicts that cite an outdated copy; the
published verdicts themselves change only when an editor publishes them again."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string

from briefings.desk_words import DeskWords

from .. import rules, services
from ..models import Rating, Source
from .forms import OpenedVersionForm
from .refusals import RefusalAsMessage

CHANGE_NOTE = forms.CharField(
    label="Why this change",
    required=False,
    widget=forms.Textarea(attrs={"rows": 2}),
    help_text="Kept in the history, and shown on the published verdicts it flags for re-publication.",
)


class SourceForm(OpenedVersionForm):
    change_note = CHANGE_NOTE
    version_check = services.check_record_version

    class Meta:
        model = Source
        fields = ["url", "title", "publisher", "kind", "published_on", "accessed_on", "notes"]

    url = forms.URLField(label="Web address", max_length=1000, assume_scheme="https")

    different_page = forms.BooleanField(
        label="It is a different page",
        required=False,
        widget=forms.HiddenInput,  # shown only beside a source the address nearly matches (clean)
        help_text="Tick to keep this address as a source of its own, apart from the one named above.",
    )
    existing_source = None
    near_source = False  # whether existing_source differs in its spelling (a slash, www, http)

    def clean_url(self):
        """A page already on the desk is named, so the person can use it instead of retyping."""
        url = self.cleaned_data["url"]
        try:
            normalised = Source.normalise_url(url)
        except ValidationError:
            return url
        others = Source.objects.exclude(pk=self.instance.pk)
        self.existing_source = others.filter(url=normalised).first()
        if self.existing_source:
            raise forms.ValidationError(
                f"This page is already a source: “{self.existing_source.title}”. Use that one "
                "(just above) instead of adding it again."
            )
        self.existing_source = others.filter(url__in=Source.same_page_spellings(normalised)).first()
        self.near_source = self.existing_source is not None
        return url

    def clean(self):
        """An address that differs from a source's only by a final slash, "www." or http is
        nearly always the same page: it is named, and added apart only when ticked as another."""
        cleaned = super().clean()
        if self.near_source and not cleaned.get("different_page"):
            self.fields["different_page"].widget = forms.CheckboxInput()
            self.add_error(
                "url",
                f"This looks like a page already on the desk: “{self.existing_source.title}” at "
                f"{self.existing_source.url}. Use that one (just above), or tick “It is a different "
                "page” to add this address as a source of its own.",
            )
        return cleaned


class RatingForm(OpenedVersionForm):
    change_note = CHANGE_NOTE
    version_check = services.check_record_version

    class Meta:
        model = Rating
        fields = ["name", "slug", "value", "colour", "symbol", "definition", "needs_evidence", "on_scale"]


class RecordAdmin(DeskWords, RefusalAsMessage, admin.ModelAdmin):
    """Saves through a service; a refusal (someone else's rule, a lost race) is a message, not a 500."""

    save_service = None

    @admin.display(description="What happened")
    def history(self, obj):
        if not obj.pk:
            return "—"
        events = obj.events.select_related("actor")
        return render_to_string("admin/factcheck/events.html", {"events": events})

    def save_model(self, request, obj, form, change):
        flagged = type(self).save_service(
            obj,
            user=request.user,
            comment=form.cleaned_data.get("change_note", ""),
            opened_version=form.cleaned_data.get("opened_version"),
        )
        if flagged:
            self.message_user(
                request,
                f"{flagged} published verdict(s) cite the earlier version: they are listed on My desk "
                "for an editor to publish again. Until then readers see what was published.",
                messages.WARNING,
            )


def _save_source(source, *, user, comment, opened_version):
    return services.save_source(source=source, user=user, comment=comment, opened_version=opened_version)


def _save_rating(rating, *, user, comment, opened_version):
    return services.save_rating(rating=rating, user=user, comment=comment, opened_version=opened_version)


@admin.register(Source)
class SourceAdmin(RecordAdmin):
    form = SourceForm
    save_service = _save_source
    list_display = ["title", "publisher", "kind", "url", "claim_count", "published_on"]
    ordering = ["title"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["kind", "publisher"]
    search_fields = ["title", "publisher", "url", "notes"]
    readonly_fields = ["history"]

    change_form_template = "admin/factcheck/source/change_form.html"

    def add_view(self, request, form_url="", extra_context=None):
        """ "Use this source" after a duplicate address answers the popup with the existing source,
        which the evidence row that opened it then selects."""
        existing = request.POST.get("_use_existing", "") if request.method == "POST" else ""
        if (
            existing.isascii()
            and existing.isdigit()
            and IS_POPUP_VAR in request.POST
            and request.POST.get("_to_field", "id") in ("", "id")
        ):
            source = get_object_or_404(Source, pk=existing)
            if self.has_view_permission(request, source):
                return self.response_add(request, source)
        return super().add_view(request, form_url, extra_context)

    def render_change_form(self, request, context, *args, **kwargs):
        form = context["adminform"].form
        context["existing_source"] = getattr(form, "existing_source", None)
        context["near_source"] = getattr(form, "near_source", False)
        return super().render_change_form(request, context, *args, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claims_citing=Count("evidence__claim", distinct=True))

    @admin.display(description="claims citing", ordering="claims_citing")
    def claim_count(self, obj):
        return obj.claims_citing

    def has_change_permission(self, request, obj=None):
        """Whoever may change some of it opens the form; the service refuses a checker's change
        to what readers see of a source a published verdict cites."""
        allowed = super().has_change_permission(request, obj)
        return allowed and rules.may_edit_source(request.user, obj, public_fields=False)


@admin.register(Rating)
class RatingAdmin(RecordAdmin):
    form = RatingForm
    save_service = _save_rating
    labels = {"slug": "Code in addresses and the API (slug)"}
    list_display = ["name", "value", "symbol", "colour", "needs_evidence", "on_scale"]
    search_fields = ["name", "definition"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["history"]
