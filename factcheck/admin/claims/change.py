"""The claim's change form: its fields, what it shows beside them (the statement in context, what
readers see, the history) and how a save goes through factcheck.services."""

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse

from briefings.models import Statement

from ... import rules, services
from ...models import Evidence
from ...models.history import name_people
from ...people import desk_name
from ..article import on_the_desk
from ..forms import ClaimForm
from .inline import EvidenceInline, rows_of_no_evidence_here

FROM_A_STATEMENT = (
    "A claim is made from its statement: open the briefing below and click “+ Claim” beside the "
    "statement to check."
)


def _named_statement(request):
    """The statement an add form's address names (?statement=<id>), or None."""
    number = request.GET.get("statement", "")
    return Statement.objects.filter(pk=int(number)).first() if number.isdigit() else None


class ClaimChange:
    form = ClaimForm
    raw_id_fields = ["statement"]
    inlines = [EvidenceInline]
    readonly_fields = [
        "status",
        "assigned_to",
        "submitted_by_name",
        "reviewed_by_name",
        "dismissal_reason",
        "version",
        "created_at",
        "updated_at",
        "published_at",
        "public_version",
        "statement_in_context",
        "checked_before",
        "history",
    ]
    #: Read-only fieldsets that tell the claim's record rather than ask for work: the change form
    #: shows them after the evidence, so the evidence sits under the verdict while a checker works
    #: (templates/admin/factcheck/claim/change_form.html).
    record_fieldsets = ("Workflow", "History")
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "statement",
                    "statement_in_context",
                    "checked_before",
                    "text",
                    "short_text",
                    "claimant",
                    "claimant_unknown",
                    "check_worthiness",
                ]
            },
        ),
        (
            "Verdict",
            {
                "fields": [
                    "rating",
                    "rationale",
                    "reply_status",
                    "contacted_on",
                    "reply_note",
                    "change_note",
                    "opened_version",
                ]
            },
        ),
        (
            "Workflow",
            {
                "fields": [
                    "status",
                    "assigned_to",
                    "due_on",
                    "submitted_by_name",
                    "reviewed_by_name",
                    "dismissal_reason",
                    "published_at",
                    "public_version",
                ]
            },
        ),
        ("History", {"fields": ["history", "version", "created_at", "updated_at"]}),
    ]

    @admin.display(description="Submitted by")
    def submitted_by_name(self, obj):
        return desk_name(obj.submitted_by)

    @admin.display(description="Reviewed by")
    def reviewed_by_name(self, obj):
        return desk_name(obj.reviewed_by)

    @admin.display(description="In context")
    def statement_in_context(self, obj):
        """The statement between its neighbours, and the way back to it on the briefing's page."""
        if not obj.pk:
            return "—"
        statement = obj.statement
        neighbours = statement.briefing.statements.filter(
            position__range=(statement.position - 1, statement.position + 1)
        ).order_by("position")
        return render_to_string(
            "admin/factcheck/claim/context.html",
            {
                "statements": neighbours,
                "current": statement,
                "briefing": statement.briefing,
                "on_the_desk": on_the_desk(statement.briefing_id, statement),
            },
        )

    def view_on_site(self, obj):
        """The public page once it is public; until then, the preview of what it would show."""
        if obj.is_public:
            return reverse("claim", args=[obj.pk])
        return reverse("claim-preview", args=[obj.pk]) if obj.rating_id else None

    @admin.display(description="What readers see")
    def public_version(self, obj):
        return render_to_string("admin/factcheck/claim/public_version.html", {"claim": obj})

    @admin.display(description="What happened")
    def history(self, obj):
        if not obj.pk:
            return "—"
        events = name_people(list(obj.events.select_related("actor")))
        return render_to_string(
            "admin/factcheck/claim/history.html", {"events": events, "corrections": obj.corrections.all()}
        )

    def add_view(self, request, form_url="", extra_context=None):
        """A claim is made from its statement (the desk's "+ Claim"): a visit naming no statement
        is sent to the briefings to pick one, with a word why, rather than a blank form."""
        unnamed = request.method in ("GET", "HEAD") and _named_statement(request) is None
        if unnamed and self.has_add_permission(request):
            self.message_user(request, FROM_A_STATEMENT, messages.INFO)
            return redirect(reverse("admin:briefings_briefing_changelist"))
        return super().add_view(request, form_url, extra_context)

    def get_model_perms(self, request):
        """The desk home and sidebar link the claims list, never a blank add form: a claim is made
        from its statement (the add address itself still answers, see add_view)."""
        return {**super().get_model_perms(request), "add": False}

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        statement = Statement.objects.filter(pk=initial.get("statement")).first()
        if statement and "text" not in initial:
            initial["text"] = statement.text
        return initial

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or rules.may_edit_claim(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        """Claims are dismissed, never deleted, so their history stays."""
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            services.make_claim(claim=obj, user=request.user)
            return
        obj._status_before_save = obj.status  # the stored one: status is never on the form
        services.save_claim(
            claim=obj,
            user=request.user,
            opened_version=form.cleaned_data.get("opened_version"),
            comment=form.cleaned_data.get("change_note", ""),
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is not Evidence:
            return super().save_formset(request, form, formset, change)
        note = form.cleaned_data.get("change_note", "")
        self.say_rows_not_saved(request, rows_of_no_evidence_here(formset))
        opened = {row.instance.pk: row.cleaned_data.get("opened_version") for row in formset.initial_forms}
        for evidence in formset.save(commit=False):
            services.save_evidence(
                evidence=evidence, user=request.user, opened_version=opened.get(evidence.pk), comment=note
            )
        for evidence in formset.deleted_objects:
            services.save_evidence(
                evidence=evidence,
                user=request.user,
                opened_version=opened.get(evidence.pk),
                comment=note,
                remove=True,
            )

    def say_rows_not_saved(self, request, ids):
        """The rest of the page is saved; these rows are not, and "changed successfully" alone
        would say they were."""
        if ids:
            which = ", ".join(f"#{pk}" for pk in ids if pk) or "unnamed"
            messages.warning(
                request,
                f"Not saved: {len(ids)} evidence row{'s' if len(ids) > 1 else ''} ({which}) "
                "belonging to another claim or no longer on the desk. Reload the claim and add "
                "the evidence again if it belongs here.",
            )

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not rules.may_score_claim(request.user, obj):
            fields.append("check_worthiness")
        return fields if rules.may_assign_claims(request.user) else [*fields, "due_on"]
