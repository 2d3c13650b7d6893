"""A cursor is a position in one filtered list: replayed with other filters it pointed into another
list, and silently gave wrong pages. It now carries a fingerprint of the filters it was made
with (every parameter the list reads but `cursor`, `page_size`, `format` and `ordering`, which
the cursor names itself), and a cursor replayed with others answers 400."""

from urllib.parse import parse_qs, urlsplit

import pytest

from factcheck.api.pagination import SyncCursorPagination

from .callers import API, client_for

OTHER_FILTERS = {
    "cursor": [
        "This cursor was made for other filters: send it with the same filters it was made with "
        "(copy `next` or `previous` as given), or start again without `cursor`."
    ]
}
SINCE = "2000-01-01T00:00:00Z"


def first_cursor(client, **params):
    """The cursor of the first page's `next` for `params` (one claim a page)."""
    response = client.get(f"{API}claims/", {"page_size": 1, **params})
    assert response.status_code == 200, response.content
    return parse_qs(urlsplit(response.json()["next"]).query)["cursor"][0]


def replay(client, cursor, **params):
    return client.get(f"{API}claims/", {"cursor": cursor, **params})


def test_a_cursor_replayed_with_another_filter_value_answers_400_naming_the_problem(desk, client):
    cursor = first_cursor(client, updated_since=SINCE)
    response = replay(client, cursor, updated_since="2001-01-01T00:00:00Z")
    assert (response.status_code, response.json()) == (400, OTHER_FILTERS)


def test_a_cursor_replayed_without_its_filters_answers_400(desk, client):
    cursor = first_cursor(client, updated_since=SINCE)
    assert replay(client, cursor).json() == OTHER_FILTERS


def test_a_cursor_replayed_with_a_filter_added_answers_400(desk, client):
    cursor = first_cursor(client)
    assert replay(client, cursor, status="published").json() == OTHER_FILTERS


def test_a_cursor_replayed_with_its_own_filters_reads_on(desk, client):
    cursor = first_cursor(client, updated_since=SINCE, status="published")
    assert replay(client, cursor, status="published", updated_since=SINCE).status_code == 200


def test_following_next_with_filters_reads_to_the_end(desk, client):
    response = client.get(f"{API}claims/", {"page_size": 1, "updated_since": SINCE, "q": ""})
    seen = []
    while True:
        assert response.status_code == 200, response.content
        seen += [claim["id"] for claim in response.json()["results"]]
        if not response.json()["next"]:
            break
        response = client.get(response.json()["next"])
    assert sorted(seen) == [claim.pk for claim in desk.public_claims]


def test_walking_previous_with_filters_reads_back(desk, client):
    cursor = first_cursor(client, updated_since=SINCE)
    second = client.get(f"{API}claims/", {"cursor": cursor, "page_size": 1, "updated_since": SINCE})
    assert client.get(second.json()["previous"]).status_code == 200


@pytest.mark.parametrize("unfiltering", [{"page_size": "2"}, {"format": "json"}])
def test_a_cursor_reads_on_whatever_the_page_size_or_format(desk, client, unfiltering):
    cursor = first_cursor(client, updated_since=SINCE)
    assert replay(client, cursor, updated_since=SINCE, **unfiltering).status_code == 200


def test_an_empty_filter_counts_as_not_given(desk, client):
    cursor = first_cursor(client)
    assert replay(client, cursor, status="", q="").status_code == 200


def test_a_parameter_the_list_does_not_read_does_not_count(desk, client):
    """A cache-buster (`_=…`) changes no page, so it must not break a sync."""
    cursor = first_cursor(client, _="1")
    assert replay(client, cursor, _="2").status_code == 200


def test_a_staff_cursor_replayed_without_include_answers_400(desk, client):
    client = client_for("editor", desk, client)
    cursor = first_cursor(client, include="unpublished")
    assert replay(client, cursor).json() == OTHER_FILTERS


def test_a_cursor_made_before_cursors_carried_filters_reads_on_with_any(desk, client):
    signer = SyncCursorPagination.signer
    signed = signer.unsign(first_cursor(client, updated_since=SINCE))
    without_filters = signer.sign("~".join(signed.split("~")[:2]))  # DRF's cursor and the ordering
    assert replay(client, without_filters, status="published").status_code == 200


def test_a_cursor_with_a_forged_fingerprint_is_refused_as_not_made_here(desk, client):
    signed = SyncCursorPagination.signer.unsign(first_cursor(client))
    response = replay(client, f"{signed}~0123456789abcdef")  # unsigned, so forged
    assert response.json() == {"cursor": [SyncCursorPagination.invalid_cursor_message]}


def test_a_cursor_for_another_ordering_is_still_refused_as_such(desk, client):
    cursor = first_cursor(client, ordering="-updated_at", updated_since=SINCE)
    response = replay(client, cursor, ordering="updated_at", updated_since=SINCE)
    assert response.json() == {"cursor": [SyncCursorPagination.other_ordering_message]}


def test_a_cursor_made_with_the_default_ordering_named_reads_on_without_it(desk, client):
    cursor = first_cursor(client, ordering="updated_at")
    assert replay(client, cursor).status_code == 200
