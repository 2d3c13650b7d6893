"""The desk's bulk actions on selected claims: each is taken claim by claim through
factcheck.services, which refuses what factcheck.rules do not allow."""

from django.contrib import admin, messages
from django.db import transaction
from django.template.response import TemplateResponse

from ... import rules, services
from ...workflow import BY_NAME
from .. import outcomes
from ..forms import ActionForm


class ClaimActions:
    actions = ["take_claims", "assign_claims", "dismiss_claims"]

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
