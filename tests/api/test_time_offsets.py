"""A `+` sent unencoded in a query string arrives as a space (`?updated_since=2025-03-03T13:00:00+01:00`
reads `2025-03-03T13:00:00 01:00`), and answered 400. Where a space can only be the `+` of an
offset (after the seconds, before HH:MM or HHMM), every time filter now reads it as one."""

import datetime as dt

import pytest
from django.test import override_settings

from factcheck.api.filters import RFC3339DateTimeField
from factcheck.models import Claim

from .callers import API, results

TIME_FILTERS = ["updated_since", "published_after", "published_before"]
NOON_UTC = dt.datetime(2025, 3, 3, 12, tzinfo=dt.UTC)


def read(value):
    return RFC3339DateTimeField().to_python(value)


@pytest.fixture
def one_a_day(desk):
    """The public claims published and changed a day apart at noon UTC, from 1 March 2025."""
    for n, claim in enumerate(desk.public_claims):
        moment = dt.datetime(2025, 3, 1 + n, 12, tzinfo=dt.UTC)
        Claim.objects.filter(pk=claim.pk).update(published_at=moment, public_changed_at=moment)
    return desk.public_claims


def raw_ids(client, query):
    """The claims listed for a query string sent exactly as written (no encoding of its `+`)."""
    return sorted(claim["id"] for claim in results(client.get(f"{API}claims/?page_size=200&{query}")))


@pytest.mark.parametrize("name", TIME_FILTERS)
def test_every_time_filter_reads_an_unencoded_plus_as_the_offsets_plus(name, one_a_day, client):
    assert raw_ids(client, f"{name}=2025-03-03T13:00:00+01:00") == raw_ids(
        client, f"{name}=2025-03-03T13:00:00%2B01:00"
    )


def test_an_unencoded_plus_selects_what_the_encoded_one_does(one_a_day, client):
    assert raw_ids(client, "updated_since=2025-03-03T13:00:00+01:00") == [one_a_day[2].pk]


def test_an_unencoded_plus_is_no_longer_refused(one_a_day, client):
    response = client.get(f"{API}claims/?updated_since=2025-03-03T13:00:00+01:00")
    assert response.status_code == 200


def test_a_space_before_an_hh_mm_offset_reads_as_a_plus():
    assert read("2025-03-03T13:00:00 01:00") == NOON_UTC


def test_a_space_before_an_hhmm_offset_reads_as_a_plus():
    assert read("2025-03-03T13:00:00 0100") == NOON_UTC


def test_a_space_before_an_offset_after_fractions_of_a_second_reads_as_a_plus():
    assert read("2025-03-03T13:00:00.250 01:00") == NOON_UTC + dt.timedelta(milliseconds=250)


def test_a_space_separating_date_and_time_still_allows_a_spaced_offset():
    assert read("2025-03-03 13:00:00 01:00") == NOON_UTC


def test_an_hhmm_offset_with_its_plus_reads_as_hh_mm():
    assert read("2025-03-03T13:00:00+0100") == NOON_UTC


def test_a_minus_offset_reads_as_before():
    assert read("2025-03-03T11:00:00-01:00") == NOON_UTC


@pytest.mark.parametrize(
    "value",
    [
        "2025-03-03T13:00 01:00",  # no seconds: the space could be anything
        "2025-03-03T13:00:00 01",  # hours alone
        "2025-03-03T13:00:00  01:00",  # two spaces
        "2025-03-03T13:00:00 1:00",
        "2025-03-03T13:00:00 01:00:00",
        "2025-03-03T13:00:00 25:00",  # no such offset
        "2025-03-03T13:00:00Z 01:00",
    ],
)
def test_a_space_where_it_is_not_clearly_an_offsets_plus_is_refused_with_400(value, desk, client):
    response = client.get(f"{API}claims/", {"updated_since": value})
    assert (response.status_code, list(response.json())) == (400, ["updated_since"])


def test_the_refusal_says_how_to_send_a_plus(desk, client):
    response = client.get(f"{API}claims/", {"updated_since": "2025-03-03T13:00 01:00"})
    assert "%2B" in response.json()["updated_since"][0]


def _parameter(client, name):
    schema = client.get("/api/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}).json()
    parameters = schema["paths"]["/api/v1/claims/"]["get"]["parameters"]
    return next(parameter for parameter in parameters if parameter["name"] == name)


@pytest.mark.parametrize("name", ["updated_since", "published_after", "published_before"])
def test_the_schema_says_how_a_time_without_an_offset_is_read(client, name):
    assert "without an offset is read in the server's time zone" in _parameter(client, name)["description"]


@override_settings(TIME_ZONE="Europe/Berlin")
def test_a_time_without_an_offset_is_read_in_the_servers_time_zone():
    read = RFC3339DateTimeField().clean("2026-12-07T10:00:00")
    assert read == dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
