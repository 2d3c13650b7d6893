"""Readers' submissions on the desk: the editors' queue (newest first, by status) and, on each
submission, "Make a claim" and "Dismiss". The queue is editors' alone (rules.may_handle_submissions),
so a reader's contact address is seen by editors and admins and nobody else; the services
enforce the same rule for any other door.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods

from briefings.models import Statement

from .. import rules, services
from ..models import Submission


class MakeClaimForm(forms.Form):
    statement = forms.ModelChoiceField(
        queryset=Statement.objects.all(),
        required=False,
        widget=forms.NumberInput,
        label="Statement number (optional)",
        help_text="The id of a statement already on the desk to make the claim on. Left empty, a draft "
        "briefing is made of the submission, with its link as the source URL.",
        error_messages={"invalid_choice": "No statement has that id."},
    )


class DismissForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Kept with the submission and counted in the standards report.",
    )


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "received_at", "status", "has_contact", "handled_by", "claim_link"]
    list_filter = ["status"]
    list_select_related = ["handled_by", "claim"]
    search_fields = ["text"]
    fields = [
        "text",
        "link",
        "contact",
        "received_at",
        "status",
        "claim",
        "handled_by",
        "handled_at",
        "dismissal_reason",
        "contact_deleted_at",
    ]

    def has_module_permission(self, request):
        return rules.may_handle_submissions(request.user)

    def has_view_permission(self, request, obj=None):
        return rules.may_handle_submissions(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(boolean=True, description="contact address")
    def has_contact(self, obj):
        return bool(obj.contact)

    @admin.display(description="claim")
    def claim_link(self, obj):
        if obj.claim_id is None:
            return "—"
        url = reverse("admin:factcheck_claim_change", args=[obj.claim_id])
        return format_html('<a href="{}">Claim {}</a>', url, obj.claim_id)

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(require_http_methods(["GET", "POST"])(function))

        return [
            path("<int:pk>/make-claim/", view(self.make_claim_view), name="factcheck_submission_make_claim"),
            path("<int:pk>/dismiss/", view(self.dismiss_view), name="factcheck_submission_dismiss"),
            *super().get_urls(),
        ]

    def _submission(self, request, pk):
        if not rules.may_handle_submissions(request.user):
            raise PermissionDenied("Only editors handle readers' submissions.")
        return get_object_or_404(Submission, pk=pk)

    def make_claim_view(self, request, pk):
        submission = self._submission(request, pk)
        form = MakeClaimForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            try:
                claim = services.make_claim_from_submission(
                    submission=submission, user=request.user, statement=form.cleaned_data["statement"]
                )
            except services.WorkflowError as refusal:
                form.add_error(None, str(refusal))
            else:
                self.message_user(request, f"Made claim {claim.pk} from the submission.", messages.SUCCESS)
                return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))
        return self._action_page(request, submission, form, title="Make a claim of this submission")

    def dismiss_view(self, request, pk):
        submission = self._submission(request, pk)
        form = DismissForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            try:
                services.dismiss_submission(
                    submission=submission, user=request.user, reason=form.cleaned_data["reason"]
                )
            except services.WorkflowError as refusal:
                form.add_error(None, str(refusal))
            else:
                self.message_user(request, "Dismissed the submission.", messages.SUCCESS)
                return redirect(reverse("admin:factcheck_submission_changelist"))
        return self._action_page(request, submission, form, title="Dismiss this submission")

    def _action_page(self, request, submission, form, *, title):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": submission,
            "title": title,
            "form": form,
        }
        return TemplateResponse(request, "admin/factcheck/submission/action.html", context)
