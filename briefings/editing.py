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
from django.db.models import CharField, F
from django.db.models.functions import Cast
from django.utils import timezone

from .models import Briefing, Section, Statement, StatementEdit
from .rules import may_edit_statements
from .signals import statements_edited

Action = StatementEdit.Action
SHIFT = 1_000_000  # positions move through this range so the unique constraint never sees a clash


class EditRefused(Exception):
    """An edit that makes no sense or is not allowed; its message says why, for the editor."""


def _locked_revision(briefing):
    """The briefing's current revision, its briefing row locked until the transaction ends, so
    two editors' corrections are applied one after the other."""
    locked = (
        Briefing.objects.select_for_update(of=("self",))
        .select_related("current_revision")
        .get(pk=briefing.pk)
    )
    if locked.current_revision is None:
        raise EditRefused("This briefing has no statements to correct.")
    return locked.current_revision


def _refresh(statement, revision):
    """The statement as stored now, which must be in the article's current revision."""
    try:
        statement = Statement.objects.select_related("section").get(pk=statement.pk)
    except Statement.DoesNotExist:
        raise EditRefused("That statement is no longer in the article (it was merged or replaced).") from None
    if statement.revision_id != revision.pk:
        raise EditRefused(
            "Only the article's current revision can be corrected; earlier revisions stay as imported."
        )
    return statement


def _freeze_labels(revision):
    """Give every statement of the revision its position as a lasting anchor number, before the
    first edit moves positions."""
    Statement.objects.filter(revision=revision, label="").update(
        label=Cast("position", output_field=CharField())
    )


def _shift(revision, after, by):
    """Move the statements after position `after` by `by` places, in two steps (positions are
    unique and never negative)."""
    later = Statement.objects.filter(revision=revision, position__gt=after)
    later.update(position=F("position") + SHIFT)
    Statement.objects.filter(revision=revision, position__gt=SHIFT).update(
        position=F("position") - SHIFT + by
    )


def _new_label(revision, label):
    """The next free anchor number for a part split off `label`: "7-2", then "7-3"…"""
    root = label.split("-")[0]
    taken = set(
        Statement.objects.filter(revision=revision, label__startswith=f"{root}-").values_list(
            "label", flat=True
        )
    )
    taken.update(
        alias
        for aliases in Statement.objects.filter(revision=revision).values_list("aliases", flat=True)
        for alias in aliases
    )
    number = 2
    while f"{root}-{number}" in taken:
        number += 1
    return f"{root}-{number}"


def _record(*, revision, action, position, texts, user, offset=None, reapplied_from=None, applied=True):
    edit = StatementEdit(
        briefing_id=revision.briefing_id,
        revision=revision,
        action=action,
        position=position,
        offset=offset,
        texts=texts,
        made_by=user,
        reapplied_from=reapplied_from,
        applied=applied,
    )
    return edit


def _announce(edit, *, statements, user, removed=None):
    """Let the receivers carry along (or refuse) what points at the statements; then record."""
    statements_edited.send(
        sender=Statement,
        briefing=edit.revision.briefing,
        edit=edit,
        statements=statements,
        removed=removed,
        user=user,
    )
    edit.save()
    Briefing.objects.filter(pk=edit.revision.briefing_id).update(updated_at=timezone.now())
    return edit


def _inside_a_word(text, offset):
    """Between two letters or digits of one word (scripts written without spaces excepted)."""
    before, after = text[offset - 1], text[offset]
    return before.isalnum() and after.isalnum() and max(ord(before), ord(after)) < 0x2E80


def _word_at(text, offset):
    start, end = offset, offset
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _split(statement, *, offset, user, revision, reapplied_from=None):
    text = statement.text
    if not isinstance(offset, int) or not 0 < offset < len(text):
        raise EditRefused(
            f"Statement {statement.position} can be split between characters 1 and {len(text) - 1}; "
            f"{offset} is outside it."
        )
    if _inside_a_word(text, offset):
        raise EditRefused(
            f"Character {offset} of statement {statement.position} is inside the word "
            f"“{_word_at(text, offset)}”; split between words."
        )
    left, right = text[:offset].rstrip(), text[offset:].lstrip()  # never empty: the text is stripped
    _freeze_labels(revision)
    statement.refresh_from_db(fields=["label"])
    _shift(revision, statement.position, 1)
    second = Statement.objects.create(
        briefing_id=statement.briefing_id,
        revision=revision,
        section_id=statement.section_id,
        position=statement.position + 1,
        paragraph=statement.paragraph,
        kind=statement.kind,
        quoted=statement.quoted,
        text=right,
        start=statement.start + len(text) - len(right),
        end=statement.end,
        lead_in_id=statement.lead_in_id,
        label=_new_label(revision, statement.label),
        hidden=statement.hidden,
    )
    Statement.objects.filter(lead_in=statement).update(lead_in=second)  # a list follows the second part
    statement.text, statement.end = left, statement.start + len(left)
    statement.save(update_fields=["text", "end"])
    edit = _record(
        revision=revision,
        action=Action.SPLIT,
        position=statement.position,
        offset=offset,
        texts=[text],
        user=user,
        reapplied_from=reapplied_from,
    )
    return _announce(edit, statements=[statement, second], user=user)


