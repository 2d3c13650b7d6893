"""Filters, ordering and pagination: what they select, and 400 with field errors for bad values."""

import base64
import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from factcheck import services
from factcheck.api.pagination import SyncCursorPagination
from factcheck.models import CitedEvidence, Claim, ClaimVersion

from ..factories import republish
from .callers import API, client_for, results


def claim_ids(client, **params):
    return sorted(claim["id"] for claim in results(client.get(f"{API}claims/", {"page_size": 200, **params})))


def public_ids(desk, predicate=lambda claim: True):
    return sorted(claim.pk for claim in desk.public_claims if predicate(claim))


def test_claims_by_briefing_rating_claimant_and_checker(desk, client):
    claim = desk.public_claims[0]
    ClaimVersion.objects.filter(live_of=claim).update(claimant="The Kremlin press office")
    assert claim_ids(client, briefing=desk.briefing.slug) == public_ids(desk)
    assert claim_ids(client, rating="accurate") == public_ids(desk, lambda c: c.rating.slug == "accurate")
    assert claim_ids(client, rating="misleading") == public_ids(desk, lambda c: c.rating.slug == "misleading")
    assert claim_ids(client, claimant="kremlin") == [claim.pk]
    assert claim_ids(client, checker="chris checker") == public_ids(desk)
    assert claim_ids(client, checker="Charlie") == []  # checker2 has published nothing


def test_claims_by_check_worthiness(desk, client):
    first, second, third = desk.public_claims
    for claim, worth in [(first, 90), (second, 40), (third, None)]:
        ClaimVersion.objects.filter(live_of=claim).update(check_worthiness=worth)
    assert claim_ids(client, min_check_worthiness=50) == [first.pk]
    assert claim_ids(client, min_check_worthiness=40) == sorted([first.pk, second.pk])
    assert claim_ids(client, min_check_worthiness=0) == sorted([first.pk, second.pk])


def test_claims_by_publication_and_change_time(desk, client):
    first, second, third = desk.public_claims
    base = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
    for n, claim in enumerate(desk.public_claims):
        Claim.objects.filter(pk=claim.pk).update(
            published_at=base + dt.timedelta(days=n), public_changed_at=base + dt.timedelta(days=n)
        )
    assert claim_ids(client, published_after="2025-03-02T12:00:00Z") == sorted([second.pk, third.pk])
    assert claim_ids(client, published_before="2025-03-02T12:00:00Z") == [first.pk]
    assert claim_ids(client, published_after="2025-03-02T13:00:00+01:00") == sorted([second.pk, third.pk])
    assert claim_ids(client, updated_since="2025-03-03T12:00:00Z") == [third.pk]
    assert claim_ids(client, updated_since="2025-03-03T12:00:00") == [
        third.pk
    ]  # no offset: the server's zone
    # Valid instants beyond what the databases hold once moved to UTC filter as they should.
    assert claim_ids(client, published_after="0001-01-01T00:00:00+05:00") == public_ids(desk)
    assert claim_ids(client, published_before="9999-12-31T23:00:00-05:00") == public_ids(desk)
    assert claim_ids(client, published_after="9999-12-31T23:00:00-05:00") == []


def test_claims_by_status(desk, client):
    assert claim_ids(client, status="published") == public_ids(desk)
    assert claim_ids(client, status="in_review") == []  # anonymous: documented as an empty list
    staff = client_for("editor", desk, client)
    in_review = sorted(Claim.objects.filter(status="in_review").values_list("pk", flat=True))
    assert in_review
    assert claim_ids(staff, status="in_review") == []  # staff, without include
    assert claim_ids(staff, status="in_review", include="unpublished") == in_review


def test_claims_by_search_text(desk, client):
    kellogg = next(claim for claim in desk.public_claims if "Kellogg" in claim.text)
    assert claim_ids(client, q="kellogg") == [kellogg.pk]
    assert claim_ids(client, q="KELLOGG   envoy") == [kellogg.pk]
    assert claim_ids(client, q="kellogg invaded") == []
    assert claim_ids(client, q="lieutenant") == [kellogg.pk]  # in the rationale
    assert claim_ids(client, q="Vladimir Putin") == public_ids(desk, lambda c: "Putin" in c.statement.text)


def test_sources_by_publisher_kind_and_domain(desk, client):
    def source_ids(**params):
        return sorted(source["id"] for source in results(client.get(f"{API}sources/", params)))

    everything = sorted(source.pk for source in desk.public_sources)
    assert source_ids(publisher="wikipedia") == everything
    assert source_ids(publisher="reuters") == []
    assert source_ids(kind="reference") == everything
    assert source_ids(kind="dataset") == []
    assert source_ids(domain="en.wikipedia.org") == everything
    assert source_ids(domain="EN.Wikipedia.org") == everything
    assert source_ids(domain="wikipedia.org") == []  # subdomains are not included
    assert source_ids(domain="en.wikipedia.org.") == everything  # an absolute name's final dot
    assert source_ids(domain="www.") == []  # the host www: nothing here, and no error
    CitedEvidence.objects.filter(cited_source=everything[0]).update(url="https://www.example.com:8443/report")
    assert source_ids(domain="example.com") == [everything[0]]


