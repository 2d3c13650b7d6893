"""`manage.py standards_report [--since DATE] [--until DATE]`."""

import datetime
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from .conftest import make_submission

pytestmark = pytest.mark.django_db


def report(*args):
    out = StringIO()
    call_command("standards_report", *args, stdout=out)
    return out.getvalue()


def test_it_prints_both_sections():
    text = report()
    assert "Corrections published" in text
    assert "Reader submissions" in text


def test_by_default_it_covers_the_last_30_days():
    today = timezone.localdate()
    since = today - datetime.timedelta(days=30)
    assert f"Standards report: {since:%-d %B %Y} to {today:%-d %B %Y}" in report()


def test_the_flags_set_the_period():
    text = report("--since", "2026-01-01", "--until", "2026-01-31")
    assert "Standards report: 1 January 2026 to 31 January 2026" in text


def test_it_lists_the_submissions_of_the_period():
    make_submission("The bridge cost ten million.", contact="r@example.org")
    text = report()
    assert "The bridge cost ten million." in text
    assert "Received: 1" in text
    assert "r@example.org" not in text


def test_a_submission_outside_the_flags_period_is_left_out():
    make_submission("The bridge cost ten million.")
    assert "Received: 0" in report("--since", "2020-01-01", "--until", "2020-01-31")


@pytest.mark.parametrize("flag", ["--since", "--until"])
def test_a_bad_date_is_a_clear_error(flag):
    with pytest.raises(CommandError, match=f"{flag} takes a date as YYYY-MM-DD"):
        report(flag, "31/01/2026")


def test_a_bad_date_ending_in_a_stop_is_quoted_with_no_second_stop():
    with pytest.raises(CommandError, match=r"not “31\.01\.2026\.”$"):
        report("--since", "31.01.2026.")


def test_a_period_ending_before_it_starts_is_a_clear_error():
    with pytest.raises(CommandError, match="starts"):
        report("--since", "2026-02-01", "--until", "2026-01-01")


def test_a_bad_date_exits_non_zero(settings):
    done = subprocess.run(
        [sys.executable, str(settings.BASE_DIR / "manage.py"), "standards_report", "--since", "yesterday"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "--since takes a date as YYYY-MM-DD" in done.stderr
