"""The claim's "Checked before" panel: published claims worded like it (factcheck.similarity),
those a checker linked as previously checked, and the POST buttons that link and unlink them
through factcheck.services, which decide who may.

The panel sits inside the change form, where a form cannot nest: each button names a small form
of its own, printed after the change form (attribute `form`), so linking never sends the change
form's fields and never needs them saved first."""

import math

from django.contrib import admin, messages
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from ... import rules, services
from ...models import Claim
from ...similarity import similar_claims
from ..outcomes import quoted

EARLIER_SHOWN = 5  # earlier checks suggested beside a claim


def _posted_similarity(request):
    """The suggestion's similarity as its button sent it; None when absent or no number 0–1 (the
    link is still made, without a score)."""
    try:
        value = float(request.POST.get("similarity", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) and 0 <= value <= 1 else None


class ClaimPreviousChecks:
    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            obj.may_link_previous = rules.may_link_previous_check(request.user, obj)
            context["previous_check_forms"] = [
                (
                    f"previous-{verb}-{earlier}",
                    reverse(f"admin:factcheck_claim_{verb}_previous", args=[obj.pk, earlier]),
                    similarity,
                )
                for verb, earlier, similarity in self._buttons(obj)
            ]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _panel(self, claim):
        """(linked, suggested) for `claim`, read once a page: the links with their earlier claims,
        and the similar published claims not linked yet, as (claim, similarity)."""
        if not hasattr(claim, "_previous_panel"):
            linked = list(
                claim.previous_checks.select_related(
                    "earlier__live_version", "earlier__statement__briefing", "linked_by"
                )
            )
            taken = {link.earlier_id for link in linked} | {claim.pk}
            found = similar_claims(claim.text, limit=EARLIER_SHOWN + len(taken))
            matches = [match for match in found if match.claim_id not in taken][:EARLIER_SHOWN]
            claims = Claim.objects.select_related("live_version", "statement__briefing").in_bulk(
                [match.claim_id for match in matches]
            )
            suggested = [(claims[match.claim_id], match.similarity) for match in matches]
            claim._previous_panel = (linked, suggested)
        return claim._previous_panel

    def _buttons(self, claim):
        if not claim.may_link_previous:
            return []
        linked, suggested = self._panel(claim)
        return [("unlink", link.earlier_id, None) for link in linked] + [
            ("link", earlier.pk, similarity) for earlier, similarity in suggested
        ]

    @admin.display(description="Checked before")
    def checked_before(self, obj):
        """Published claims, from any briefing, worded like this one, with their published
        verdicts: so a checker sees an earlier check before redoing it, and links it. Shown and
        linked, never copied."""
        if not obj.pk:
            return "—"
        linked, suggested = self._panel(obj)
        return render_to_string(
            "admin/factcheck/claim/checked_before.html",
            {
                "linked": linked,
                "earlier": suggested,
                "may_link": getattr(obj, "may_link_previous", False),
            },
        )

    def get_urls(self):
        return [
            path(
                "<int:claim_id>/previous-checks/<int:earlier_id>/link/",
                self.admin_site.admin_view(require_POST(self.link_previous_view)),
                name="factcheck_claim_link_previous",
            ),
            path(
                "<int:claim_id>/previous-checks/<int:earlier_id>/unlink/",
                self.admin_site.admin_view(require_POST(self.unlink_previous_view)),
                name="factcheck_claim_unlink_previous",
            ),
            *super().get_urls(),
        ]

    def link_previous_view(self, request, claim_id, earlier_id):
        """Link an earlier check suggested in the panel; the service decides who may."""
        claim = get_object_or_404(Claim, pk=claim_id)
        earlier = Claim.objects.filter(pk=earlier_id).first()
        try:
            services.link_previous_check(
                claim=claim, earlier=earlier, user=request.user, similarity=_posted_similarity(request)
            )
        except services.WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(request, f"Linked {quoted(earlier)} as previously checked.", messages.SUCCESS)
        return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))

    def unlink_previous_view(self, request, claim_id, earlier_id):
        claim = get_object_or_404(Claim, pk=claim_id)
        earlier = Claim.objects.filter(pk=earlier_id).first()
        try:
            services.unlink_previous_check(claim=claim, earlier=earlier, user=request.user)
        except services.WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(
                request,
                f"Unlinked {quoted(earlier)}: no longer listed as previously checked.",
                messages.SUCCESS,
            )
        return redirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))
