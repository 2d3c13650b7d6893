"""Real answers whose nested objects are null (`right_of_reply`, `rating`, `statement`) validate
against the OpenAPI schema under a strict OAS 3.0 validator: OAS 3.0.3's `nullable` only counts
beside a `type`, so `{"allOf": [$ref], "nullable": true}` told strict validators and generated
clients that null never comes."""

import json

import pytest
from openapi_schema_validator import OAS30ReadValidator

from factcheck.models import Claim, ClaimVersion
from factcheck.states import Anchor

from ..factories import make_claim, make_public_claim, make_user
from .callers import API

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    return json.loads(response.content)


def strictly_validate(schema, path, body):
    """Check `body` against the 200 answer the schema documents for the operation at `path`."""
    content = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    validator = OAS30ReadValidator({**content["schema"], "components": schema["components"]})
    validator.validate(body)


def answer(client, address, **query):
    response = client.get(f"{API}{address}", query)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def staff(client):
    client.force_login(make_user("checker", role="Checker"))
    return client


def test_a_claim_without_right_of_reply_validates_strictly(client, schema):
    claim = make_public_claim()
    ClaimVersion.objects.filter(claim=claim).update(reply_status="")
    body = answer(client, f"claims/{claim.pk}/")
    assert body["right_of_reply"] is None
    strictly_validate(schema, "/api/v1/claims/{id}/", body)


def test_an_orphaned_claim_without_a_statement_validates_strictly(client, schema):
    claim = make_public_claim()
    Claim.objects.filter(pk=claim.pk).update(anchor=Anchor.ORPHANED)
    body = answer(client, f"claims/{claim.pk}/")
    assert body["statement"] is None
    strictly_validate(schema, "/api/v1/claims/{id}/", body)


def test_an_unrated_claim_validates_strictly(staff, schema):
    claim = make_claim()
    body = answer(staff, f"claims/{claim.pk}/", include="unpublished")
    assert body["rating"] is None
    strictly_validate(schema, "/api/v1/claims/{id}/", body)


def test_a_list_with_unrated_claims_validates_strictly(staff, schema):
    make_claim()
    body = answer(staff, "claims/", include="unpublished")
    assert body["results"][0]["rating"] is None
    strictly_validate(schema, "/api/v1/claims/", body)


def test_a_statement_whose_claim_is_unrated_validates_strictly(staff, schema):
    claim = make_claim()
    body = answer(staff, f"statements/{claim.statement_id}/", include="unpublished")
    assert body["claims"][0]["rating"] is None
    strictly_validate(schema, "/api/v1/statements/{id}/", body)
