"""`GET /api/v1/claims/?similar_to=TEXT`: has this been checked? One page of public claims, most
similar first, each with its similarity; 400 for what it cannot answer."""

import pytest

from factcheck.models import Claim
from factcheck.similarity import TEXT_MAX, THRESHOLD

from ..factories import make_claim, make_public_claim, make_user
from .callers import API, results

pytestmark = pytest.mark.django_db
CLAIMS = f"{API}claims/"
INVASION = "Russia invaded Ukraine on February 24, 2022."
QUESTION = "When did Russia begin its full-scale invasion of Ukraine?"


@pytest.fixture
def archive():
    return {
        "invasion": make_public_claim(text=INVASION),
        "border": make_public_claim(text="Russia massed troops on Ukraine's border in 2021."),
        "port": make_public_claim(text="The port handled 140 ships last week."),
    }


def ask(client, text, **params):
    return client.get(CLAIMS, {"similar_to": text, **params})


def test_an_anonymous_caller_finds_the_claim_asked_about_in_other_words(archive, client):
    (found, *_) = results(ask(client, QUESTION))

    assert found["id"] == archive["invasion"].pk
    assert THRESHOLD <= found["similarity"] <= 1


def test_the_claims_come_most_similar_first(archive, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        found = results(ask(client, "Russia invaded Ukraine in February 2022"))

    assert [claim["id"] for claim in found] == [archive["invasion"].pk, archive["border"].pk]
    assert found[0]["similarity"] > found[1]["similarity"]


def test_nothing_below_the_threshold_is_listed(archive, client):
    found = results(ask(client, QUESTION))

    assert archive["port"].pk not in [claim["id"] for claim in found]
    assert all(claim["similarity"] >= THRESHOLD for claim in found)


def test_page_size_caps_the_page(archive, client):
    assert len(results(ask(client, "Russia invaded Ukraine in February 2022", page_size=1))) == 1


def test_unpublished_claims_never_appear(client):
    make_claim(Claim.Status.PUBLISHED, checked=True, text=INVASION)  # in a draft briefing
    make_claim(text=INVASION)

    assert results(ask(client, INVASION)) == []


def test_staff_read_the_same_public_claims(archive, client):
    client.force_login(make_user("checker", "Checker"))

    assert [claim["id"] for claim in results(ask(client, QUESTION))] == [archive["invasion"].pk]


@pytest.mark.parametrize("text", ["", "   ", "\x00", "Russia\x00"])
def test_an_empty_text_answers_400(text, client):
    response = ask(client, text)

    assert response.status_code == 400
    assert "similar_to" in response.json()


def test_a_too_long_text_answers_400(client):
    response = ask(client, "a" * (TEXT_MAX + 1))

    assert response.status_code == 400
    assert f"At most {TEXT_MAX} characters" in response.json()["similar_to"][0]


@pytest.mark.parametrize("param", [{"cursor": "abc"}, {"ordering": "id"}])
def test_combined_with_a_cursor_or_an_ordering_it_answers_400(param, client):
    response = ask(client, QUESTION, **param)

    assert response.status_code == 400
    assert "Cannot be combined" in response.json()["similar_to"][0]


def test_a_write_answers_405_in_json(client):
    response = client.post(f"{CLAIMS}?similar_to=Russia", {})

    assert response.status_code == 405
    assert "detail" in response.json()


def test_each_text_is_cached_apart(archive, client):
    first = results(ask(client, QUESTION))
    other = results(ask(client, "How many ships did the port handle?"))

    assert [claim["id"] for claim in first] != [claim["id"] for claim in other]
    assert [claim["id"] for claim in results(ask(client, QUESTION))] == [claim["id"] for claim in first]


def test_the_schema_documents_the_parameter(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    parameters = schema["paths"]["/api/v1/claims/"]["get"]["parameters"]

    assert "similarity" in next(p for p in parameters if p["name"] == "similar_to")["description"]
