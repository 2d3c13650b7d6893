"""The operations behind the services in briefings.editing, without the rule about who may: the
services ask it, and a new revision's re-application (briefings.editing.reapplying) repeats what
an editor already did. Each keeps the package's invariants (see its docstring)."""

from django.db.models import CharField, F
from django.db.models.functions import Cast
from django.utils import timezone

from ..checkworthiness import score_statement
from ..models import Briefing, Statement, StatementEdit
from ..signals import statements_edited

Action = StatementEdit.Action
SHIFT = 1_000_000  # positions move through this range so the unique constraint never sees a clash


class EditRefused(Exception):
    """An edit that makes no sense or is not allowed; its message says why, for the editor."""


def locked_revision(briefing):
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


def current_statement(statement, revision):
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


def new_edit(*, revision, action, position, texts, user, offset=None, reapplied_from=None, applied=True):
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


def _rescore(statement, *, speaker):
    """A statement whose words an edit changed, scored again; it keeps the sentence's speaker
    (the parts of a split sentence were said by whoever said the whole)."""
    language = Briefing.objects.filter(pk=statement.briefing_id).values_list("language", flat=True).first()
    score = score_statement(statement.text, language=language or "en", attributed=bool(speaker))
    statement.check_worthiness, statement.check_worthiness_reasons = score.value, score.reasons
    statement.speaker = speaker
    return ["check_worthiness", "check_worthiness_reasons", "speaker"]


def split_at(statement, *, offset, user, revision, reapplied_from=None):
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
    second = Statement(
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
    _rescore(second, speaker=statement.speaker)
    second.save(force_insert=True)
    Statement.objects.filter(lead_in=statement).update(lead_in=second)  # a list follows the second part
    statement.text, statement.end = left, statement.start + len(left)
    statement.save(update_fields=["text", "end", *_rescore(statement, speaker=statement.speaker)])
    edit = new_edit(
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


def merge_next(statement, *, user, revision, reapplied_from=None):
    following = _next_of(statement)
    _freeze_labels(revision)
    statement.refresh_from_db(fields=["label"])
    following.refresh_from_db(fields=["label"])
    texts = [statement.text, following.text]
    statement.end = following.end
    statement.text = revision.text[statement.start : statement.end]
    statement.aliases = [*statement.aliases, following.label, *following.aliases]
    rescored = _rescore(statement, speaker=statement.speaker or following.speaker)
    statement.save(update_fields=["end", "text", "aliases", *rescored])
    Statement.objects.filter(lead_in=following).update(lead_in=statement)
    edit = new_edit(
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


def set_hidden(statement, *, hidden, user, revision, reapplied_from=None):
    if statement.hidden == hidden:
        state = "hidden already" if hidden else "not hidden"
        raise EditRefused(f"Statement {statement.position} is {state}.")
    statement.hidden = hidden
    statement.save(update_fields=["hidden"])
    edit = new_edit(
        revision=revision,
        action=Action.HIDE if hidden else Action.UNHIDE,
        position=statement.position,
        texts=[statement.text],
        user=user,
        reapplied_from=reapplied_from,
    )
    return _announce(edit, statements=[statement], user=user)


def retitle(section, *, heading, user, revision, reapplied_from=None):
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
    edit = new_edit(
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
