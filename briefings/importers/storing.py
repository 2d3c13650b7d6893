"""Store an imported document: as a new briefing (revision 1) or as the next revision of one.

Every revision keeps its own document, sections and statements; the briefing keeps a copy of
its current revision's documents so that the article and its offsets read from one row.
"""

from dataclasses import dataclass, field

from django.utils import timezone

from ..anchoring import Passage, anchor
from ..editing import reapply_edits
from ..models import Briefing, Revision, Section, Statement
from ..signals import revision_imported
from ..weblinks import web_url_or_blank


@dataclass
class Stored:
    """What a store did: the briefing, its new revision, and for a revision the anchoring and
    the receivers' one-line summaries."""

    briefing: Briefing
    revision: Revision
    anchoring: object = None
    replies: list = field(default_factory=list)


def _metadata(document):
    return {
        "title": document.title[:300],
        "outlet": document.outlet[:200],
        "byline": document.byline[:300],
        "source_url": web_url_or_blank(document.source_url[:1000]),
        "published_on": document.published_on,
        "language": document.language[:16],
    }


def _documents(outline, *, checksum, text, format, filename):
    """The document as a revision keeps it, and as the briefing keeps its current revision's."""
    return {
        "original": text,
        "original_format": format,
        "original_filename": filename[:255],
        "checksum": checksum,
        "text": outline.text,
    }


def _new_revision(briefing, outline, *, number, title, documents, imported_by):
    revision = Revision.objects.create(
        briefing=briefing,
        number=number,
        title=title,
        **documents,
        imported_by=imported_by,
        imported_at=timezone.now(),
    )
    return revision, _store_statements(briefing, revision, outline)


def _store_statements(briefing, revision, outline):
    """The revision's sections and statements, as the outline splits them; returns the
    statements in position order."""
    sections = Section.objects.bulk_create(
        Section(briefing=briefing, revision=revision, position=span.position, heading=span.heading[:300])
        for span in outline.sections
    )
    section_by_position = {section.position: section for section in sections}
    statements = Statement.objects.bulk_create(
        Statement(
            briefing=briefing,
            revision=revision,
            section=section_by_position[span.section],
            position=span.position,
            paragraph=span.paragraph,
            kind=span.kind,
            quoted=span.quoted,
            text=span.text,
            start=span.start,
            end=span.end,
        )
        for span in outline.statements
    )
    by_position = {statement.position: statement for statement in statements}
    list_items = []
    for span in outline.statements:
        if span.lead_in:
            statement = by_position[span.position]
            statement.lead_in = by_position[span.lead_in]
            list_items.append(statement)
    Statement.objects.bulk_update(list_items, ["lead_in"])
    return sorted(statements, key=lambda statement: statement.position)


def store_briefing(document, outline, *, slug, checksum, text, format, filename, imported_by):
    """A new briefing from the document, as its revision 1."""
    documents = _documents(outline, checksum=checksum, text=text, format=format, filename=filename)
    briefing = Briefing.objects.create(**_metadata(document), slug=slug, **documents, imported_by=imported_by)
    revision, _ = _new_revision(
        briefing, outline, number=1, title=briefing.title, documents=documents, imported_by=imported_by
    )
    briefing.current_revision = revision
    briefing.save(update_fields=["current_revision"])
    return Stored(briefing, revision)


def passages(statements):
    """What the matcher compares of each statement."""
    return [
        Passage(
            text=statement.text,
            section=statement.section.heading,
            paragraph=statement.paragraph,
            kind=statement.kind,
        )
        for statement in statements
    ]


def store_revision(
    briefing, document, outline, *, checksum, text, format, filename, imported_by, titled=True
):
    """The document as `briefing`'s next revision (the caller holds the briefing's row lock):
    store it, match its statements to the previous revision's, make it current, and let the
    receivers of `revision_imported` carry along what points at the old statements."""
    previous = briefing.current_revision
    old_statements = list(previous.statements.select_related("section").order_by("position"))
    metadata = {key: value for key, value in _metadata(document).items() if value}
    if not titled:
        metadata.pop("title", None)
    documents = _documents(outline, checksum=checksum, text=text, format=format, filename=filename)
    revision, new_statements = _new_revision(
        briefing,
        outline,
        number=previous.number + 1,
        title=metadata.get("title", briefing.title),
        documents=documents,
        imported_by=imported_by,
    )
    anchoring = anchor(passages(old_statements), passages(new_statements))
    revision.summary = anchoring.counts()
    revision.save(update_fields=["summary"])
    for name, value in {**metadata, **documents, "current_revision": revision}.items():
        setattr(briefing, name, value)
    briefing.save()
    replies = revision_imported.send(
        sender=Briefing,
        briefing=briefing,
        previous=previous,
        revision=revision,
        anchoring=anchoring,
        old_statements=old_statements,
        new_statements=new_statements,
        user=imported_by,
    )
    replies = [reply for _, reply in replies if reply]
    done, missed = reapply_edits(previous=previous, revision=revision)
    if done or missed:
        revision.summary["corrections"] = {"reapplied": done, "not_reapplied": missed}
        revision.save(update_fields=["summary"])
        replies.append(f"corrections of the split: {done} re-applied, {missed} not found")
    return Stored(briefing, revision, anchoring, replies)
