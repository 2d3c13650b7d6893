"""A correction's printed date reads like every other date on the claim page: no leading zero,
the day in the site's time zone."""

import datetime

from django.utils import timezone

from factcheck.models.history import correction_note


def test_a_correction_date_has_no_leading_zero():
    at = datetime.datetime(2026, 12, 7, 12, tzinfo=datetime.UTC)
    assert (
        correction_note("False", "Misleading", at, "Why.")
        == "Rating changed from False to Misleading on 7 December 2026: Why."
    )


def test_a_correction_date_is_the_day_in_the_site_time_zone(settings):
    settings.TIME_ZONE = "America/New_York"
    with timezone.override("America/New_York"):
        at = datetime.datetime(2026, 12, 8, 2, tzinfo=datetime.UTC)  # still 7 December in New York
        assert "on 7 December 2026:" in correction_note("False", "Misleading", at, "Why.")
