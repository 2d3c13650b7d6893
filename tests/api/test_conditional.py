"""ETag and Last-Modified on lists and details; 304 to a matching conditional request."""

import datetime as dt
from email.utils import parsedate_to_datetime
from unittest import mock

import pytest
from django.utils import timezone
from django.utils.http import http_date

from briefings.models import Briefing
from factcheck import services
from factcheck.caching.triggers import everything_changed
from factcheck.models import CitedEvidence, Claim, Rating

from ..factories import publish, republish
from .callers import API, client_for, public_objects, results


def test_every_answer_carries_validators_and_304s_when_they_match(desk, client):
    for url in public_objects(desk):
        first = client.get(url)
        etag, last_modified = first["ETag"], first["Last-Modified"]
        assert etag.startswith('W/"'), url
        assert first["Cache-Control"] == "no-cache"
        by_etag = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert by_etag.status_code == 304, url
        assert by_etag.content == b""
        assert by_etag["ETag"] == etag
        by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified)
        assert by_date.status_code == 304, url
        assert client.head(url, HTTP_IF_NONE_MATCH=etag).status_code == 304, url
        assert client.get(url, HTTP_IF_NONE_MATCH='W/"something-else"').status_code == 200, url
        earlier = http_date(dt.datetime(2020, 1, 1, tzinfo=dt.UTC).timestamp())
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200, url


def test_a_new_version_gives_200_and_a_new_etag(desk, client):
    claim = desk.public_claims[0]
    urls = [f"{API}claims/", f"{API}claims/{claim.pk}/", f"{API}briefings/{desk.briefing.slug}/"]
    for n, url in enumerate(urls, 1):
        before = client.get(url)
        claim.refresh_from_db()
        claim.text += " (reworded)"  # shown in all three
        claim = republish(claim, editor=desk.users["editor"], second_editor=desk.users["admin"])
        later = parsedate_to_datetime(before["Last-Modified"]) + dt.timedelta(seconds=3 * n)
        Claim.objects.filter(pk=claim.pk).update(public_changed_at=later)
        after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
        assert after.status_code == 200, url
        assert after["ETag"] != before["ETag"]
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 200, url


