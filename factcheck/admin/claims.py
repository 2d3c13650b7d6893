"""The claim desk: workflow buttons, bulk actions, evidence inline, context and history.

Every change is made through factcheck.services; this module only offers what
`Claim.get_actions(user)` and factcheck.rules allow.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from briefings.models import Statement

from .. import rules, services
from ..models import Claim, Evidence
from ..people import desk_name
from ..states import Anchor
from ..workflow import BY_NAME
from . import outcomes
from .forms import MISSING_VERSION, ActionForm, ClaimForm, EvidenceForm
from .listing import AssigneeFilter, BriefingFilter, KeysFirstPaginator, QuickActionCheckbox
from .refusals import RefusalAsMessage
from .revisions import anchor_context

WORKFLOW = "_workflow"  # the change form's workflow buttons: name="_workflow" value="<action>"
NOT_ACTED = (
    "Nothing was done: your changes could not be saved, so the button did not act. "
    "Correct what is marked below (your typing is kept) and click it again."
)


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _nothing_done(form):
    problems = [f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()]
    return "Nothing was done. " + " ".join(problems)


class EvidenceInline(admin.TabularInline):
    model = Evidence
    form = EvidenceForm
    extra = 1
    fields = ["source", "stance", "excerpt", "locator", "opened_version"]
    autocomplete_fields = ["source"]

    def _may_edit(self, request, obj):
        return obj is None or rules.may_edit_claim(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_edit(request, obj)


@admin.register(Claim)
class ClaimAdmin(QuickActionCheckbox, RefusalAsMessage, admin.ModelAdmin):
    form = ClaimForm
    list_display = ["text", "briefing", "status", "rating", "assigned_to", "claimant", "due_on", "updated_at"]
    list_filter = [
        "status",
        "rating",
        ("statement__briefing", BriefingFilter),
        ("assignee", AssigneeFilter),
        "claimant",
    ]
    paginator = KeysFirstPaginator
    search_fields = ["text", "claimant", "rationale", "statement__text"]
    list_select_related = ["rating", "assignee"]  # and the briefing, without its documents: get_queryset
    raw_id_fields = ["statement"]
    inlines = [EvidenceInline]
    actions = ["take_claims", "assign_claims", "dismiss_claims"]
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
        "history",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "statement",
                    "statement_in_context",
                    "text",
                    "short_text",
                    "claimant",
                    "check_worthiness",
                ]
            },
        ),
        ("Verdict", {"fields": ["rating", "rationale", "change_note", "opened_version"]}),
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

    @admin.display(description="Assignee", ordering="assignee__first_name")
    def assigned_to(self, obj):
        return desk_name(obj.assignee)

    @admin.display(description="Submitted by")
    def submitted_by_name(self, obj):
        return desk_name(obj.submitted_by)

    @admin.display(description="Reviewed by")
    def reviewed_by_name(self, obj):
        return desk_name(obj.reviewed_by)

    @admin.display(ordering="statement__briefing__title")
    def briefing(self, obj):
        return obj.statement.briefing

    @admin.display(description="In context")
    def statement_in_context(self, obj):
        if not obj.pk:
            return "—"
        statement = obj.statement
        neighbours = statement.briefing.statements.filter(
            position__range=(statement.position - 1, statement.position + 1)
        ).order_by("position")
        return render_to_string(
            "admin/factcheck/claim/context.html", {"statements": neighbours, "current": statement}
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
        events = obj.events.select_related("actor")
        return render_to_string(
            "admin/factcheck/claim/history.html", {"events": events, "corrections": obj.corrections.all()}
        )

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

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields if rules.may_assign_claims(request.user) else [*fields, "due_on"]

    def get_queryset(self, request):
        """The change list applies list_select_related only to a queryset that joins nothing yet."""
        return super().get_queryset(request).with_briefing().select_related(*self.list_select_related)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            actions = obj.get_actions(request.user)
            context["workflow_actions"] = actions
            context["change_request"] = obj.latest_change_request()
            context["workflow_forms"] = [(action, self._page_action_form(action, obj)) for action in actions]
            if request.method == "POST" and request.POST.get(WORKFLOW) in BY_NAME:
                self.message_user(request, NOT_ACTED, messages.ERROR)
            if any(action.name == "submit" for action in actions):
                context["missing_for_submission"] = obj.missing_for_submission()
            context.update(anchor_context(obj, request.user))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _page_action_form(self, action, claim):
        """A workflow button's inputs, sent with the change form (attribute `form`), so a button
        never throws away what was typed in the form."""
        form = ActionForm(action, initial={"opened_version": claim.version}, prefix=f"workflow-{action.name}")
        for field in form.fields.values():
            field.widget.attrs["form"] = f"{self.opts.model_name}_form"
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """A workflow button on the change form: whoever may edit saves the form first (the
        usual validation and version check) and `response_change` acts only once it is saved;
        whoever may not edit has nothing to save, so the button acts at once."""
        action = request.POST.get(WORKFLOW) if request.method == "POST" and object_id else None
        if action is not None:
            claim = get_object_or_404(Claim, pk=object_id)
            if not self.has_view_or_change_permission(request, claim):
                raise PermissionDenied
            if not self.has_change_permission(request, claim):
                version = request.POST.get("workflow_version")
                return self._act_from_page(request, claim, action, opened_version=version)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def response_change(self, request, obj):
        action = request.POST.get(WORKFLOW)
        if action is None:
            return super().response_change(request, obj)
        obj.refresh_from_db()
        if obj.version != _as_int(request.POST.get("opened_version")):
            self.message_user(request, f"Saved your changes to “{obj}”.", messages.SUCCESS)
        return self._act_from_page(request, obj, action, opened_version=obj.version)

    def _act_from_page(self, request, claim, action, *, opened_version):
        """Take one button's action with its inputs from the page; the service decides who may."""
        if action not in BY_NAME:
            raise PermissionDenied("No such workflow action.")
        form = ActionForm(BY_NAME[action], request.POST, prefix=f"workflow-{action}")
        if not form.is_valid():  # every field is optional: only a value that is no value fails
            self.message_user(request, _nothing_done(form), messages.ERROR)
        elif opened_version in (None, ""):
            self.message_user(request, MISSING_VERSION, messages.ERROR)
        else:
            arguments = {**form.service_arguments(), "opened_version": opened_version}
            self._take_and_report(request, claim, action, arguments)
        return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))

    def _take_and_report(self, request, claim, action, arguments):
        try:
            services.take_action(claim=claim, action=action, user=request.user, **arguments)
        except services.WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(
                request, outcomes.claim_action_taken(action, outcomes.as_stored(claim)), messages.SUCCESS
            )

    def get_urls(self):
        return [
            path(
                "<int:claim_id>/workflow/<str:action>/",
                self.admin_site.admin_view(require_POST(self.workflow_view)),
                name="factcheck_claim_workflow",
            ),
            path(
                "<int:claim_id>/confirm-anchor/",
                self.admin_site.admin_view(require_POST(self.confirm_anchor_view)),
                name="factcheck_claim_confirm_anchor",
            ),
            *super().get_urls(),
        ]

    def workflow_view(self, request, claim_id, action):
        """Perform one workflow button's action; the service decides who may."""
        claim = get_object_or_404(Claim, pk=claim_id)
        if action not in BY_NAME:
            raise PermissionDenied("No such workflow action.")
        form = ActionForm(BY_NAME[action], request.POST)
        if not form.is_valid():  # every field is optional: only a value that is no value fails
            self.message_user(request, _nothing_done(form), messages.ERROR)
        elif not form.names_the_version():
            self.message_user(request, MISSING_VERSION, messages.ERROR)
        else:
            self._take_and_report(request, claim, action, form.service_arguments())
        return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))

    def confirm_anchor_view(self, request, claim_id):
        """An editor confirms that the verdict holds for its statement's new wording."""
        claim = get_object_or_404(Claim, pk=claim_id)
        if not request.POST.get("opened_version"):
            self.message_user(request, MISSING_VERSION, messages.ERROR)
            return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))
        was_split = claim.anchor == Anchor.SPLIT
        try:
            services.confirm_anchor(
                claim=claim,
                user=request.user,
                opened_version=request.POST["opened_version"],
                comment=request.POST.get("comment", "")[:1000],
            )
        except services.WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            confirmed = (
                "the claim belongs on this statement"
                if was_split
                else "the verdict holds for the new wording"
            )
            self.message_user(request, f"Confirmed: {confirmed}.", messages.SUCCESS)
        return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))

    def _bulk(self, request, queryset, action, **arguments):
        done, refused = 0, []
        with transaction.atomic():
            for claim in queryset:
                try:
                    services.take_action(claim=claim, action=action, user=request.user, **arguments)
                    done += 1
                except services.WorkflowError as refusal:
                    refused.append(f"“{claim}”: {refusal}")
        if done:
            said = outcomes.claims_action_taken(action, done, assignee=arguments.get("assignee"))
            self.message_user(request, said, messages.SUCCESS)
        for message in refused[:10]:
            self.message_user(request, message, messages.WARNING)

    @admin.action(description="Assign to me")
    def take_claims(self, request, queryset):
        self._bulk(request, queryset, "take")

    @admin.action(description="Assign to…", permissions=["assign"])
    def assign_claims(self, request, queryset):
        return self._bulk_with_form(request, queryset, "assign", "assign_claims")

    @admin.action(description="Dismiss as not checkable…", permissions=["dismiss"])
    def dismiss_claims(self, request, queryset):
        return self._bulk_with_form(request, queryset, "dismiss", "dismiss_claims")

    def has_assign_permission(self, request):
        return rules.may_assign_claims(request.user)

    def has_dismiss_permission(self, request):
        return rules.may_dismiss_claims(request.user)

    def _bulk_with_form(self, request, queryset, action, admin_action):
        """Ask for the action's inputs once, then take it on every selected claim."""
        form = ActionForm(BY_NAME[action], request.POST if "confirm" in request.POST else None, require=True)
        if form.is_valid():
            self._bulk(request, queryset, action, **form.service_arguments())
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": BY_NAME[action].label,
            "claims": queryset,
            "form": form,
            "action": admin_action,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/factcheck/claim/bulk_action.html", context)