def test_briefings_by_status_and_publication_date(desk, client):
    desk.briefing.published_on = dt.date(2025, 3, 14)
    desk.briefing.save()
    staff = client_for("editor", desk, client)

    def slugs(**params):
        return sorted(
            b["slug"] for b in results(staff.get(f"{API}briefings/", {"include": "unpublished", **params}))
        )

    assert slugs(status="draft") == [desk.draft_briefing.slug]
    assert slugs(status="published") == [desk.briefing.slug]
    assert slugs(published_after="2025-03-14") == [desk.briefing.slug]
    assert slugs(published_after="2025-03-15") == []
    assert slugs(published_before="2025-03-15") == [desk.briefing.slug]
    assert slugs(published_before="2025-03-14") == []


def test_statements_by_briefing(desk, client):
    statements = results(client.get(f"{API}statements/", {"briefing": desk.briefing.slug, "page_size": 200}))
    assert [s["position"] for s in statements] == list(range(1, desk.briefing.statements.count() + 1))


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("claims/", {"min_check_worthiness": "lots"}, "min_check_worthiness"),
        ("claims/", {"min_check_worthiness": "1.5"}, "min_check_worthiness"),
        ("claims/", {"min_check_worthiness": "101"}, "min_check_worthiness"),
        ("claims/", {"min_check_worthiness": "-1"}, "min_check_worthiness"),
        ("claims/", {"min_check_worthiness": "99999999999999999999999"}, "min_check_worthiness"),
        ("claims/", {"published_after": "yesterday"}, "published_after"),
        ("claims/", {"published_before": "2025-02-30T00:00:00Z"}, "published_before"),
        ("claims/", {"updated_since": "2025-03-01T25:00:00Z"}, "updated_since"),
        ("claims/", {"updated_since": "2025-03-01"}, "updated_since"),
        ("claims/", {"status": "fabricated"}, "status"),
        ("claims/", {"q": "null\x00byte"}, "q"),
        ("claims/", {"ordering": "check_worthiness"}, "ordering"),
        ("claims/", {"ordering": "updated_at,-rationale"}, "ordering"),
        ("claims/", {"page_size": "0"}, "page_size"),
        ("claims/", {"page_size": "201"}, "page_size"),
        ("claims/", {"page_size": "ten"}, "page_size"),
        ("sources/", {"kind": "rumour"}, "kind"),
        ("sources/", {"domain": "["}, "domain"),
        ("sources/", {"domain": "example.org]"}, "domain"),
        ("sources/", {"ordering": "url"}, "ordering"),
        ("sources/", {"page": "0"}, "page"),
        ("sources/", {"page": "two"}, "page"),
        ("briefings/", {"status": "archived"}, "status"),
        ("briefings/", {"published_after": "14/03/2025"}, "published_after"),
        ("briefings/", {"published_before": "2025-13-01"}, "published_before"),
        ("ratings/", {"ordering": "colour"}, "ordering"),
        ("statements/", {"page_size": "1000"}, "page_size"),
    ],
)
def test_bad_values_answer_400_with_the_fields_errors(path, params, field, desk, client):
    response = client.get(f"{API}{path}", params)
    assert response.status_code == 400
    errors = response.json()
    assert list(errors) == [field]
    assert all(isinstance(message, str) and message for message in errors[field])


def test_several_bad_values_are_reported_together(desk, client):
    response = client.get(
        f"{API}claims/", {"status": "x", "published_after": "x", "min_check_worthiness": "x"}
    )
    assert response.status_code == 400
    assert set(response.json()) == {"status", "published_after", "min_check_worthiness"}


def test_empty_values_mean_not_given(desk, client):
    params = dict.fromkeys(
        ["status", "published_after", "min_check_worthiness", "q", "ordering", "page_size"], ""
    )
    assert claim_ids(client, **params) == public_ids(desk)


def test_ordering(desk, client):
    def order(path, ordering, key):
        return [item[key] for item in results(client.get(f"{API}{path}", {"ordering": ordering}))]

    assert order("ratings/", "value", "value") == sorted(order("ratings/", "value", "value"))
    assert order("ratings/", "-value", "value") == sorted(order("ratings/", "value", "value"), reverse=True)
    titles = order("sources/", "-title", "title")
    assert titles == sorted(titles, reverse=True)
    assert order("claims/", "-id", "id") == sorted(public_ids(desk), reverse=True)
    assert order("claims/", "id", "id") == public_ids(desk)


def test_page_number_pagination(desk, client):
    first = client.get(f"{API}statements/", {"page_size": 5}).json()
    second = client.get(first["next"]).json()
    assert first["count"] == second["count"] == desk.briefing.statements.count()
    assert [s["position"] for s in first["results"] + second["results"]] == list(range(1, 11))
    assert client.get(f"{API}statements/", {"page": 999}).status_code == 404
    everything = client.get(f"{API}statements/", {"page_size": 200}).json()
    assert len(everything["results"]) == everything["count"]


