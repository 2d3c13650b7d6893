"""The "Where it was said" paragraph of a claim's page: the statement's paragraph as readers see
it, with the wording the verdict checked marked.

An editor's split or merge changes which statements hold a sentence, not its words. So the mark
is found by wording (the version's `statement_text`) in the paragraph's shown statements joined
with single spaces, whitespace collapsed, rather than as one statement: a published verdict's page
reads the same before and after the split, the merge, or an edit of a neighbour. Where a new
revision reworded the statement (the claim's anchor is `changed`), or the wording is not there any
more, the claim's statement is marked instead.
"""

from dataclasses import dataclass

from django.db.models import Q

from briefings.models import Statement


@dataclass(frozen=True)
class InContext:
    before: str
    marked: str
    after: str
    place: str  # the address of the statement where the mark begins


def _collapsed(text):
    return " ".join(text.split())


def _spans(statements):
    """The paragraph's text and where each statement's text lies in it: (start, end, statement)."""
    spans, start = [], 0
    for statement in statements:
        text = _collapsed(statement.text)
        spans.append((start, start + len(text), statement))
        start += len(text) + 1
    return " ".join(_collapsed(statement.text) for statement in statements), spans


def _find(paragraph, wording, own):
    """Where `wording` starts in `paragraph`: the occurrence that overlaps the claim's own
    statement (span `own`) if any, else the first; None when it is not there."""
    found, start = [], paragraph.find(wording) if wording else -1
    while start != -1:
        found.append(start)
        start = paragraph.find(wording, start + 1)
    overlapping = [start for start in found if start < own[1] and start + len(wording) > own[0]]
    return (overlapping or found or [None])[0]


#: What the paragraph's statements are read for: their words and their anchors.
_READ = ("pk", "text", "label", "position")


def in_context(statement, checked):
    """`statement`'s paragraph with `checked` (the wording a version checked) marked, or with
    `statement` marked when `checked` is None or not there; the paragraph is the statements
    readers see, and `statement` itself whatever it is."""
    statements = list(
        Statement.objects.filter(revision_id=statement.revision_id, paragraph=statement.paragraph)
        .filter(Q(hidden=False) | Q(pk=statement.pk))
        .only(*_READ)
        .order_by("position")
    )
    paragraph, spans = _spans(statements)
    own = next(span for span in spans if span[2].pk == statement.pk)
    wording = _collapsed(checked or "")
    start = _find(paragraph, wording, own)
    start, end = (own[0], own[1]) if start is None else (start, start + len(wording))
    first = next((span[2] for span in spans if span[0] <= start < span[1]), statement)
    page = statement.get_absolute_url().partition("#")[0]
    return InContext(paragraph[:start], paragraph[start:end], paragraph[end:], f"{page}#{first.anchor}")