def _separate_items(statement, following, text):
    """Two list items (or table rows) on lines of their own: merging them would take the list's
    marks into the text."""
    items = (Statement.Kind.LIST_ITEM, Statement.Kind.TABLE_ROW)
    return (statement.kind in items or following.kind in items) and "\n" in text[
        statement.end : following.start
    ]


def merges_with(statement, following, *, text):
    """Whether `merge_statements` would merge `statement` with `following` (the next one) in a
    revision whose text is `text`: the one rule the service enforces and the desk asks before
    offering *Merge with next*."""
    return (
        following.section_id == statement.section_id
        and following.paragraph == statement.paragraph
        and not _separate_items(statement, following, text)
        and not (statement.hidden or following.hidden)
    )


def _next_of(statement):
    following = Statement.objects.filter(
        revision_id=statement.revision_id, position=statement.position + 1
    ).first()
    if following is None:
        raise EditRefused(
            f"Statement {statement.position} is the last one: there is nothing to merge it with."
        )
    if following.section_id != statement.section_id:
        raise EditRefused(
            f"Statements {statement.position} and {following.position} are under different headings; "
            "only statements of the same paragraph are merged."
        )
    if following.paragraph != statement.paragraph:
        raise EditRefused(
            f"Statements {statement.position} and {following.position} are in different paragraphs; "
            "only statements of the same paragraph are merged."
        )
    if _separate_items(statement, following, statement.revision.text):
        raise EditRefused(
            f"Statements {statement.position} and {following.position} are separate "
            f"{statement.get_kind_display().lower()}s; only sentences of one paragraph or item are merged."
        )
    if statement.hidden or following.hidden:
        raise EditRefused("A hidden statement is not merged; show it again first.")
    return following


def _merge(statement, *, user, revision, reapplied_from=None):
    following = _next_of(statement)
    _freeze_labels(revision)
    statement.refresh_from_db(fields=["label"])
    following.refresh_from_db(fields=["label"])
    texts = [statement.text, following.text]
    statement.end = following.end
    statement.text = revision.text[statement.start : statement.end]
    statement.aliases = [*statement.aliases, following.label, *following.aliases]
    statement.save(update_fields=["end", "text", "aliases"])
    Statement.objects.filter(lead_in=following).update(lead_in=statement)
    edit = _record(
        revision=revision,
        action=Action.MERGE,
        position=statement.position,
        texts=texts,
        user=user,
        reapplied_from=reapplied_from,
    )
    _announce(edit, statements=[statement], removed=following, user=user)
    following.delete()
    _shift(revision, statement.position + 1, -1)
    return edit


def _hide(statement, *, hidden, user, revision, reapplied_from=None):
    if statement.hidden == hidden:
        state = "hidden already" if hidden else "not hidden"
        raise EditRefused(f"Statement {statement.position} is {state}.")
    statement.hidden = hidden
    statement.save(update_fields=["hidden"])
    edit = _record(
        revision=revision,
        action=Action.HIDE if hidden else Action.UNHIDE,
        position=statement.position,
        texts=[statement.text],
        user=user,
        reapplied_from=reapplied_from,
    )
    return _announce(edit, statements=[statement], user=user)


def _retitle(section, *, heading, user, revision, reapplied_from=None):
    heading = " ".join((heading or "").split())
    if not heading:
        raise EditRefused(
            "A heading needs words; to take one out, merge its statements into the section before."
        )
    if len(heading) > 300:
        raise EditRefused(f"A heading is at most 300 characters; this one has {len(heading)}.")
    if heading == section.heading:
        raise EditRefused(f"Section {section.position} is headed “{heading}” already.")
    texts = [section.heading, heading]
    section.heading = heading
    section.save(update_fields=["heading"])
    edit = _record(
        revision=revision,
        action=Action.RETITLE,
        position=section.position,
        texts=texts,
        user=user,
        reapplied_from=reapplied_from,
    )
    edit.save()
    Briefing.objects.filter(pk=revision.briefing_id).update(updated_at=timezone.now())
    return edit


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
    revision = _locked_revision(statement.briefing)
    return _split(_refresh(statement, revision), offset=offset, user=user, revision=revision)