def test_the_claims_cursor_walks_every_claim_once_in_order_of_change(desk, client):
    staff = client_for("admin", desk, client)
    url, seen = f"{API}claims/?include=unpublished&page_size=2", []
    while url:
        page = staff.get(url).json()
        seen += page["results"]
        url = page["next"]
    assert sorted(claim["id"] for claim in seen) == sorted(Claim.objects.values_list("pk", flat=True))
    assert len(seen) == len({claim["id"] for claim in seen})
    changed = [(dt.datetime.fromisoformat(claim["updated_at"]), claim["id"]) for claim in seen]
    assert changed == sorted(changed)


def test_syncing_picks_up_what_changed_since(desk, client):
    since = timezone.now()
    assert results(client.get(f"{API}claims/", {"updated_since": since.isoformat()})) == []
    claim = desk.public_claims[1]
    claim.rationale += " Checked again."
    claim = republish(claim, editor=desk.users["editor"], second_editor=desk.users["admin"])
    assert [c["id"] for c in results(client.get(f"{API}claims/", {"updated_since": since.isoformat()}))] == [
        claim.pk
    ]


def test_syncing_does_not_see_edits_to_the_working_copy(desk, client):
    since = timezone.now()
    claim = desk.public_claims[1]
    claim.rationale += " Checked again."
    services.save_claim(claim=claim, user=desk.users["editor"], opened_version=claim.version)
    assert results(client.get(f"{API}claims/", {"updated_since": since.isoformat()})) == []


FORGED = [
    "p=not-a-date",
    "p=2025-01-01 00:00:00",
    "p=9999-12-31 23:00:00-05:00",
    "p=2025-01-01T00:00:00-16:00",  # an offset PostgreSQL cannot hold
    "p=2025-02-30 00:00:00+00:00",
    "p=1.5",
    "o=x",
    "p=99999999999999999999999",
]


@pytest.mark.parametrize("raw", FORGED)
def test_a_cursor_not_made_here_answers_400_in_json(desk, client, raw):
    cursor = base64.b64encode(raw.encode()).decode()
    response = client.get(f"{API}claims/", {"cursor": cursor})
    assert response.status_code == 400
    assert response.json() == {
        "cursor": ["This cursor was not made here: copy `next` or `previous` as given."]
    }


def test_a_garbled_cursor_answers_400(desk, client):
    assert client.get(f"{API}claims/", {"cursor": "abc"}).status_code == 400


def test_a_signed_cursor_leads_to_the_next_page(desk, client):
    first = client.get(f"{API}claims/", {"page_size": 1}).json()
    second = client.get(first["next"])
    assert second.status_code == 200
    assert second.json()["results"][0]["id"] != first["results"][0]["id"]


def test_a_cursor_made_for_one_ordering_is_refused_for_another(desk, client):
    by_id = client.get(f"{API}claims/", {"page_size": 1, "ordering": "id"}).json()["next"]
    cursor = parse_qs(urlsplit(by_id).query)["cursor"][0]
    assert client.get(f"{API}claims/", {"cursor": cursor, "ordering": "updated_at"}).status_code == 400


def test_a_cursor_made_for_one_direction_is_refused_for_the_other(desk, client):
    """Its position fits either: read the other way, it silently skipped to an empty page."""
    forward = client.get(f"{API}claims/", {"page_size": 1, "ordering": "updated_at"}).json()["next"]
    cursor = parse_qs(urlsplit(forward).query)["cursor"][0]

    response = client.get(f"{API}claims/", {"cursor": cursor, "ordering": "-updated_at"})

    assert (response.status_code, response.json()) == (
        400,
        {"cursor": ["This cursor was made for another ordering: copy `next` or `previous` as given."]},
    )


def test_a_cursor_signed_before_cursors_named_their_ordering_still_leads_on(desk, client):
    first = client.get(f"{API}claims/", {"page_size": 1}).json()
    signer = SyncCursorPagination.signer
    drf_cursor = signer.unsign(parse_qs(urlsplit(first["next"]).query)["cursor"][0]).partition("~")[0]

    second = client.get(f"{API}claims/", {"page_size": 1, "cursor": signer.sign(drf_cursor)})

    assert second.status_code == 200
    assert second.json()["results"][0]["id"] != first["results"][0]["id"]


def test_the_checker_filter_does_not_reveal_usernames(desk, client):
    assert claim_ids(client, checker="checker2") == []
    assert claim_ids(client, checker="checker") == public_ids(desk)  # "Chris Checker", by name


@pytest.mark.parametrize("ordering", [",", "updated_at,", ",updated_at", " ", "updated_at,,id"])
def test_an_empty_ordering_term_answers_400(desk, client, ordering):
    response = client.get(f"{API}claims/", {"ordering": ordering})
    assert response.status_code == 400
    assert response.json() == {"ordering": ["Name a field for every comma-separated term."]}


def test_an_empty_ordering_counts_as_not_given(desk, client):
    assert client.get(f"{API}claims/", {"ordering": ""}).status_code == 200
