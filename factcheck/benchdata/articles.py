"""Bench briefings stored the way the importer stores them: a briefing with its revision 1 as the
current one, sections, and statements whose offsets point into the normalised text. Rows go in
by the batch (statements through one prepared INSERT, like briefings.importers.storing), so a
hundred thousand statements take seconds, not the minutes the importer's parsing would."""

import hashlib
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone

from briefings.checkworthiness import assess
from briefings.importers.storing import STATEMENT_FIELDS
from briefings.models import Briefing, Revision, Section, Statement

from . import sentences

BATCH = 500
SENTENCES_PER_SECTION = 40


@dataclass
class Plan:
    """One briefing to make: its slug, title, status and number of statements."""

    slug: str
    title: str
    status: str
    statements: int
    verdict_every: int = 0  # the bench articles: a published verdict on every n-th statement
    text: str = ""
    sections: list = field(default_factory=list)  # (position, heading)
    rows: list = field(default_factory=list)  # (section, position, paragraph, quoted, text, start, end)


def write(plan, rng):
    """Fill in `plan`'s text, sections and statement rows: paragraphs of one to six sentences,
    a heading every forty sentences, now and then a quoted paragraph."""
    parts, offset = [plan.title, "\n\n"], len(plan.title) + 2
    position = paragraph = 0
    while position < plan.statements:
        if position % SENTENCES_PER_SECTION == 0:
            number = len(plan.sections) + 1
            title = "" if number == 1 else sentences.heading(rng, number)
            plan.sections.append((number, title))
            if title:
                parts += [title, "\n\n"]
                offset += len(title) + 2
        paragraph += 1
        quoted = rng.random() < 0.05
        for index in range(min(rng.randint(1, 6), plan.statements - position)):
            if index:
                parts.append(" ")
                offset += 1
            text = sentences.sentence(rng)
            position += 1
            plan.rows.append(
                (len(plan.sections), position, paragraph, quoted, text, offset, offset + len(text))
            )
            parts.append(text)
            offset += len(text)
        parts.append("\n\n")
        offset += 2
    plan.text = "".join(parts)


def _briefing(plan, rng, editor):
    checksum = hashlib.sha256(plan.text.encode()).hexdigest()
    withdrawn = plan.status == Briefing.Status.WITHDRAWN
    return Briefing(
        title=plan.title,
        slug=plan.slug,
        outlet=rng.choice(("The Daily Ledger", "Radio Norte", "Regional Post", "Evening Herald")),
        byline=rng.choice(sentences.NAMES),
        published_on=timezone.localdate() - timezone.timedelta(days=rng.randint(0, 365)),
        original=plan.text,
        original_format=Briefing.Format.TEXT,
        checksum=checksum,
        text=plan.text,
        status=plan.status,
        withdrawn_at=timezone.now() if withdrawn else None,
        withdrawal_reason="Taken down at the outlet's request." if withdrawn else "",
        withdrawn_title=plan.title if withdrawn else "",
        language="en",
        imported_by=editor,
    )


def _revision(briefing, editor):
    return Revision(
        briefing=briefing,
        number=1,
        title=briefing.title,
        original=briefing.original,
        original_format=briefing.original_format,
        checksum=briefing.checksum,
        text=briefing.text,
        imported_by=editor,
    )


def insert(model, fields, rows):
    """All `rows` (tuples of `fields`' values, ready for the database) through one prepared INSERT."""
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(name).column) for name in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)


def _store_briefings(plans, rng, editor):
    briefings = Briefing.objects.bulk_create(
        [_briefing(plan, rng, editor) for plan in plans], batch_size=BATCH
    )
    revisions = Revision.objects.bulk_create([_revision(b, editor) for b in briefings], batch_size=BATCH)
    table = connection.ops.quote_name(Briefing._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET current_revision_id = %s WHERE id = %s",
            [(revision.pk, briefing.pk) for briefing, revision in zip(briefings, revisions, strict=True)],
        )
    return briefings, revisions


def _assessed(plan):
    """Each statement's (check-worthiness, reasons, speaker) as the importer stores them, so the
    desk's and the API's bench pages read scored statements."""
    reasons = Statement._meta.get_field("check_worthiness_reasons")
    found = assess([row[4] for row in plan.rows])
    return [
        (item.check_worthiness, reasons.get_db_prep_value(item.reasons, connection), item.speaker)
        for item in found
    ]


def store(plans, rng, editor):
    """Store every plan; returns {slug: [(statement id, position, text), …] in order}."""
    briefings, revisions = _store_briefings(plans, rng, editor)
    Section.objects.bulk_create(
        [
            Section(briefing=briefing, revision=revision, position=position, heading=heading)
            for plan, briefing, revision in zip(plans, briefings, revisions, strict=True)
            for position, heading in plan.sections
        ],
        batch_size=BATCH,
    )
    section_ids = {
        (revision, position): pk
        for revision, position, pk in Section.objects.filter(revision__in=revisions).values_list(
            "revision_id", "position", "id"
        )
    }
    aliases = Statement._meta.get_field("aliases").get_db_prep_value([], connection)
    insert(
        Statement,
        STATEMENT_FIELDS,
        [
            (
                b.pk,
                r.pk,
                section_ids[r.pk, row[0]],
                *row[1:3],
                "sentence",
                *row[3:],
                "",
                aliases,
                False,
                *found,
            )
            for plan, b, r in zip(plans, briefings, revisions, strict=True)
            for row, found in zip(plan.rows, _assessed(plan), strict=True)
        ],
    )
    by_revision = {revision.pk: plan.slug for plan, revision in zip(plans, revisions, strict=True)}
    stored = {plan.slug: [] for plan in plans}
    rows = Statement.objects.filter(revision__in=revisions).order_by("revision_id", "position")
    for revision, pk, position, text in rows.values_list("revision_id", "id", "position", "text"):
        stored[by_revision[revision]].append((pk, position, text))
    return briefings, stored
