"""The compliance report editors owe readers under the IFCN and EFCSN codes, for a period: a list
of sections, each built by one function from the period, so that another section is a function
and a line in SECTIONS.

Dates are the newsroom's (settings.TIME_ZONE); a period runs from the start of `since` to the end
of `until`, both included.

What counts as a correction: a published version after the first whose rating differs from the
version before it (a `Correction` was printed) or whose wording, short form, claimant or
rationale changed; a re-publication that only refreshes its sources' or rating's details is not
one. Its delay runs from when the correction was started to its publication. Started is the first
thing recorded on the claim after the earlier version went out (the edit that sent the published
verdict back to review, a reopening, an assignment): that is when the desk began to act on it.
Where nothing was recorded between the two publications, the earlier version's publication is
the start, the longest the error can have stood. When a reader or a source first pointed out the
error is not recorded anywhere, so no earlier start can be known.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone

from . import checklist
from .models import ClaimEvent, ClaimVersion, Correction, Submission, SubmissionStatus

DEFAULT_DAYS = 30
CHANGED_CONTENT = ("text", "short_text", "claimant", "rationale")


@dataclass(frozen=True)
class Period:
    since: datetime.date
    until: datetime.date

    @classmethod
    def ending(cls, until=None, *, since=None, days=DEFAULT_DAYS):
        """The period the report covers: up to `until` (today), from `since` (`days` before)."""
        until = until or timezone.localdate()
        return cls(since=since or until - datetime.timedelta(days=days), until=until)

    @property
    def start(self):
        return timezone.make_aware(datetime.datetime.combine(self.since, datetime.time.min))

    @property
    def end(self):
        """The first moment after the period."""
        next_day = self.until + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(next_day, datetime.time.min))

    def __str__(self):
        return f"{self.since:%-d %B %Y} to {self.until:%-d %B %Y}"


@dataclass
class Row:
    cells: list
    url: str = ""  # where the row's subject is on the desk


@dataclass
class Section:
    key: str
    title: str
    explanation: str
    columns: list
    rows: list = field(default_factory=list)
    totals: list = field(default_factory=list)  # (label, value) pairs
    empty: str = "Nothing in this period."


@dataclass
class Report:
    period: Period
    sections: list


def duration_text(delta):
    """A delay as an editor reads it: "3 days 4 hours", "45 minutes"."""
    if delta is None:
        return "—"
    minutes = max(0, int(delta.total_seconds() // 60))
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [(days, "day"), (hours, "hour")] if days else [(hours, "hour"), (minutes, "minute")]
    words = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in parts if n]
    return " ".join(words) or "less than a minute"


def _median(deltas):
    return statistics.median(deltas) if deltas else None


def _local(moment):
    return f"{timezone.localtime(moment):%-d %b %Y, %H:%M}" if moment else "—"


# --- the pre-publication checklist ----------------------------------------------------------


def _version_row(version, *cells):
    """A published version's row: when, which claim (linked to its desk page), then `cells`."""
    return Row(
        [_local(version.published_at), f"{version.text[:80]} (version {version.number})", *cells],
        url=reverse("admin:factcheck_claim_change", args=[version.claim_id]),
    )


def _checklist_exceptions(record):
    """What a version's checklist record (CHECKLIST_FORMAT) shows a reader did not get as the
    checklist asks: each item overridden (with why) or missing, in the checklist's order."""
    if not record:
        return ["no checklist recorded (published before it existed)"]
    found = []
    for item in checklist.ITEMS:
        entry = record.get(item.name, {"state": checklist.MISSING})
        if entry["state"] == checklist.OVERRIDDEN:
            found.append(
                f"{item.label}: overridden by {entry.get('by') or 'an editor'} ({entry.get('reason', '')})"
            )
        elif entry["state"] == checklist.MISSING:
            found.append(f"{item.label}: missing")
    return found


def checklist_exceptions(period):
    """Verdicts published in the period with a checklist item an editor overrode, or one that was
    missing because the newsroom had switched it off (FACTDESK_PUBLISH_CHECKLIST)."""
    published = (
        ClaimVersion.objects.filter(published_at__gte=period.start, published_at__lt=period.end)
        .only("claim_id", "number", "text", "published_at", "checklist")
        .order_by("published_at", "id")
    )
    rows, overridden, missing = [], 0, 0
    for version in published.iterator():
        exceptions = _checklist_exceptions(version.checklist)
        if not exceptions:
            continue
        states = {entry.get("state") for entry in (version.checklist or {}).values()}
        overridden += checklist.OVERRIDDEN in states
        missing += checklist.MISSING in states or not version.checklist
        rows.append(_version_row(version, "; ".join(exceptions)))
    return Section(
        key="checklist",
        title="Verdicts published with checklist items overridden or missing",
        explanation=(
            "Published versions whose pre-publication checklist was not passed in full: an item an "
            "editor overrode (with their reason), or one missing because it was switched off."
        ),
        columns=["Published", "Claim", "Overridden or missing"],
        rows=rows,
        totals=[("Verdicts", len(rows)), ("With an override", overridden), ("With an item missing", missing)],
    )


# --- corrections ---------------------------------------------------------------------------


