"""Correcting the split on the briefing desk: an editor splits a statement, merges it with the
next, hides it as not part of the article or shows it again, and retitles a heading; everyone on
the desk sees the briefing's corrections. Each operation is a POST to its own address that calls
briefings.editing with the editor and comes back to the statement (its `#s-…` anchor, on the
page of statements that holds it) with a message; a refusal is a message, never a 500.

Where to split is chosen from a menu of the statement's word boundaries ("…last words ¦ next
words…"), not typed: a menu works with the keyboard and a screen reader without any script,
offers only cuts the service accepts (a typed phrase can be misspelt, or occur twice in the
statement), and sends the exact character offset the service and the history record.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.views.decorators.http import require_POST

from briefings.editing import (
    EditRefused,
    hide_statement,
    merge_statements,
    retitle_section,
    split_statement,
    unhide_statement,
)
from briefings.models import Section, Statement, StatementEdit
from briefings.quoting import quoted_at_end

from .. import rules
from ..states import Anchor
from .article import on_the_desk

EDITORS_ONLY = "Only editors correct how an article is split; checkers see the corrections."


def corrections(briefing):
    """The current revision's corrections of the split for the desk's history: those a new
    revision could not re-apply first (the editor has to look at them), then the ones in force,
    and the import's counts. Two queries, however many there are."""
    revision = briefing.current_revision
    if revision is None:
        return {}
    edits = list(
        StatementEdit.objects.filter(revision=revision).select_related("made_by").order_by("made_at", "id")
    )
    return {
        "count": len(edits),
        "missed": [edit for edit in edits if not edit.applied],
        "made": [edit for edit in edits if edit.applied],
        "previous_number": revision.number - 1,
        "counts": revision.summary.get("corrections"),
    }


def _claims_flagged(statement):
    return statement.claims.filter(anchor=Anchor.SPLIT).count()


class SplitDesk:
    """The desk's corrections of the split (mixed into BriefingDeskAdmin)."""

    def splitting_urls(self):
        def post_only(view):
            return self.admin_site.admin_view(require_POST(view))

        statement = "<int:briefing_id>/statements/<int:statement_id>"
        return [
            path(f"{statement}/split/", post_only(self.split_view), name="briefings_statement_split"),
            path(f"{statement}/merge/", post_only(self.merge_view), name="briefings_statement_merge"),
            path(f"{statement}/hide/", post_only(self.hide_view), name="briefings_statement_hide"),
            path(f"{statement}/unhide/", post_only(self.unhide_view), name="briefings_statement_unhide"),
            path(
                "<int:briefing_id>/sections/<int:section_id>/retitle/",
                post_only(self.retitle_view),
                name="briefings_section_retitle",
            ),
        ]

    def splitting_context(self, request, briefing):
        return {
            "may_edit_statements": rules.may_edit_statements(request.user),
            "corrections": corrections(briefing),
        }

    def _editable(self, request, model, **lookup):
        """The statement (or section) posted about, for an editor; 403 for anyone else."""
        if not rules.may_edit_statements(request.user):
            raise PermissionDenied(EDITORS_ONLY)
        return get_object_or_404(model.objects.select_related("briefing"), **lookup)

    def _back_to(self, briefing_id, statement=None):
        """The desk's page holding `statement`, scrolled to it; the top of the desk without one."""
        return redirect(on_the_desk(briefing_id, statement))

    def _refused(self, request, refusal, briefing_id, statement=None):
        self.message_user(request, str(refusal), messages.ERROR)
        if statement is not None:
            statement = Statement.objects.filter(pk=statement.pk).first()
        return self._back_to(briefing_id, statement)

    def split_view(self, request, briefing_id, statement_id):
        """Cut the statement in two at the word the editor chose."""
        statement = self._editable(request, Statement, pk=statement_id, briefing_id=briefing_id)
        try:
            offset = int(request.POST.get("offset", ""))
        except ValueError:
            refusal = "Choose where to split the statement: the word the second part starts with."
            return self._refused(request, refusal, briefing_id, statement)
        try:
            split_statement(statement=statement, offset=offset, user=request.user)
        except EditRefused as refusal:
            return self._refused(request, refusal, briefing_id, statement)
        statement.refresh_from_db()
        position = statement.position
        message = f"Split statement {position} in two: {position} and {position + 1}."
        flagged = _claims_flagged(statement)
        if flagged:
            message += f" {flagged} claim(s) on statement {position} hold text of both parts: check them."
        self.message_user(request, message, messages.SUCCESS)
        return self._back_to(briefing_id, statement)

    def merge_view(self, request, briefing_id, statement_id):
        """Merge the statement with the next one of its paragraph."""
        statement = self._editable(request, Statement, pk=statement_id, briefing_id=briefing_id)
        following = Statement.objects.filter(
            revision_id=statement.revision_id, position=statement.position + 1
        ).first()
        carried = following.claims.count() if following else 0
        try:
            merge_statements(statement=statement, user=request.user)
        except EditRefused as refusal:
            return self._refused(request, refusal, briefing_id, statement)
        statement.refresh_from_db()
        position = statement.position
        message = f"Merged statements {position} and {position + 1}"
        if carried:
            message += f"; statement {position + 1}'s {carried} claim(s) are on statement {position}"
        self.message_user(request, f"{message}.", messages.SUCCESS)
        return self._back_to(briefing_id, statement)

    def hide_view(self, request, briefing_id, statement_id):
        """Mark the statement as not part of the article."""
        return self._hide_or_show(request, briefing_id, statement_id, hide_statement)

    def unhide_view(self, request, briefing_id, statement_id):
        """Show a hidden statement in the article again."""
        return self._hide_or_show(request, briefing_id, statement_id, unhide_statement)

    def _hide_or_show(self, request, briefing_id, statement_id, service):
        statement = self._editable(request, Statement, pk=statement_id, briefing_id=briefing_id)
        try:
            service(statement=statement, user=request.user)
        except EditRefused as refusal:
            return self._refused(request, refusal, briefing_id, statement)
        statement.refresh_from_db()
        if statement.hidden:
            message = (
                f"Hid statement {statement.position}: it is left out of the public article, its "
                "scorecard and the API, and its claims wait until it is shown again."
            )
        else:
            message = f"Statement {statement.position} is part of the article again."
        self.message_user(request, message, messages.SUCCESS)
        return self._back_to(briefing_id, statement)

    def retitle_view(self, request, briefing_id, section_id):
        """Give a section a corrected heading."""
        section = self._editable(request, Section, pk=section_id, briefing_id=briefing_id)
        heading = " ".join(request.POST.get("heading", "").split())
        first = section.statements.order_by("position").first()
        if not heading:
            refusal = "Write the heading's new words; to take a heading out, merge its statements instead."
            return self._refused(request, refusal, briefing_id, first)
        try:
            retitle_section(section=section, heading=heading, user=request.user)
        except EditRefused as refusal:
            return self._refused(request, refusal, briefing_id, first)
        self.message_user(
            request, f"Section {section.position} is now headed {quoted_at_end(heading)}", messages.SUCCESS
        )
        return self._back_to(briefing_id, first)
