"""Who reads what: anonymous callers never see drafts, unpublished claims or sources no public
claim cites, on any endpoint, list or detail; staff see them only with include=unpublished."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from rest_framework.authtoken.models import Token

from factcheck.models import Claim, Source

from ..factories import make_staff, make_user
from .callers import API, ROLES, client_for, results

STAFF = ["checker", "editor", "admin", "token"]


def ids(client, url, key="id"):
    return sorted(item[key] for item in results(client.get(url, {"page_size": 200})))


def hidden_details(desk):
    return [
        f"{API}briefings/{desk.draft_briefing.slug}/",
        f"{API}statements/{desk.draft_claim.statement_id}/",
        *(f"{API}claims/{claim.pk}/" for claim in [desk.draft_claim, *desk.unpublished_claims]),
        *(f"{API}claimreviews/{claim.pk}/" for claim in [desk.draft_claim, *desk.unpublished_claims]),
        f"{API}sources/{desk.hidden_source.pk}/",
        f"{API}sources/{desk.uncited_source.pk}/",
    ]


@pytest.mark.parametrize("role", ROLES)
def test_without_include_everyone_reads_public_work_only(role, desk, client):
    client = client_for(role, desk, client)
    public = sorted(claim.pk for claim in desk.public_claims)
    assert ids(client, f"{API}claims/") == public
    assert [review["url"].rsplit("/", 2)[1] for review in results(client.get(f"{API}claimreviews/"))] == [
        str(pk) for pk in sorted(public, reverse=True)
    ]
    assert ids(client, f"{API}briefings/", "slug") == [desk.briefing.slug]
    assert {item["briefing"] for item in results(client.get(f"{API}statements/", {"page_size": 200}))} == {
        desk.briefing.slug
    }
    assert ids(client, f"{API}sources/") == sorted(source.pk for source in desk.public_sources)
    for url in hidden_details(desk):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("role", ROLES)
def test_without_include_embedded_claims_are_public_ones(role, desk, client):
    client = client_for(role, desk, client)
    briefing = client.get(f"{API}briefings/{desk.briefing.slug}/").json()
    embedded = [
        claim for section in briefing["sections"] for s in section["statements"] for claim in s["claims"]
    ]
    assert sorted(claim["id"] for claim in embedded) == sorted(claim.pk for claim in desk.public_claims)
    assert {claim["status"] for claim in embedded} == {"published"}
    statements = results(client.get(f"{API}statements/", {"page_size": 200}))
    assert {claim["status"] for statement in statements for claim in statement["claims"]} == {"published"}


@pytest.mark.parametrize("role", STAFF)
def test_staff_read_everything_with_include_unpublished(role, desk, client):
    client = client_for(role, desk, client)
    everything = {"page_size": 200, "include": "unpublished"}
    claims = results(client.get(f"{API}claims/", everything))
    assert sorted(claim["id"] for claim in claims) == sorted(Claim.objects.values_list("pk", flat=True))
    assert {claim["status"] for claim in claims} > {"published", "in_review", "new", "changes_requested"}
    briefings = results(client.get(f"{API}briefings/", everything))
    assert {b["slug"] for b in briefings} == {desk.briefing.slug, desk.draft_briefing.slug}
    sources = results(client.get(f"{API}sources/", everything))
    assert sorted(source["id"] for source in sources) == sorted(Source.objects.values_list("pk", flat=True))
    for url in hidden_details(desk):
        expected = 404 if "/claimreviews/" in url else 200  # ClaimReview is only ever for public claims
        assert client.get(url, {"include": "unpublished"}).status_code == expected, url
    briefing = client.get(f"{API}briefings/{desk.briefing.slug}/", {"include": "unpublished"}).json()
    embedded = {
        c["status"] for section in briefing["sections"] for s in section["statements"] for c in s["claims"]
    }
    assert embedded > {"published", "in_review"}


def test_links_in_an_answer_with_unpublished_work_lead_to_that_work(desk, client):
    client = client_for("editor", desk, client)
    claim = client.get(f"{API}claims/{desk.draft_claim.pk}/", {"include": "unpublished"}).json()
    assert claim["url"].endswith("?include=unpublished")
    for url in [claim["url"], claim["statement"]["url"]]:
        assert client.get(url).status_code == 200, url


def test_claimreviews_stay_public_whatever_staff_ask(desk, client):
    client = client_for("admin", desk, client)
    reviews = results(client.get(f"{API}claimreviews/", {"include": "unpublished", "page_size": 200}))
    assert len(reviews) == len(desk.public_claims)


def test_anonymous_callers_asking_for_unpublished_work_get_401(desk, client):
    for path in ["claims/", "briefings/", "statements/", "sources/", f"claims/{desk.draft_claim.pk}/"]:
        response = client.get(f"{API}{path}", {"include": "unpublished"})
        assert response.status_code == 401, path
        assert response.headers["WWW-Authenticate"] == "Token"


def test_signed_in_non_staff_asking_for_unpublished_work_get_403(desk, client):
    reader = make_user("reader")
    token = Token.objects.create(user=reader)
    response = client.get(
        f"{API}claims/", {"include": "unpublished"}, HTTP_AUTHORIZATION=f"Token {token.issued_key}"
    )
    assert response.status_code == 403
    plain = client.get(f"{API}claims/", HTTP_AUTHORIZATION=f"Token {token.issued_key}")
    assert sorted(claim["id"] for claim in results(plain)) == sorted(claim.pk for claim in desk.public_claims)


def test_staff_without_a_role_asking_for_unpublished_work_get_403(desk, client):
    """The staff flag alone reads nothing unpublished: a role does."""
    client.force_login(make_staff())
    response = client.get(f"{API}claims/", {"include": "unpublished"})
    assert response.status_code == 403
    assert response.json() == {
        "detail": "Only the desk's checkers, editors and admins may include unpublished work."
    }


def test_include_takes_one_value(desk, client):
    client = client_for("admin", desk, client)
    response = client.get(f"{API}claims/", {"include": "drafts"})
    assert response.status_code == 400
    assert "include" in response.json()


def test_a_revoked_token_reads_nothing(desk, client):
    key = desk.token_key
    assert client.get(f"{API}claims/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 200
    Token.objects.filter(user=desk.users["token"]).delete()
    response = client.get(f"{API}claims/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid token."}


def test_a_deactivated_staff_member_reads_nothing_unpublished(desk, client):
    user = desk.users["token"]
    user.is_active = False
    user.save()
    response = client.get(
        f"{API}claims/", {"include": "unpublished"}, HTTP_AUTHORIZATION=f"Token {desk.token_key}"
    )
    assert response.status_code == 401


def test_unpublishing_a_briefing_hides_its_claims_and_sources(desk, client):
    desk.briefing.status = "draft"
    desk.briefing.save()
    assert results(client.get(f"{API}claims/")) == []
    assert results(client.get(f"{API}sources/")) == []
    assert results(client.get(f"{API}claimreviews/")) == []
    assert client.get(f"{API}claims/{desk.public_claims[0].pk}/").status_code == 404


def test_the_browsable_api_stays_available(desk, client):
    response = client.get(f"{API}claims/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"Claim List" in response.content
    docs = client.get("/api/docs/", HTTP_ACCEPT="text/html")
    assert b"/static/drf_spectacular_sidecar/swagger-ui-dist/" in docs.content
    assert b"cdn." not in docs.content
    for asset in ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"]:
        assert finders.find(f"drf_spectacular_sidecar/swagger-ui-dist/{asset}"), asset


def test_an_admin_creates_and_revokes_tokens_in_the_admin(desk, client):
    robot = make_user("sync-robot", role="Checker")
    admin = Client()
    admin.force_login(desk.users["admin"])
    issued = admin.post("/admin/authtoken/tokenproxy/add/", {"user": robot.pk})
    assert issued.status_code == 200
    key = re.search(r'<code class="api-key">([0-9a-f]{40})</code>', issued.text).group(1)
    assert (
        client.get(f"{API}claims/", {"include": "unpublished"}, HTTP_AUTHORIZATION=f"Token {key}").status_code
        == 200
    )
    assert admin.post(f"/admin/authtoken/tokenproxy/{robot.pk}/delete/", {"post": "yes"}).status_code == 302
    assert client.get(f"{API}claims/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 401
