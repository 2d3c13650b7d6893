"""The OpenAPI schema describes what revisions added to the API: a claim's `anchor` and nullable
`statement`, each briefing's `revisions`, a statement's `revision` and the list's filter."""

import json

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def components(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    return json.loads(response.content)["components"]["schemas"]


def test_a_claims_anchor_is_an_enum_of_the_five_outcomes_each_explained(components):
    anchor = components["Claim"]["properties"]["anchor"]
    assert anchor["allOf"] == [{"$ref": "#/components/schemas/ClaimAnchorEnum"}]
    assert components["ClaimAnchorEnum"]["enum"] == ["exact", "moved", "changed", "orphaned", "split"]
    for outcome in ("`exact`", "`moved`", "`changed`", "`orphaned`", "`split`"):
        assert outcome in anchor["description"]


def test_a_claims_statement_may_be_null_and_says_when(components):
    statement = components["Claim"]["properties"]["statement"]
    assert statement["nullable"] is True
    assert "null when `orphaned`" in statement["description"]


def test_a_briefing_describes_its_revisions(components):
    revisions = components["Briefing"]["properties"]["revisions"]
    assert revisions["items"] == {"$ref": "#/components/schemas/Revision"}
    assert revisions["description"]
    revision = components["Revision"]
    assert revision["required"] == ["imported_at", "number", "title", "url"]
    assert revision["properties"]["url"]["format"] == "uri"


def test_a_statement_says_its_revision(components):
    assert components["Statement"]["properties"]["revision"]["type"] == "integer"


def test_the_statements_list_describes_its_revision_filter(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    parameters = json.loads(response.content)["paths"]["/api/v1/statements/"]["get"]["parameters"]
    revision = next(parameter for parameter in parameters if parameter["name"] == "revision")
    assert revision["schema"]["minimum"] == 1
    assert "current revision" in revision["description"]