def test_a_claim_leaving_a_list_changes_its_etag(desk, client):
    """No timestamp in the list moves when a claim leaves it, but the ETag does."""
    before = client.get(f"{API}claims/")
    Claim.objects.filter(pk=desk.public_claims[-1].pk).update(live_version=None)
    everything_changed()  # changed behind the services' back: the public cache must be told
    assert client.get(f"{API}claims/", HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 200


def test_if_none_match_wins_over_if_modified_since(desk, client):
    """RFC 9110 §13.2.2: a stale ETag means 200 even if the date says nothing changed."""
    url = f"{API}claims/"
    current = client.get(url)
    stale = client.get(url, HTTP_IF_NONE_MATCH='W/"stale"', HTTP_IF_MODIFIED_SINCE=current["Last-Modified"])
    assert stale.status_code == 200
    assert client.get(url, HTTP_IF_NONE_MATCH="*").status_code == 304


def test_the_etag_follows_what_the_caller_reads(desk, client):
    url = f"{API}claims/"
    anonymous = client.get(url)["ETag"]
    staff = client_for("editor", desk, client)
    assert staff.get(url)["ETag"] == anonymous  # the same claims
    everything = staff.get(url, {"include": "unpublished"})
    assert everything["ETag"] != anonymous
    assert set(everything["Cache-Control"].split(", ")) == {"no-cache", "private"}
    assert {"Accept", "Authorization"} <= set(everything["Vary"].split(", "))


def test_the_newest_nested_change_dates_a_briefing(desk, client):
    latest = max(Claim.objects.public().values_list("public_changed_at", flat=True))
    response = client.get(f"{API}briefings/{desk.briefing.slug}/")
    desk.briefing.refresh_from_db()
    newest = max(latest, desk.briefing.updated_at)
    assert response["Last-Modified"] == http_date(newest.timestamp())


@pytest.mark.parametrize("url", [f"{API}ratings/", f"{API}ratings/accurate/"])
def test_ratings_carry_validators_too(url, desk, client):
    response = client.get(url)
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304


def test_renaming_a_rating_changes_no_published_answer(desk, client):
    """Published versions carry the rating as published: a rename reaches readers only with the
    next version, so the answer and its validators stay."""
    claim = desk.public_claims[0]
    url = f"{API}claims/{claim.pk}/"
    before = client.get(url)
    rating = claim.rating
    rating.updated_at = claim.updated_at + dt.timedelta(days=1)
    Rating.objects.filter(pk=rating.pk).update(name="Correct", updated_at=rating.updated_at)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304


def test_errors_and_the_browsable_api_carry_no_validators(desk, client):
    assert "ETag" not in client.get(f"{API}claims/", {"status": "bogus"})
    assert "ETag" not in client.get(f"{API}claims/999999/")
    assert "ETag" not in client.get(f"{API}claims/", HTTP_ACCEPT="text/html")


LISTS = ["briefings/", "statements/", "claims/", "sources/", "claimreviews/"]


def later(response, seconds):
    """A time after `response`'s Last-Modified but still in the past."""
    return parsedate_to_datetime(response["Last-Modified"]) + dt.timedelta(seconds=seconds)


@pytest.mark.parametrize("path", LISTS)
def test_a_takedown_never_earns_a_stale_304_on_a_list(desk, client, path):
    url = f"{API}{path}"
    before = client.get(url)
    services.withdraw_briefing(briefing=desk.briefing, user=desk.users["editor"])
    Briefing.objects.filter(pk=desk.briefing.pk).update(updated_at=later(before, 5))
    Claim.objects.filter(statement__briefing=desk.briefing).update(public_changed_at=later(before, 5))
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    by_etag = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert (by_date.status_code, by_etag.status_code) == (200, 200)
    assert parsedate_to_datetime(by_date["Last-Modified"]) >= parsedate_to_datetime(before["Last-Modified"])


def test_a_source_joining_the_public_list_moves_its_last_modified(desk, client):
    url = f"{API}sources/"
    before = client.get(url)
    draft = desk.draft_claim
    draft_briefing = draft.statement.briefing
    services.publish_briefing(briefing=draft_briefing, user=desk.users["editor"])
    Claim.objects.filter(pk=draft.pk).update(public_changed_at=later(before, 5))
    assert desk.hidden_source.pk in [source["id"] for source in results(client.get(url))]
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 200


def test_no_last_modified_is_sent_for_a_change_in_the_current_second(desk, client):
    """HTTP dates count whole seconds: a second change within the same one would look unchanged."""
    url = f"{API}claims/{desk.public_claims[0].pk}/"
    before = client.get(url)
    # Pinned inside the second the request runs in, whatever the machine's load: the test's own
    # update and the request straddled a second boundary now and then.
    now = timezone.now().replace(microsecond=0) + dt.timedelta(seconds=5)
    Claim.objects.filter(pk=desk.public_claims[0].pk).update(public_changed_at=now)
    everything_changed()  # changed behind the services' back: the public cache must be told
    with mock.patch("django.utils.timezone.now", return_value=now + dt.timedelta(milliseconds=500)):
        response = client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert response.status_code == 200
    assert "Last-Modified" not in response
    assert "ETag" in response


def test_an_if_modified_since_from_the_future_is_ignored(desk, client):
    """A date ahead of the server's clock is a caller's wrong clock: honoured, it would 304 every
    change made before it (a public-cache hit: tests/caching/test_api.py)."""
    url = f"{API}claims/{desk.public_claims[0].pk}/"
    tomorrow = http_date((timezone.now() + dt.timedelta(days=1)).timestamp())
    response = client.get(url, HTTP_IF_MODIFIED_SINCE=tomorrow)
    assert response.status_code == 200
    assert response.content


def test_a_date_a_clocks_drift_ahead_still_answers_304(desk, client):
    url = f"{API}claims/{desk.public_claims[0].pk}/"
    ahead = http_date((timezone.now() + dt.timedelta(seconds=2)).timestamp())
    client.get(url)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=ahead).status_code == 304


def test_a_future_date_leaves_the_etag_in_charge(desk, client):
    url = f"{API}claims/{desk.public_claims[0].pk}/"
    etag = client.get(url)["ETag"]
    tomorrow = http_date((timezone.now() + dt.timedelta(days=1)).timestamp())
    assert client.get(url, HTTP_IF_NONE_MATCH=etag, HTTP_IF_MODIFIED_SINCE=tomorrow).status_code == 304


@pytest.mark.parametrize("url", [API, "/api/schema/", "/api/schema/?format=json"])
def test_the_root_and_the_schema_carry_an_etag_and_304(url, desk, client):
    response = client.get(url)
    assert response["ETag"].startswith('W/"')
    assert "Last-Modified" not in response
    assert response["Cache-Control"] == "no-cache"
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_it_refuses_a_stale_304_to_a_source_whose_newest_citation_was_taken_down(desk, client):
    """A source's detail shows it as the newest public verdict cites it: a takedown of that
    verdict shows an older citation, dated earlier, which must not earn a 304."""
    source = desk.public_sources[0]
    desk.draft_claim.evidence.create(source=source, stance="supports", excerpt="y")
    republished = publish(desk.draft_claim)
    services.publish_briefing(briefing=desk.draft_briefing, user=desk.users["editor"])
    cited_at = timezone.now() - dt.timedelta(seconds=30)
    CitedEvidence.objects.filter(version=republished.live_version).update(cited_at=cited_at)
    Claim.objects.filter(pk=republished.pk).update(public_changed_at=cited_at)
    everything_changed()
    url = f"{API}sources/{source.pk}/"
    before = client.get(url)
    assert parsedate_to_datetime(before["Last-Modified"]) == cited_at.replace(microsecond=0)
    services.withdraw_briefing(briefing=desk.draft_briefing, user=desk.users["editor"])
    Claim.objects.filter(pk=desk.draft_claim.pk).update(public_changed_at=later(before, 10))
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 200