def _versions_published_in(period):
    """Versions after the first published in the period, with what the version before them said
    and when the desk first acted after it: one query."""
    # Unordered: one version matches, and ClaimVersion's ordering would join the claim, its
    # statement and briefing into every one of these sliced subqueries, unaliased.
    before = ClaimVersion.objects.filter(
        claim_id=OuterRef("claim_id"), number=OuterRef("number") - 1
    ).order_by()
    first_step = ClaimEvent.objects.filter(
        claim_id=OuterRef("claim_id"),
        created_at__gt=OuterRef("previous_published_at"),
        created_at__lte=OuterRef("published_at"),
    ).order_by("created_at", "id")
    return (
        ClaimVersion.objects.filter(number__gt=1, published_at__gte=period.start, published_at__lt=period.end)
        .annotate(
            previous_published_at=Subquery(before.values("published_at")[:1]),
            previous_rating=Subquery(before.values("scale_rating_id")[:1]),
            previous_rating_name=Subquery(before.values("rating_name")[:1]),
            **{f"previous_{name}": Subquery(before.values(name)[:1]) for name in CHANGED_CONTENT},
            started_at=Subquery(first_step.values("created_at")[:1]),
            rating_corrected=Exists(Correction.objects.filter(version=OuterRef("pk"))),
        )
        .order_by("published_at", "id")
    )


def _is_correction(version):
    return (
        version.rating_corrected
        or version.previous_rating != version.scale_rating_id
        or any(getattr(version, f"previous_{name}") != getattr(version, name) for name in CHANGED_CONTENT)
    )


def _what_changed(version):
    changed = []
    if version.rating_corrected or version.previous_rating != version.scale_rating_id:
        changed.append(f"rating {version.previous_rating_name} → {version.rating_name}")
    changed += [
        name.replace("_", " ")
        for name in CHANGED_CONTENT
        if getattr(version, f"previous_{name}") != getattr(version, name)
    ]
    return ", ".join(changed)


def corrections(period):
    """Corrections published in the period and how long each took (see the module's docstring)."""
    found = [version for version in _versions_published_in(period) if _is_correction(version)]
    delays = []
    rows = []
    for version in found:
        started = version.started_at or version.previous_published_at
        delay = version.published_at - started
        delays.append(delay)
        rows.append(_version_row(version, _what_changed(version), _local(started), duration_text(delay)))
    return Section(
        key="corrections",
        title="Corrections published",
        explanation=(
            "Published versions after the first that changed the rating, the wording, the claimant or "
            "the rationale. The delay runs from the first step the desk recorded after the earlier "
            "version went out (or, failing one, from that publication) to the correction's publication."
        ),
        columns=["Published", "Claim", "What changed", "Started", "Delay"],
        rows=rows,
        totals=[
            ("Corrections", len(rows)),
            ("Median delay", duration_text(_median(delays))),
            ("Longest delay", duration_text(max(delays) if delays else None)),
        ],
    )


# --- reader submissions --------------------------------------------------------------------


def _answer(submission):
    if submission.status == SubmissionStatus.CLAIMED:
        return f"made claim {submission.claim_id}" if submission.claim_id else "made a claim"
    if submission.status == SubmissionStatus.DISMISSED:
        return f"dismissed: {submission.dismissal_reason[:60]}"
    return "not answered yet"


def submissions(period):
    """Reader submissions received in the period, how many were answered (made a claim of or
    dismissed) and how fast. Never a reader's contact address."""
    received = list(
        Submission.objects.filter(received_at__gte=period.start, received_at__lt=period.end)
        .only("text", "received_at", "status", "claim_id", "handled_at", "dismissal_reason")
        .order_by("received_at", "id")
    )
    waits = [s.handled_at - s.received_at for s in received if s.handled_at]
    answered_in_period = Submission.objects.filter(handled_at__gte=period.start, handled_at__lt=period.end)
    rows = [
        Row(
            [
                _local(s.received_at),
                str(s),
                _answer(s),
                duration_text(s.handled_at - s.received_at) if s.handled_at else "—",
            ],
            url=reverse("admin:factcheck_submission_change", args=[s.pk]),
        )
        for s in received
    ]
    return Section(
        key="submissions",
        title="Reader submissions",
        explanation=(
            "Claims readers proposed through “Submit a claim”, received in the period; answered means "
            "an editor made a claim of it or dismissed it."
        ),
        columns=["Received", "Proposed claim", "Answer", "Answered after"],
        rows=rows,
        totals=[
            ("Received", len(received)),
            ("Answered", len(waits)),
            ("Not answered yet", len(received) - len(waits)),
            ("Answered in the period, whenever received", answered_in_period.count()),
            ("Median time to answer", duration_text(_median(waits))),
        ],
    )


# The report's sections, in order. Another is a function from a Period to a Section, added here.
SECTIONS = [checklist_exceptions, corrections, submissions]


def standards_report(*, since=None, until=None):
    """The report for the period from `since` to `until` (dates, both included; by default the
    last DEFAULT_DAYS days to today). Raises ValueError when `since` comes after `until`."""
    period = Period.ending(until, since=since)
    if period.since > period.until:
        raise ValueError(f"The period starts ({period.since}) after it ends ({period.until}).")
    return Report(period=period, sections=[section(period) for section in SECTIONS])


def as_text(report):
    """The report as plain text, for the command and for mail."""
    lines = [f"Standards report: {report.period}", ""]
    for section in report.sections:
        lines += [section.title, "=" * len(section.title), section.explanation, ""]
        lines += [f"{label}: {value}" for label, value in section.totals]
        lines.append("")
        if not section.rows:
            lines += [section.empty, ""]
            continue
        for row in section.rows:
            lines.append(" | ".join(str(cell) for cell in row.cells))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