@transaction.atomic
def merge_statements(*, statement, user):
    """Merge `statement` with the next one of the same paragraph: one statement spanning both,
    carrying both statements' claims; links to the second lead to it."""
    _permitted(user)
    revision = _locked_revision(statement.briefing)
    return _merge(_refresh(statement, revision), user=user, revision=revision)


@transaction.atomic
def hide_statement(*, statement, user):
    """Mark `statement` as not part of the article (a photo credit, a newsletter plug): it stays
    in the text and on the desk, out of the public article, its counts and the API."""
    _permitted(user)
    revision = _locked_revision(statement.briefing)
    return _hide(_refresh(statement, revision), hidden=True, user=user, revision=revision)


@transaction.atomic
def unhide_statement(*, statement, user):
    """Undo `hide_statement`."""
    _permitted(user)
    revision = _locked_revision(statement.briefing)
    return _hide(_refresh(statement, revision), hidden=False, user=user, revision=revision)


@transaction.atomic
def retitle_section(*, section, heading, user):
    """Give a section of the current revision a corrected heading."""
    _permitted(user)
    revision = _locked_revision(section.briefing)
    section = Section.objects.filter(pk=section.pk, revision=revision).first()
    if section is None:
        raise EditRefused("Only the headings of the article's current revision can be corrected.")
    return _retitle(section, heading=heading, user=user, revision=revision)


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


# Re-applying an earlier revision's edits -------------------------------------------------------


def _nearest(candidates, position):
    """Of the statements holding the same wording, the one nearest where the edit was made."""
    return min(
        candidates,
        key=lambda statement: (abs(statement.position - position), statement.position),
        default=None,
    )


def _find(revision, edit):
    """Where `edit` applies in `revision`: the statement (or section) holding the same wording,
    or None when the sentences are no longer there."""
    if edit.action == Action.RETITLE:
        return Section.objects.filter(revision=revision, heading=edit.texts[0]).order_by("position").first()
    statements = Statement.objects.filter(revision=revision, text=edit.texts[0]).select_related("section")
    if edit.action == Action.MERGE:
        statements = [
            statement
            for statement in statements
            if Statement.objects.filter(
                revision=revision,
                position=statement.position + 1,
                text=edit.texts[1],
                paragraph=statement.paragraph,
                section_id=statement.section_id,
            ).exists()
        ]
    return _nearest(list(statements), edit.position)


def _already_so(revision, edit):
    """Whether the new revision's own split already reads as the edit left it."""
    statements = Statement.objects.filter(revision=revision)
    if edit.action == Action.MERGE:
        return statements.filter(text__startswith=edit.texts[0], text__endswith=edit.texts[1]).exists()
    if edit.action == Action.SPLIT:
        cut = edit.texts[0][: edit.offset].rstrip()
        return statements.filter(text=cut).exists() and not statements.filter(text=edit.texts[0]).exists()
    return False


def _reapply_one(revision, edit):
    """Apply `edit` to `revision`; None when the revision already reads so."""
    target = _find(revision, edit)
    if target is None and _already_so(revision, edit):
        return None
    if target is None:
        raise EditRefused("the sentences it was made on are not in this revision")
    options = {"user": edit.made_by, "revision": revision, "reapplied_from": edit}
    if edit.action == Action.SPLIT:
        return _split(target, offset=edit.offset, **options)
    if edit.action == Action.MERGE:
        return _merge(target, **options)
    if edit.action == Action.RETITLE:
        return _retitle(target, heading=edit.texts[1], **options)
    return _hide(target, hidden=edit.action == Action.HIDE, **options)


def reapply_edits(*, previous, revision):
    """Re-apply `previous`'s corrections to the new `revision`, in the order they were made,
    wherever the same wording is still there; each one that cannot be is recorded as not
    applied, for the editor to see. Runs inside the import's transaction (the caller holds the
    briefing's lock). Returns (re-applied, not re-applied) counts."""
    done = missed = 0
    for edit in previous.statement_edits.filter(applied=True).order_by("made_at", "id"):
        try:
            with transaction.atomic():
                _reapply_one(revision, edit)
            done += 1
        except EditRefused:
            _record(
                revision=revision,
                action=edit.action,
                position=edit.position,
                offset=edit.offset,
                texts=edit.texts,
                user=edit.made_by,
                reapplied_from=edit,
                applied=False,
            ).save()
            missed += 1
    return done, missed
