"""Editors correct how an article was split: split a statement, merge two, hide one that is not
part of the article, show it again, retitle a heading.

No splitter is perfect on real pages, so the current revision's statements can be corrected in
place, under three invariants every operation keeps: `text[start:end] == statement.text` against
the revision's text, positions 1…n without gaps, and each statement's anchor (`#s-N`) unchanged
unless it was the one edited: the first edit freezes every statement's anchor number in `label`,
a split's second part gets a new one ("7-2"), and a merge keeps the merged-in statement's number
as an alias. What points at statements (claims) follows through the `statements_edited` signal,
whose receivers may refuse. Every edit is recorded as a StatementEdit, and a new revision
re-applies them where the same sentences are still there (`reapply_edits`).
"""

from django.db import transaction

from ..models import Section
from ..rules import may_edit_statements
from .operations import (
    EditRefused,
    current_statement,
    locked_revision,
    merge_next,
    merges_with,
    retitle,
    set_hidden,
    split_at,
)
from .reapplying import reapply_edits

__all__ = [
    "EditRefused",
    "hide_statement",
    "merge_statements",
    "merges_with",
    "reapply_edits",
    "retitle_section",
    "section_at",
    "split_statement",
    "statement_at",
    "unhide_statement",
]


def _permitted(user):
    """`user` None is the operator at the command line (as for import_briefing), who has the
    database anyway; every person is asked the rule."""
    if user is not None and not may_edit_statements(user):
        raise EditRefused("Only editors correct how an article is split; checkers see the corrections.")


@transaction.atomic
def split_statement(*, statement, offset, user):
    """Cut `statement` in two at `offset` (a character index into its text; the whitespace there
    goes). The first part keeps the statement's anchor and claims unless a claim's text is in the
    second part (factcheck decides)."""
    _permitted(user)
    revision = locked_revision(statement.briefing)
    return split_at(current_statement(statement, revision), offset=offset, user=user, revision=revision)


@transaction.atomic
def merge_statements(*, statement, user):
    """Merge `statement` with the next one of the same paragraph: one statement spanning both,
    carrying both statements' claims; links to the second lead to it."""
    _permitted(user)
    revision = locked_revision(statement.briefing)
    return merge_next(current_statement(statement, revision), user=user, revision=revision)


@transaction.atomic
def hide_statement(*, statement, user):
    """Mark `statement` as not part of the article (a photo credit, a newsletter plug): it stays
    in the text and on the desk, out of the public article, its counts and the API."""
    _permitted(user)
    revision = locked_revision(statement.briefing)
    return set_hidden(current_statement(statement, revision), hidden=True, user=user, revision=revision)


@transaction.atomic
def unhide_statement(*, statement, user):
    """Undo `hide_statement`."""
    _permitted(user)
    revision = locked_revision(statement.briefing)
    return set_hidden(current_statement(statement, revision), hidden=False, user=user, revision=revision)


@transaction.atomic
def retitle_section(*, section, heading, user):
    """Give a section of the current revision a corrected heading."""
    _permitted(user)
    revision = locked_revision(section.briefing)
    section = Section.objects.filter(pk=section.pk, revision=revision).first()
    if section is None:
        raise EditRefused("Only the headings of the article's current revision can be corrected.")
    return retitle(section, heading=heading, user=user, revision=revision)


def statement_at(briefing, position):
    """The current revision's statement at `position`, for the doors that name statements by
    number (the command)."""
    statement = briefing.statements.filter(position=position).first()
    if statement is None:
        count = briefing.statements.count()
        raise EditRefused(f"There is no statement {position}: the article has statements 1 to {count}.")
    return statement


def section_at(briefing, position):
    section = briefing.sections.filter(position=position).first()
    if section is None:
        count = briefing.sections.count()
        raise EditRefused(f"There is no section {position}: the article has sections 1 to {count}.")
    return section
