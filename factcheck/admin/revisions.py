"""Revisions on the desk: import an article's next text, read any revision, compare two, and see
the claims whose sentence changed or left the article.

Importing goes through briefings' `import_briefing` under the briefing's own slug, exactly as the
`import_briefing --slug` command does; claims follow through factcheck.services.anchoring. This
module only reads and offers.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET, require_http_methods

from briefings.anchoring import CHANGED, EXACT, MOVED, ORPHANED, anchor, word_diff
from briefings.forms import RevisionForm
from briefings.importers.storing import passages
from briefings.models import Briefing, Revision

from .. import rules
from ..models import Claim
from ..states import NEEDS_ATTENTION, TO_CONFIRM
from . import outcomes

MARKS = {"delete": "del", "insert": "ins"}


def wording_diff(old, new):
    """Old → new wording as HTML, words taken out in <del> and put in as <ins> (all escaped)."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<{0}>{1}</{0}>", MARKS[op], text) if op in MARKS else text,)
            for op, text in word_diff(old, new)
        ),
    )


@dataclass
class DiffRow:
    kind: str  # "changed", "moved", "added" or "removed"
    old: object = None
    new: tuple = ()
    wording: str = ""
    order: float = 0


def _rows_for(link, old, new):
    if link.outcome == EXACT:
        return []
    pieces = tuple(new[index] for index in link.new)
    if link.outcome == ORPHANED:
        return [DiffRow("removed", old[link.old])]
    if link.outcome == MOVED:
        return [DiffRow("moved", old[link.old], pieces, order=pieces[0].position)]
    joined = " ".join(piece.text for piece in pieces)
    return [
        DiffRow(
            "changed", old[link.old], pieces, wording_diff(old[link.old].text, joined), pieces[0].position
        )
    ]


def revision_diff(older, newer):
    """What changed from revision `older` to `newer`, sentence by sentence, in the newer text's
    order (a removed sentence sits after the one it used to follow)."""
    old = list(older.statements.select_related("section").order_by("position"))
    new = list(newer.statements.select_related("section").order_by("position"))
    anchoring = anchor(passages(old), passages(new))
    rows, last = [], 0.0
    for link in anchoring.links:
        found = _rows_for(link, old, new)
        if link.new:
            last = new[link.new[0]].position
        for row in found:
            row.order = row.order or last + 0.5
        rows.extend(found)
    rows.extend(DiffRow("added", None, (new[index],), order=new[index].position) for index in anchoring.added)
    return sorted(rows, key=lambda row: row.order), anchoring.counts()


def claims_needing_attention(briefing):
    """The briefing's claims whose statement changed or left the article in a revision, each with
    its old → new wording, and those an editor's split left on a part that holds only some of
    the claim's text."""
    claims = list(
        Claim.objects.filter(statement__briefing=briefing)
        .anchor_needs_attention()
        .select_related("statement", "anchored_from", "anchored_in", "live_version", "submitted_by")
        .order_by("statement__position", "pk")
    )
    for claim in claims:
        claim.wording = changed_wording(claim)
    return claims


def changed_wording(claim):
    """A changed claim's statement as HTML, from the wording that was checked (the live version's,
    else the statement it was re-anchored from) to the article's now; "" for any other anchor."""
    if claim.anchor != CHANGED:
        return ""
    checked = claim.live_version.statement_text if claim.live_version_id else None
    before = checked or (claim.anchored_from.text if claim.anchored_from_id else claim.statement.text)
    return wording_diff(before, claim.statement.text)


def anchor_context(claim, user):
    """What the claim desk shows of a claim whose sentence changed or left in a revision, or
    whose statement an editor split with the claim's text in neither part whole; and whether its
    statement is hidden (its verdict waits until the statement is shown again)."""
    context = {"statement_hidden": claim.statement.hidden}
    if claim.anchor not in NEEDS_ATTENTION:
        return context
    context["anchor_notice"] = {
        "anchor": claim.anchor,
        "label": claim.get_anchor_display(),
        "revision": claim.anchored_in,
        "wording": changed_wording(claim),
        "removed": claim.statement.text if claim.anchor == ORPHANED else "",
        "may_confirm": claim.anchor in TO_CONFIRM and rules.may_confirm_anchor(user, claim),
    }
    return context


