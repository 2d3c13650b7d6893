"""The OpenAPI schema at /api/schema/: valid OpenAPI 3, generated without warnings, and
describing every filter, ordering field, parameter and answer the API has."""

import json

import pytest
import yaml
from django.core.management import call_command
from openapi_spec_validator import validate

from factcheck.api import filters, views

LISTS = {
    "/api/v1/briefings/": views.BriefingViewSet,
    "/api/v1/statements/": views.StatementViewSet,
    "/api/v1/claims/": views.ClaimViewSet,
    "/api/v1/sources/": views.SourceViewSet,
    "/api/v1/ratings/": views.RatingViewSet,
    "/api/v1/claimreviews/": views.ClaimReviewViewSet,
}


@pytest.fixture
def schema(client, db):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return json.loads(response.content)


def parameters(schema, path):
    return {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}


def test_the_schema_is_valid_openapi_3(schema):
    assert schema["openapi"].startswith("3.")
    validate(schema)


def test_the_yaml_rendering_is_the_same_schema(client, db, schema):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi")
    assert yaml.safe_load(response.content) == schema


def test_the_schema_generates_without_warnings(tmp_path, db):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))


def test_every_endpoint_is_described_and_only_get(schema):
    paths = set(schema["paths"])
    assert paths == set(LISTS) | {
        "/api/v1/briefings/{slug}/",
        "/api/v1/statements/{id}/",
        "/api/v1/claims/{id}/",
        "/api/v1/sources/{id}/",
        "/api/v1/ratings/{slug}/",
        "/api/v1/claimreviews/{id}/",
    }
    assert {method for item in schema["paths"].values() for method in item} == {"get"}


@pytest.mark.parametrize("path", LISTS)
def test_every_filter_and_ordering_field_is_described(path, schema):
    view = LISTS[path]
    documented = parameters(schema, path)
    filterset = getattr(view, "filterset_class", None)
    for name in filterset.base_filters if filterset else []:
        assert name in documented, name
        assert documented[name]["in"] == "query"
    assert documented["page_size"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 200}
    assert ("cursor" in documented) == (view is views.ClaimViewSet)
    assert ("page" in documented) == (view is not views.ClaimViewSet)
    if view.filter_backends:
        enum = documented["ordering"]["schema"]["items"]["enum"]
        assert set(enum) == {*view.ordering_fields, *(f"-{field}" for field in view.ordering_fields)}
    assert ("include" in documented) == view.offers_unpublished
    assert "format" not in documented
    # An empty value counts as not given, except where a value is required (`similar_to`).
    optional = [p for p in documented.values() if p["in"] == "query" and not p["schema"].get("minLength")]
    assert all(p.get("allowEmptyValue") for p in optional)


def test_filter_types_are_precise(schema):
    claims = parameters(schema, "/api/v1/claims/")
    assert claims["min_check_worthiness"]["schema"] == {"type": "integer", "minimum": 0, "maximum": 100}
    for name in ["published_after", "published_before", "updated_since"]:
        assert claims[name]["schema"] == {"type": "string", "format": "date-time"}
        assert claims[name]["description"]
    assert set(claims["status"]["schema"]["enum"]) == set(filters.Claim.Status.values)
    briefings = parameters(schema, "/api/v1/briefings/")
    assert briefings["published_after"]["schema"] == {"type": "string", "format": "date"}
    assert parameters(schema, "/api/v1/sources/")["kind"]["schema"]["enum"]
    assert claims["include"]["schema"] == {"type": "string", "enum": ["unpublished"]}


@pytest.mark.parametrize("path", LISTS)
def test_answers_and_their_headers_are_described(path, schema):
    for item_path in [path, *(p for p in schema["paths"] if p.startswith(path) and p != path)]:
        responses = schema["paths"][item_path]["get"]["responses"]
        detail = item_path != path
        expected = (
            {"200", "304", "400", "401", "404", "405", "406", "412", "429", "503"}
            | ({"403"} if LISTS[path].offers_unpublished else set())
            | ({"410"} if detail and LISTS[path].withdrawable else set())
        )
        assert set(responses) == expected, item_path
        assert set(responses["200"]["headers"]) == {"ETag", "Last-Modified", "Allow"} | (
            set() if detail else {"Link"}
        )
        assert "content" not in responses["304"]
        assert set(responses["429"]["headers"]) == {"Retry-After"}
        assert set(responses["503"]["headers"]) == {"Retry-After"}
        assert set(responses["405"]["headers"]) == {"Allow"}
        assert responses["400"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ValidationError"
        }
        security = schema["paths"][item_path]["get"]["security"]
        assert security == [{"tokenAuth": []}, {"bearerAuth": []}, {"cookieAuth": []}, {}]


def test_the_schema_offers_the_token_as_a_bearer_token(schema):
    assert schema["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"


def test_the_schema_still_offers_the_token_with_its_token_prefix(schema):
    assert "Token" in schema["components"]["securitySchemes"]["tokenAuth"]["description"]


def documented_error(schema, path, status):
    """The schema of the JSON body documented for `status` at `path`."""
    content = schema["paths"][path]["get"]["responses"][status]["content"]
    return content["application/json"]["schema"]


@pytest.mark.parametrize("path", LISTS)
def test_a_write_is_documented_as_405_with_the_body_it_gets(path, schema, client):
    response = client.post(path)
    assert response.status_code == 405
    assert documented_error(schema, path, "405") == {"$ref": "#/components/schemas/Error"}
    assert set(response.json()) == set(schema["components"]["schemas"]["Error"]["properties"])


@pytest.mark.parametrize("path", LISTS)
def test_an_unsatisfiable_accept_is_documented_as_406_with_the_body_it_gets(path, schema, client):
    response = client.get(path, HTTP_ACCEPT="application/xml")
    assert response.status_code == 406
    assert documented_error(schema, path, "406") == {"$ref": "#/components/schemas/Error"}
    assert set(response.json()) == set(schema["components"]["schemas"]["Error"]["properties"])


@pytest.mark.parametrize("path", LISTS)
def test_a_failed_precondition_is_documented_as_412_with_the_body_it_gets(path, schema, client):
    response = client.get(path, HTTP_IF_MATCH='W/"not-this-answer"')
    assert response.status_code == 412
    assert documented_error(schema, path, "412") == {"$ref": "#/components/schemas/Error"}
    assert set(response.json()) == set(schema["components"]["schemas"]["Error"]["properties"])


def test_a_tombstones_withdrawal_date_may_be_null_as_a_410s_may(schema):
    components = schema["components"]["schemas"]
    assert components["ClaimTombstone"]["properties"]["withdrawn_at"]["nullable"] is True
    assert components["Gone"]["properties"]["withdrawn_at"]["nullable"] is True


def test_claims_are_a_cursor_and_claimreviews_are_json_ld(schema):
    components = schema["components"]["schemas"]
    assert set(components["PaginatedClaimOrTombstoneList"]["properties"]) == {"next", "previous", "results"}
    assert {item["$ref"] for item in components["ClaimOrTombstone"]["oneOf"]} == {
        "#/components/schemas/Claim",
        "#/components/schemas/ClaimTombstone",
    }
    assert set(components["ClaimTombstone"]["required"]) == {"id", "url", "status", "withdrawn_at"}
    review = components["ClaimReview"]
    assert {"@context", "@type", "claimReviewed", "itemReviewed", "reviewRating"} <= set(review["required"])
    assert components["PaginatedClaimReviewList"]["properties"]["results"]["items"] == {
        "$ref": "#/components/schemas/ClaimReview"
    }
