"""The pre-publication checklist beside the workflow buttons, and an editor's override of one item:
what the checklist (factcheck.checklist) says of the working copy, and the service that records
an override (factcheck.services), which decides who may."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from ... import checklist, rules, services
from ...models import Claim
from ..forms import MISSING_VERSION


class OverrideForm(forms.Form):
    item = forms.ChoiceField(label="Item", choices=[(item.name, item.label) for item in checklist.ITEMS])
    reason = forms.CharField(label="Why it may go out without it", max_length=1000)
    opened_version = forms.CharField(required=False)


def _publication_ahead(claim):
    """Whether a publication lies ahead of this claim's working copy: not when it is dismissed,
    withdrawn (until reconsidered), or published with nothing to publish again."""
    ended = (Claim.Status.DISMISSED, Claim.Status.WITHDRAWN, Claim.Status.PUBLISHED)
    return claim.status not in ended or rules.checklist_may_stop(claim)


def checklist_context(claim, user):
    """What the change page shows of the checklist: the enabled items, each passed, overridden
    (with who and why) or missing (with what), those still missing (summed up beside Submit, so a
    checker sees what the editor will hold the verdict to), and which of them `user` may override."""
    if not _publication_ahead(claim):
        return {}
    results = checklist.shown(services.review_checklist(claim))
    missing = [result for result in results if result.state == checklist.MISSING]
    may_override = rules.may_override_checklist(user, claim)
    return {
        "checklist": results,
        "checklist_missing": missing,
        "checklist_overridable": missing if may_override else [],
    }


class ClaimChecklist:
    def get_urls(self):
        return [
            path(
                "<int:claim_id>/checklist-override/",
                self.admin_site.admin_view(require_POST(self.checklist_override_view)),
                name="factcheck_claim_checklist_override",
            ),
            *super().get_urls(),
        ]

    def checklist_override_view(self, request, claim_id):
        """An editor lets the next publication through without one item, saying why."""
        claim = get_object_or_404(Claim, pk=claim_id)
        form = OverrideForm(request.POST)
        back = redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))
        if not form.is_valid():
            problems = " ".join(" ".join(errors) for errors in form.errors.values())
            self.message_user(request, f"Nothing was overridden. {problems}", messages.ERROR)
            return back
        if not form.cleaned_data["opened_version"]:
            self.message_user(request, MISSING_VERSION, messages.ERROR)
            return back
        try:
            services.override_checklist_item(claim=claim, user=request.user, **form.cleaned_data)
        except services.WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            label = checklist.BY_NAME[form.cleaned_data["item"]].label
            self.message_user(request, f"Overridden for the next publication: {label}.", messages.SUCCESS)
        return back
