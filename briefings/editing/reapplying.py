"""Re-applying an earlier revision's corrections of the split to a new revision, where the same
wording is still there; the others are recorded as not re-applied, for the editor."""

from django.db import transaction

from ..models import Section, Statement
from .operations import Action, EditRefused, merge_next, new_edit, retitle, set_hidden, split_at


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
        return split_at(target, offset=edit.offset, **options)
    if edit.action == Action.MERGE:
        return merge_next(target, **options)
    if edit.action == Action.RETITLE:
        return retitle(target, heading=edit.texts[1], **options)
    return set_hidden(target, hidden=edit.action == Action.HIDE, **options)


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
            new_edit(
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
