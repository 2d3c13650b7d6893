"""Numbers in addresses as the site writes them: an id with a leading zero or past 64 bits names no
page (404), where Django's `int` took "018" as 18 (the page again at endless addresses) and sent a
number past 64 bits to SQLite, which cannot hold it (a 500)."""

import pytest
from django.urls import reverse

from factcheck.models import Source

from ..factories import make_published_briefing, make_user

pytestmark = pytest.mark.django_db

PAST_64_BITS = "99999999999999999999999"


@pytest.fixture
def claim():
    return make_published_briefing(make_user("checker", "Checker"), make_user("editor", "Editor"))[1]


@pytest.fixture
def addresses(claim):
    """Every public address with a number in it, as `format` spells it: (page, number as given)."""
    source = Source.objects.first()
    slug = claim.statement.briefing.slug
    return lambda number: [
        f"/claims/{number(claim.pk)}/",
        f"/claims/{claim.pk}/versions/{number(1)}/",
        f"/briefings/{slug}/revisions/{number(1)}/",
        f"/sources/{number(source.pk)}/",
        f"/api/v1/claims/{number(claim.pk)}/",
        f"/api/v1/claimreviews/{number(claim.pk)}/",
        f"/api/v1/statements/{number(claim.statement_id)}/",
        f"/api/v1/sources/{number(source.pk)}/",
    ]


def test_every_numbered_address_answers_as_the_site_writes_it(client, addresses):
    statuses = {url: client.get(url).status_code for url in addresses(str)}
    assert set(statuses.values()) == {200}, statuses


def test_a_number_with_a_leading_zero_names_no_page(client, addresses):
    statuses = {url: client.get(url).status_code for url in addresses(lambda n: f"0{n}")}
    assert set(statuses.values()) == {404}, statuses


def test_a_number_past_64_bits_names_no_page(client, addresses):
    statuses = {url: client.get(url).status_code for url in addresses(lambda n: PAST_64_BITS)}
    assert set(statuses.values()) == {404}, statuses


def test_the_api_says_so_in_json(client, claim):
    response = client.get(f"/api/v1/claimreviews/{PAST_64_BITS}/")
    assert (response.status_code, response["Content-Type"]) == (404, "application/json")


def test_an_address_is_still_written_with_its_number(claim):
    assert reverse("claim-version", args=[claim.pk, 12]) == f"/claims/{claim.pk}/versions/12/"
