"""A page's times (factcheck.api.published.times_of_a_page) are written as DRF's DateTimeField
writes them, each instant once and then as it was written."""

import datetime

from django.utils import timezone

from factcheck.api.published import DATETIME, times_of_a_page

UTC, PARIS = datetime.UTC, datetime.timezone(datetime.timedelta(hours=1))
NOON = datetime.datetime(2026, 12, 6, 12, 0, 0, 250000, tzinfo=UTC)


def test_repeated_and_equal_instants_are_written_as_drf_writes_each(settings):
    settings.TIME_ZONE = "Europe/Paris"
    later = NOON + datetime.timedelta(seconds=1)
    times = [later, NOON, NOON, NOON.astimezone(PARIS), later, NOON.replace(tzinfo=None)]

    with timezone.override("Europe/Paris"):
        iso = times_of_a_page()
        assert [iso(value) for value in times] == [DATETIME.to_representation(value) for value in times]
