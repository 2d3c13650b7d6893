"""Store an imported document: as a new briefing (revision 1) or as the next revision of one.

Every revision keeps its own document, sections and statements; the briefing keeps a copy of
its current revision's documents so that the article and its offsets read from one row.
"""

import json
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone

from ..anchoring import Passage, anchor
from ..bidi import without_unbalanced
from ..checkworthiness import assess
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


STATEMENT_FIELDS = (
    "briefing", "revision", "section", "position", "paragraph", "kind", "quoted", "text", "start", "end",
    "label", "aliases", "hidden", "check_worthiness", "check_worthiness_reasons", "speaker",
)  # fmt: skip


def _as_json(field, value):
    """A JSON column's value as its text, whatever the database: SQLite's adapter makes the same
    text, and COPY reads it into PostgreSQL's jsonb (PostgreSQL's adapter, a wrapper, would be
    encoded again for every row)."""
    return json.dumps(field.get_prep_value(value), cls=field.encoder)


def _as_imported():
    """The columns every imported statement starts with (no anchor label, no aliases, shown), as
    the database takes them: a raw INSERT gets no model defaults."""
    return ("", _as_json(Statement._meta.get_field("aliases"), []), False)


def briefing_metadata(document):
    """The briefing's fields a document gives, as stored (cut to their columns' lengths)."""
    return {
        "title": without_unbalanced(document.title[:300]),
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
    _store_statements(briefing, revision, outline)
    return revision


def _insert(model, fields, rows):
    """All `rows` (tuples of `fields`' values, ready for the database) in one prepared INSERT.
    `bulk_create` spent about 300 ms of Python on a 5,000-statement article building a model
    and preparing every field of every row; these rows hold only text, numbers and ids."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(name).column) for name in fields)
    if connection.vendor == "postgresql":
        _copy(table, columns, rows)
        return
    placeholders = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)


def _copy(table, columns, rows):
    """PostgreSQL: the rows through COPY, one stream. An `executemany` of 5,000 rows had psycopg
    write every row into a statement of its own (Django binds parameters on the client): about
    half of an import's time, against a tenth for COPY."""
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _link_lead_ins(revision, outline):
    """Point each list item at the sentence introducing its list, both found by position (the
    revision's positions are unique and indexed), in one prepared UPDATE."""
    pairs = [(span.lead_in, span.position) for span in outline.statements if span.lead_in]
    if not pairs:
        return
    table = connection.ops.quote_name(Statement._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET lead_in_id = (SELECT id FROM {table} WHERE revision_id = %s AND position = %s) "
            "WHERE revision_id = %s AND position = %s",
            [(revision.pk, lead_in, revision.pk, position) for lead_in, position in pairs],
        )


def _assessed(briefing, outline):
    """Each statement's check-worthiness, its reasons (as the database takes a JSON list) and its
    speaker, read in the article's language: the import returns with every statement scored."""
    field = Statement._meta.get_field("check_worthiness_reasons")
    found = assess([span.text for span in outline.statements], language=briefing.language or "en")
    prepared = {}  # an article repeats a few dozen lists of reasons: each is encoded once
    rows = []
    for item in found:
        key = tuple(item.reasons)
        if key not in prepared:
            prepared[key] = _as_json(field, item.reasons)
        rows.append((item.check_worthiness, prepared[key], item.speaker))
    return rows


def _store_statements(briefing, revision, outline):
    """The revision's sections and statements, as the outline splits them, scored."""
    _insert(
        Section,
        ("briefing", "revision", "position", "heading"),
        [(briefing.pk, revision.pk, span.position, span.heading[:300]) for span in outline.sections],
    )
    section_ids = dict(revision.sections.values_list("position", "id"))
    imported = _as_imported()
    assessed = _assessed(briefing, outline)
    _insert(
        Statement,
        STATEMENT_FIELDS,
        [
            (
                briefing.pk,
                revision.pk,
                section_ids[span.section],
                span.position,
                span.paragraph,
                span.kind,
                span.quoted,
                span.text,
                span.start,
                span.end,
                *imported,
                *assessment,
            )
            for span, assessment in zip(outline.statements, assessed, strict=True)
        ],
    )
    _link_lead_ins(revision, outline)


def store_briefing(document, outline, *, slug, checksum, text, format, filename, imported_by):
    """A new briefing from the document, as its revision 1."""
    documents = _documents(outline, checksum=checksum, text=text, format=format, filename=filename)
    briefing = Briefing.objects.create(
        **briefing_metadata(document), slug=slug, **documents, imported_by=imported_by
    )
    revision = _new_revision(
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
    metadata = {key: value for key, value in briefing_metadata(document).items() if value}
    if not titled:
        metadata.pop("title", None)
    documents = _documents(outline, checksum=checksum, text=text, format=format, filename=filename)
    revision = _new_revision(
        briefing,
        outline,
        number=previous.number + 1,
        title=metadata.get("title", briefing.title),
        documents=documents,
        imported_by=imported_by,
    )
    new_statements = list(revision.statements.select_related("section").order_by("position"))
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
