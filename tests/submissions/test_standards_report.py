"""The standards report's service: each section, and the period's bounds."""

import datetime

import pytest
from django.utils import timezone

from factcheck.models import ClaimEvent, ClaimVersion, Rating
from factcheck.standards_report import Period, duration_text, standards_report

from ..factories import make_public_claim, make_user, republish
from .conftest import make_submission

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 20)


def at(day, hour=12):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def section(report, key):
    return next(s for s in report.sections if s.key == key)


def totals(report, key):
    return dict(section(report, key).totals)


@pytest.fixture
def editors(db):
    return make_user("editor", "Editor"), make_user("editor2", "Editor")


def corrected_claim(editors, *, first_on, started_on, corrected_on, change="rating"):
    """A claim published on `first_on`, changed on `started_on` and republished on `corrected_on`."""
    claim = make_public_claim()
    ClaimVersion.objects.filter(claim=claim).update(published_at=at(first_on))
    claim.refresh_from_db()
    if change == "rating":
        claim.rating = Rating.objects.get(slug="false")
    elif change == "rationale":
        claim.rationale = (
            "The figures were revised to 120 ships: the ministry corrected its own count, and the"
        )
        claim.rationale += " later count is the one its annual report prints."
    republish(claim, editor=editors[0], second_editor=editors[1], comment="Figures revised.")
    ClaimEvent.objects.filter(claim=claim, action="edited").update(created_at=at(started_on))
    ClaimEvent.objects.filter(claim=claim).exclude(action="edited").update(created_at=at(corrected_on, 13))
    ClaimVersion.objects.filter(claim=claim, number=2).update(published_at=at(corrected_on))
    return claim


def test_the_default_period_is_the_last_30_days(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda: TODAY)
    report = standards_report()
    assert (report.period.since, report.period.until) == (datetime.date(2026, 10, 21), TODAY)


def test_a_period_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValueError, match="starts"):
        standards_report(since=TODAY, until=TODAY - datetime.timedelta(days=1))


def test_a_period_includes_its_first_and_last_day_whole():
    period = Period(since=TODAY, until=TODAY)
    assert period.end - period.start == datetime.timedelta(days=1)


def test_a_correction_of_the_rating_is_listed_with_its_delay_from_when_it_was_started(editors):
    corrected_claim(
        editors,
        first_on=TODAY - datetime.timedelta(days=10),
        started_on=TODAY - datetime.timedelta(days=3),
        corrected_on=TODAY,
    )
    report = standards_report(since=TODAY - datetime.timedelta(days=5), until=TODAY)
    rows = section(report, "corrections").rows
    assert len(rows) == 1
    assert "rating Accurate → False" in rows[0].cells[2]
    assert rows[0].cells[4] == "3 days"


def test_a_change_of_rationale_is_a_correction_too(editors):
    corrected_claim(
        editors,
        first_on=TODAY - datetime.timedelta(days=10),
        started_on=TODAY - datetime.timedelta(days=1),
        corrected_on=TODAY,
        change="rationale",
    )
    report = standards_report(since=TODAY, until=TODAY)
    assert section(report, "corrections").rows[0].cells[2] == "rationale"


def test_without_a_recorded_start_the_delay_runs_from_the_earlier_publication(editors):
    claim = corrected_claim(
        editors, first_on=TODAY - datetime.timedelta(days=4), started_on=TODAY, corrected_on=TODAY
    )
    ClaimEvent.objects.filter(claim=claim).update(created_at=at(TODAY, 14))  # everything after it
    report = standards_report(since=TODAY, until=TODAY)
    assert section(report, "corrections").rows[0].cells[4] == "4 days"


def test_a_first_publication_is_not_a_correction(editors):
    claim = make_public_claim()
    ClaimVersion.objects.filter(claim=claim).update(published_at=at(TODAY))
    assert totals(standards_report(since=TODAY, until=TODAY), "corrections")["Corrections"] == 0


def test_a_correction_outside_the_period_is_left_out(editors):
    corrected_claim(
        editors,
        first_on=TODAY - datetime.timedelta(days=10),
        started_on=TODAY - datetime.timedelta(days=9),
        corrected_on=TODAY - datetime.timedelta(days=8),
    )
    assert (
        totals(standards_report(since=TODAY - datetime.timedelta(days=7), until=TODAY), "corrections")[
            "Corrections"
        ]
        == 0
    )


def test_a_correction_on_the_last_day_of_the_period_is_in_it(editors):
    corrected_claim(
        editors,
        first_on=TODAY - datetime.timedelta(days=10),
        started_on=TODAY - datetime.timedelta(days=9),
        corrected_on=TODAY,
    )
    report = standards_report(since=TODAY - datetime.timedelta(days=1), until=TODAY)
    assert totals(report, "corrections")["Corrections"] == 1


def test_the_corrections_median_delay(editors):
    corrected_claim(
        editors,
        first_on=TODAY - datetime.timedelta(days=10),
        started_on=TODAY - datetime.timedelta(days=2),
        corrected_on=TODAY,
    )
    assert totals(standards_report(since=TODAY, until=TODAY), "corrections")["Median delay"] == "2 days"


def received(day, **fields):
    submission = make_submission(f"A claim received on {day}.", contact="r@example.org")
    submission.received_at = at(day)
    submission.save()
    for name, value in fields.items():
        setattr(submission, name, value)
    submission.save()
    return submission


def test_submissions_received_and_answered_are_counted(editors):
    received(TODAY, status="claimed", handled_at=at(TODAY, 18), handled_by=editors[0])
    received(
        TODAY,
        status="dismissed",
        handled_at=at(TODAY, 14),
        handled_by=editors[0],
        dismissal_reason="Opinion.",
    )
    received(TODAY)
    counts = totals(standards_report(since=TODAY, until=TODAY), "submissions")
    assert (counts["Received"], counts["Answered"], counts["Not answered yet"]) == (3, 2, 1)


def test_the_median_time_to_answer(editors):
    received(TODAY, status="claimed", handled_at=at(TODAY, 18))
    received(TODAY, status="dismissed", handled_at=at(TODAY, 14), dismissal_reason="Opinion.")
    assert (
        totals(standards_report(since=TODAY, until=TODAY), "submissions")["Median time to answer"]
        == "4 hours"
    )


def test_submissions_outside_the_period_are_left_out():
    received(TODAY - datetime.timedelta(days=2))
    assert totals(standards_report(since=TODAY, until=TODAY), "submissions")["Received"] == 0


def test_an_answer_in_the_period_to_an_earlier_submission_is_counted_apart():
    received(
        TODAY - datetime.timedelta(days=2), status="dismissed", handled_at=at(TODAY), dismissal_reason="Old."
    )
    counts = totals(standards_report(since=TODAY, until=TODAY), "submissions")
    assert (counts["Received"], counts["Answered in the period, whenever received"]) == (0, 1)


def test_the_list_never_shows_a_readers_address():
    received(TODAY)
    rows = section(standards_report(since=TODAY, until=TODAY), "submissions").rows
    assert "r@example.org" not in " ".join(str(cell) for row in rows for cell in row.cells)


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (datetime.timedelta(seconds=20), "less than a minute"),
        (datetime.timedelta(minutes=45), "45 minutes"),
        (datetime.timedelta(hours=1, minutes=5), "1 hour 5 minutes"),
        (datetime.timedelta(days=2, hours=3, minutes=9), "2 days 3 hours"),
        (None, "—"),
    ],
)
def test_a_delay_reads_as_words(delta, text):
    assert duration_text(delta) == text
