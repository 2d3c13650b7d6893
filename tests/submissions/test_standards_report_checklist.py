"""The standards report's checklist section: verdicts published with an item overridden or missing."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from factcheck.models import ClaimVersion
from factcheck.standards_report import standards_report

from ..factories import make_public_claim

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 20)
PASSED = {"state": "passed"}
EVERY_ITEM = ("source", "rationale", "claimant", "right_of_reply", "short_form")


def published_with(checklist, *, on=TODAY):
    claim = make_public_claim()
    moment = timezone.make_aware(datetime.datetime.combine(on, datetime.time(12)))
    ClaimVersion.objects.filter(claim=claim).update(checklist=checklist, published_at=moment)
    return claim


def passed_but(**items):
    return {name: items.get(name, PASSED) for name in EVERY_ITEM}


def rows():
    report = standards_report(since=TODAY - datetime.timedelta(days=7), until=TODAY)
    return next(section for section in report.sections if section.key == "checklist").rows


def test_it_lists_a_verdict_with_an_overridden_item_and_says_who_and_why():
    override = {"state": "overridden", "reason": "The claimant has no public contact.", "by": "Edna Editor"}
    published_with(passed_but(right_of_reply=override))
    [row] = rows()
    assert (
        "Right of reply answered: overridden by Edna Editor (The claimant has no public contact.)"
        in row.cells[2]
    )


def test_it_lists_a_verdict_with_an_item_missing():
    published_with(passed_but(short_form={"state": "missing"}))
    [row] = rows()
    assert row.cells[2] == "A short form of at most 75 characters: missing"


def test_it_leaves_out_a_verdict_that_passed_every_item():
    published_with(passed_but())
    assert rows() == []


def test_it_lists_a_verdict_published_before_the_checklist_existed():
    published_with({})
    [row] = rows()
    assert row.cells[2] == "no checklist recorded (published before it existed)"


def test_it_leaves_out_a_verdict_published_before_the_period():
    published_with(passed_but(source={"state": "missing"}), on=TODAY - datetime.timedelta(days=30))
    assert rows() == []


def test_its_totals_count_overrides_and_missing_items_apart():
    published_with(passed_but(source={"state": "overridden", "reason": "Archived print source.", "by": "E"}))
    published_with(passed_but(claimant={"state": "missing"}))
    report = standards_report(since=TODAY - datetime.timedelta(days=7), until=TODAY)
    totals = dict(next(section for section in report.sections if section.key == "checklist").totals)
    assert (totals["Verdicts"], totals["With an override"], totals["With an item missing"]) == (2, 1, 1)


def test_the_command_prints_the_section(capsys):
    published_with(passed_but(rationale={"state": "missing"}))
    call_command("standards_report", "--since", "2026-11-13", "--until", "2026-11-20")
    out = capsys.readouterr().out
    assert "Verdicts published with checklist items overridden or missing" in out
    assert "A rationale long enough to follow: missing" in out
