"""The API's `previously_checked`: the public earlier claims a checker linked a claim to, by id and
address, in the detail, the list (built from rows, and the serializer's twin) and `similar_to`'s
answer; and the schema of `previously_checked` and of `similarity`."""

import json

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_public_claim, make_statement, make_user

pytestmark = pytest.mark.django_db
CLAIMS = "/api/v1/claims/"
SINCE = {"updated_since": "2000-01-01T00:00:00Z", "page_size": 200}


@pytest.fixture
def editor_():
    return make_user("ed", "Editor")


@pytest.fixture
def linked(editor_):
    """A public claim linked to two public earlier checks and to one in a briefing later withdrawn."""
    claim = make_public_claim(text="Russia began its invasion of Ukraine in 2022.")
    first = make_public_claim(
        text="Russia invaded Ukraine on February 24, 2022.",
        statement=make_statement("First\n\nRussia invaded Ukraine on February 24, 2022."),
    )
    second = make_public_claim(
        text="The invasion of Ukraine began in February 2022.",
        statement=make_statement("Second\n\nThe invasion of Ukraine began in February 2022."),
    )
    gone = make_public_claim(
        text="Russia invaded Ukraine in 2022.",
        statement=make_statement("Gone\n\nRussia invaded Ukraine in 2022."),
    )
    for earlier, similarity in [(first, 0.9), (second, 0.6), (gone, 0.8)]:
        services.link_previous_check(claim=claim, earlier=earlier, user=editor_, similarity=similarity)
    services.withdraw_briefing(briefing=gone.statement.briefing, user=editor_)
    return claim, first, second


def expected(*earlier):
    return [{"id": e.pk, "url": f"http://testserver/api/v1/claims/{e.pk}/"} for e in earlier]


def test_the_detail_lists_the_public_earlier_checks_most_similar_first(client, linked):
    claim, first, second = linked

    answer = client.get(f"{CLAIMS}{claim.pk}/").json()

    assert answer["previously_checked"] == expected(first, second)


def test_the_list_lists_them_as_the_detail_does(client, linked):
    claim, first, second = linked

    (item,) = [item for item in client.get(CLAIMS, SINCE).json()["results"] if item["id"] == claim.pk]

    assert item["previously_checked"] == expected(first, second)


def test_a_claim_linked_to_nothing_has_an_empty_list(client, linked):
    _, first, _ = linked

    assert client.get(f"{CLAIMS}{first.pk}/").json()["previously_checked"] == []


def test_staff_reading_unpublished_work_get_them_too(client, linked):
    claim, first, second = linked
    draft = make_claim(text="A draft claim.")
    services.link_previous_check(claim=draft, earlier=first, user=make_user("ed2", "Editor"))
    client.force_login(make_user("ed3", "Editor"))

    answers = [
        client.get(f"{CLAIMS}{pk}/", {"include": "unpublished"}).json()["previously_checked"]
        for pk in (claim.pk, draft.pk)
    ]

    assert answers == [expected(first, second), expected(first)]


def test_the_list_costs_the_same_queries_however_many_links(client, editor_, django_assert_max_num_queries):
    earlier = [make_public_claim(text=f"Earlier check number {n}.") for n in range(3)]
    for n in range(20):
        claim = make_public_claim(text=f"Claim number {n}.")
        for one in earlier:
            services.link_previous_check(claim=claim, earlier=one, user=editor_)

    with django_assert_max_num_queries(6):  # tests/api/test_queries.py's anonymous budget
        results = client.get(CLAIMS, {"page_size": 100}).json()["results"]

    assert sum(len(item["previously_checked"]) for item in results) == 60


def test_linking_moves_the_claims_updated_at_for_callers_syncing(client, linked, editor_):
    claim, first, _ = linked
    before = Claim.objects.get(pk=claim.pk).public_changed_at
    services.unlink_previous_check(claim=claim, earlier=first, user=editor_)

    assert Claim.objects.get(pk=claim.pk).public_changed_at > before


def test_withdrawing_an_earlier_check_moves_the_linking_claims_updated_at(client, linked, editor_):
    claim, first, second = linked
    before = timezone.now()

    services.withdraw_briefing(briefing=first.statement.briefing, user=editor_)

    assert Claim.objects.get(pk=claim.pk).public_changed_at >= before
    assert client.get(f"{CLAIMS}{claim.pk}/").json()["previously_checked"] == expected(second)


def test_similar_to_answers_carry_them_with_the_similarity(client, linked):
    claim, first, second = linked

    results = client.get(CLAIMS, {"similar_to": "Russia began its invasion of Ukraine in 2022."}).json()
    (item,) = [item for item in results["results"] if item["id"] == claim.pk]

    assert item["previously_checked"] == expected(first, second)
    assert 0 < item["similarity"] <= 1


def test_no_other_answer_carries_a_similarity(client, linked):
    claim, _, _ = linked

    assert "similarity" not in client.get(f"{CLAIMS}{claim.pk}/").json()
    assert all("similarity" not in item for item in client.get(CLAIMS).json()["results"])


@pytest.fixture
def claim_schema():
    response = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    return json.loads(response.content)["components"]["schemas"]


def test_the_schema_documents_previously_checked_as_a_list_of_claim_references(claim_schema):
    field = claim_schema["Claim"]["properties"]["previously_checked"]

    assert field["type"] == "array"
    assert "checked before" in field["description"]
    reference = claim_schema[field["items"]["$ref"].rsplit("/", 1)[1]]
    assert reference["properties"] == {
        "id": {"type": "integer", "readOnly": True},
        "url": {"type": "string", "format": "uri", "readOnly": True},
    }
    assert "previously_checked" in claim_schema["Claim"]["required"]


def test_the_schema_documents_similarity_as_an_optional_nullable_number_from_0_to_1(claim_schema):
    field = claim_schema["Claim"]["properties"]["similarity"]

    assert (field["type"], field["minimum"], field["maximum"], field["nullable"]) == ("number", 0, 1, True)
    assert "similar_to" in field["description"]
    assert "similarity" not in claim_schema["Claim"]["required"]