class RevisionDesk:
    """The briefing desk's revision views (mixed into BriefingDeskAdmin)."""

    def revision_urls(self):
        def view(methods, function):
            return self.admin_site.admin_view(require_http_methods(methods)(function))

        return [
            path(
                "<int:briefing_id>/revise/",
                view(["GET", "HEAD", "POST"], self.revise_view),
                name="briefings_briefing_revise",
            ),
            path(
                "<int:briefing_id>/revisions/<int:number>/",
                self.admin_site.admin_view(require_GET(self.revision_view)),
                name="briefings_briefing_revision",
            ),
            path(
                "<int:briefing_id>/revisions/compare/",
                self.admin_site.admin_view(require_GET(self.compare_view)),
                name="briefings_briefing_compare",
            ),
        ]

    def revision_context(self, request, briefing):
        return {
            "revisions": list(briefing.revisions.select_related("imported_by").order_by("number")),
            "may_revise": rules.may_import_briefing(request.user),
            "anchor_attention": claims_needing_attention(briefing),
        }

    def _briefing(self, request, briefing_id):
        briefing = get_object_or_404(Briefing, pk=briefing_id)
        if not self.has_view_permission(request, briefing):
            raise PermissionDenied
        return briefing

    def _page(self, request, briefing, template, title, **context):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": briefing,
            "title": title,
            **context,
        }
        return TemplateResponse(request, f"admin/factcheck/briefing/{template}", context)

    def revise_view(self, request, briefing_id):
        """Import the article's next text (paste or upload) as a new revision."""
        briefing = self._briefing(request, briefing_id)
        if not rules.may_import_briefing(request.user):
            raise PermissionDenied("Importing a revision needs the Editor role.")
        form = RevisionForm(request.POST or None, request.FILES or None)
        if self.import_posted(request, form, slug=briefing.slug) is not None:
            return self._after_import(request, briefing)
        return self._page(
            request, briefing, "revise.html", f"Import a new revision of “{briefing}”", form=form
        )

    def _after_import(self, request, briefing):
        """What is left to do after the new revision, and the briefing's page at the claims to
        check when there are some: the import's message says what changed, this one what next."""
        claims = claims_needing_attention(briefing)
        level = messages.WARNING if claims else messages.INFO
        self.message_user(request, outcomes.revision_next_step(claims), level)
        page = reverse("admin:briefings_briefing_change", args=[briefing.pk])
        return redirect(f"{page}#claims-to-check" if claims else page)

    def revision_view(self, request, briefing_id, number):
        """One revision's text as it was imported, statement by statement."""
        briefing = self._briefing(request, briefing_id)
        revision = get_object_or_404(Revision, briefing=briefing, number=number)
        return self._page(
            request,
            briefing,
            "revision.html",
            f"Revision {number} of “{briefing}”",
            revision=revision,
            statements=revision.statements_in_order(),
        )

    def compare_view(self, request, briefing_id):
        """Sentences added, removed, changed and moved between any two revisions (?from=&to=)."""
        briefing = self._briefing(request, briefing_id)
        revisions = {revision.number: revision for revision in briefing.revisions.order_by("number")}
        current = briefing.current_revision.number
        try:
            newer = int(request.GET.get("to") or current)
            older = int(request.GET.get("from") or max(1, newer - 1))
        except ValueError:
            older, newer = 0, 0
        if older not in revisions or newer not in revisions:
            self.message_user(request, "Choose two revisions this briefing has.", messages.ERROR)
            return redirect(reverse("admin:briefings_briefing_change", args=[briefing.pk]))
        rows, counts = revision_diff(revisions[older], revisions[newer])
        return self._page(
            request,
            briefing,
            "compare.html",
            f"Revision {older} → {newer} of “{briefing}”",
            rows=rows,
            counts=counts,
            older=revisions[older],
            newer=revisions[newer],
            revisions=list(revisions.values()),
        )
