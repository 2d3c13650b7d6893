"""The change form's workflow buttons and the workflow URLs: the actions `Claim.get_actions(user)`
offers, taken through factcheck.services, which decide who may."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from briefings.quoting import quoted_at_end

from ... import checklist, rules, services
from ...models import Claim
from ...states import SETTLED, Anchor, ClaimStatus
from ...workflow import BY_NAME
from .. import outcomes
from ..forms import MISSING_VERSION, ActionForm
from ..revisions import anchor_context
from .checklist import checklist_context

REVIEWING = ("approve", "request_changes")  # who may do either is reviewing: offered a jump to the verdict
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


def _forward_first(actions):
    """The actions the rules allow, the step that moves the check forward first (Publish before
    Request changes on an approved verdict), then the rest in the table's order."""
    return sorted(actions, key=lambda action: not action.primary)


def _waiting_for_review(claim, actions):
    """A claim in review that this person (their `actions`) may not review: the page says who does."""
    return claim.status == ClaimStatus.IN_REVIEW and not any(action.name in REVIEWING for action in actions)


def _review_refusal(claim, user, actions):
    """Why `user` may not review this claim in review (the service's words), for whoever could
    plausibly review: an editor held back by the two-person rule. A checker is told who reviews,
    not that the Editor role is missing, on every claim they submit; "" for them and the others."""
    if not _waiting_for_review(claim, actions) or not rules.may_review_claims(user):
        return ""
    return services.why_not(claim=claim, action="approve", user=user)


def _nothing_done(form):
    problems = [f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()]
    return "Nothing was done. " + " ".join(problems)


class ClaimWorkflow:
    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            actions = _forward_first(obj.get_actions(request.user))
            context["workflow_actions"] = actions
            context["change_request"] = obj.latest_change_request()
            context["workflow_forms"] = [(action, self._page_action_form(action, obj)) for action in actions]
            for _, form in context["workflow_forms"]:
                context["media"] = context["media"] + form.media  # the date widget's calendar
            if request.method == "POST" and request.POST.get(WORKFLOW) in BY_NAME:
                self.message_user(request, NOT_ACTED, messages.ERROR)
            if any(action.name == "submit" for action in actions):
                context["missing_for_submission"] = obj.missing_for_submission()
            context["review_waiting"] = _waiting_for_review(obj, actions)
            context["review_refusal"] = _review_refusal(obj, request.user, actions)
            context["review_jump"] = obj.status == ClaimStatus.IN_REVIEW and any(
                action.name in REVIEWING for action in actions
            )
            context.update(anchor_context(obj, request.user))
            context.update(checklist_context(obj, request.user))
            # A claim comes from its statement (+ Claim), never a blank form: no "Save and add another".
            context["show_save_and_add_another"] = False
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
        before = getattr(obj, "_status_before_save", None)
        obj.refresh_from_db()
        if before in SETTLED and obj.status == ClaimStatus.IN_REVIEW:  # the form, or its evidence
            self.message_user(request, outcomes.sent_back_to_review(obj), messages.WARNING)
        if action is None:
            return super().response_change(request, obj)
        opened = _as_int(request.POST.get("opened_version"))
        if opened is None:  # nothing was saved: a page that names no version acts on none
            return self._act_from_page(request, obj, action, opened_version=None)
        if obj.version != opened:
            self.message_user(request, f"Saved your changes to {quoted_at_end(obj)}", messages.SUCCESS)
        # The version this person's own save just made, or the one the page showed.
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
            stored = outcomes.as_stored(claim)
            unready = checklist.refusal(services.review_checklist(stored)) if action == "approve" else ""
            if unready:
                self.message_user(request, outcomes.approved_unready(stored, unready), messages.WARNING)
            else:
                self.message_user(request, outcomes.claim_action_taken(action, stored), messages.SUCCESS)

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
