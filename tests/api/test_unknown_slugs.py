"""A filter naming a slug nobody has (a typo) answers 400 naming the parameter, never an empty list
a client cannot tell from "nothing matched"."""

import pytest

from briefings.models import Briefing
from factcheck import services
from factcheck.models import ClaimVersion

from .callers import API, client_for, results


@pytest.mark.parametrize("path", [f"{API}claims/", f"{API}statements/"])
def test_an_unknown_briefing_slug_is_refused_by_name(path, desk, client):
    response = client.get(path, {"briefing": "no-such-briefing"})
    assert response.status_code == 400
    assert "no-such-briefing" in response.json()["briefing"][0]


def test_an_unknown_rating_slug_is_refused_with_the_ratings_to_choose_from(desk, client):
    response = client.get(f"{API}claims/", {"rating": "no-such-rating"})
    assert response.status_code == 400
    assert "misleading" in response.json()["rating"][0]


def test_an_unknown_rating_slug_is_refused_to_staff_including_unpublished_work(desk, client):
    staff = client_for("editor", desk, client)
    response = staff.get(f"{API}claims/", {"rating": "no-such-rating", "include": "unpublished"})
    assert response.status_code == 400
    assert "rating" in response.json()


def test_a_draft_briefing_slug_reads_to_the_public_as_an_unknown_one(desk, client):
    response = client.get(f"{API}statements/", {"briefing": desk.draft_briefing.slug})
    assert response.status_code == 400
    assert "briefing" in response.json()


def test_a_draft_briefing_slug_is_known_to_staff_including_unpublished_work(desk, client):
    staff = client_for("editor", desk, client)
    response = staff.get(
        f"{API}statements/", {"briefing": desk.draft_briefing.slug, "include": "unpublished"}
    )
    assert results(response)


def test_a_withdrawn_briefing_slug_is_known_and_lists_nothing(desk, client):
    Briefing.objects.filter(pk=desk.briefing.pk).update(status=Briefing.Status.WITHDRAWN)
    assert results(client.get(f"{API}claims/", {"briefing": desk.briefing.slug})) == []


def test_a_rating_nobody_has_used_yet_lists_nothing(desk, client):
    response = client.get(f"{API}claims/", {"rating": "not-checkable"})
    assert results(response) == []


def test_a_similar_to_search_refuses_an_unknown_rating(desk, client):
    response = client.get(f"{API}claims/", {"similar_to": "Russia peace", "rating": "no-such-rating"})
    assert response.status_code == 400
    assert "rating" in response.json()


@pytest.mark.parametrize(
    ("path", "name", "choice"),
    [
        ("claims/", "status", "in_review"),
        ("briefings/", "status", "draft"),
        ("sources/", "kind", "news_report"),
    ],
)
def test_a_value_off_a_fixed_list_is_refused_with_the_values_to_choose_from(path, name, choice, desk, client):
    response = client.get(f"{API}{path}", {name: "no-such-value"})
    assert response.status_code == 400
    assert choice in response.json()[name][0]


def test_a_withdrawn_briefing_slug_syncs_its_claims_tombstones(desk, client):
    services.withdraw_briefing(briefing=desk.briefing, user=desk.users["editor"])
    synced = results(
        client.get(f"{API}claims/", {"briefing": desk.briefing.slug, "updated_since": "2000-01-01T00:00:00Z"})
    )
    assert sorted(claim["id"] for claim in synced) == sorted(claim.pk for claim in desk.public_claims)


def test_a_slug_a_live_verdict_still_carries_is_known_after_the_scale_renamed_it(desk, client):
    claim = desk.public_claims[0]
    ClaimVersion.objects.filter(live_of=claim).update(rating_slug="mostly-false-before-renaming")
    listed = results(client.get(f"{API}claims/", {"rating": "mostly-false-before-renaming"}))
    assert [found["id"] for found in listed] == [claim.pk]


@pytest.mark.parametrize("rating", ["misleading", "no-such-rating"])
def test_a_rating_filter_reads_a_bounded_number_of_queries(
    rating, desk, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        client.get(f"{API}claims/", {"rating": rating, "briefing": desk.briefing.slug})
