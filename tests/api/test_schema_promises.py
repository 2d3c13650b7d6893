"""What schemathesis (test_schemathesis.py) does not check: that the answer headers the schema
documents are the ones sent, that every refusal it documents comes as the JSON it documents,
and that every query parameter refuses a value outside its schema by name, and takes one inside
it. An outside client generated from the schema relies on all three."""

import json

import pytest
from drf_spectacular.generators import SchemaGenerator
from openapi_schema_validator import OAS30ReadValidator

SCHEMA = SchemaGenerator().get_schema(request=None, public=True)
PATHS = sorted(SCHEMA["paths"])
LISTS = [path for path in PATHS if "{" not in path]
#: The headers a client reads whose presence the schema documents per status.
DOCUMENTED = {"etag", "last-modified", "link", "retry-after", "allow"}
QUERY = sorted(
    (path, parameter["name"])
    for path in PATHS
    for parameter in SCHEMA["paths"][path]["get"].get("parameters", [])
    if parameter["in"] == "query"
)
#: A value outside each kind of schema, and one inside it.
WRONG = {"integer": "twelve", "date": "2026-02-30", "date-time": "yesterday", "enum": "no-such-value"}


@pytest.fixture
def served(client, db):
    """The schema as served (the module's copy is generated the same way, for parametrizing)."""
    return json.loads(client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").content)


def address(path, desk):
    claim = desk.public_claims[0]
    return (
        path.replace("{slug}", "accurate" if "ratings" in path else desk.briefing.slug)
        .replace("{id}", str(claim.statement_id if "statements" in path else claim.pk))
        .replace("/sources/" + str(claim.pk), f"/sources/{desk.public_sources[0].pk}")
    )


def validate(schema, path, status, response):
    assert response["Content-Type"].startswith("application/json"), (path, status, response["Content-Type"])
    documented = schema["paths"][path]["get"]["responses"][str(status)]
    media = documented["content"]["application/json"]["schema"]
    OAS30ReadValidator({**media, "components": schema["components"]}).validate(response.json())


def kind(parameter):
    schema = parameter["schema"]
    if schema.get("enum") or schema.get("items", {}).get("enum"):
        return "enum"
    return schema.get("format") or schema.get("type")


@pytest.mark.parametrize("path", PATHS)
def test_every_answer_header_sent_with_a_200_is_documented(path, desk, client, served):
    query = "?page_size=1" if path in LISTS else ""
    response = client.get(address(path, desk) + query)
    documented = {name.lower() for name in served["paths"][path]["get"]["responses"]["200"]["headers"]}
    sent = {name.lower() for name in response.headers} & DOCUMENTED
    assert response.status_code == 200
    assert sent <= documented, (path, sent - documented)


@pytest.mark.parametrize("path", PATHS)
def test_every_200_carries_the_etag_and_last_modified_it_documents(path, desk, client):
    response = client.get(address(path, desk))
    assert {"ETag", "Last-Modified"} <= set(response.headers), path


@pytest.mark.parametrize("path", LISTS)
def test_a_list_of_many_pages_sends_the_link_it_documents(path, desk, client):
    response = client.get(address(path, desk) + "?page_size=1")
    assert response.json()["next"] is None or 'rel="next"' in response["Link"], path


@pytest.mark.parametrize("path", PATHS)
def test_a_write_is_refused_as_the_schema_documents_a_405(path, desk, client, served):
    response = client.post(address(path, desk))
    assert response.status_code == 405
    assert "Allow" in response.headers
    validate(served, path, 405, response)


@pytest.mark.parametrize("path", PATHS)
def test_an_unacceptable_format_is_refused_as_the_schema_documents_a_406(path, desk, client, served):
    response = client.get(address(path, desk), HTTP_ACCEPT="application/xml")
    assert response.status_code == 406
    validate(served, path, 406, response)


@pytest.mark.parametrize("path", PATHS)
def test_a_failed_if_match_is_refused_as_the_schema_documents_a_412(path, desk, client, served):
    response = client.get(address(path, desk), HTTP_IF_MATCH='"not-this-one"')
    assert response.status_code == 412
    validate(served, path, 412, response)


@pytest.mark.parametrize("path", PATHS)
def test_a_bad_token_is_refused_as_the_schema_documents_a_401(path, desk, client, served):
    response = client.get(address(path, desk), HTTP_AUTHORIZATION="Token not-a-token")
    assert response.status_code == 401
    validate(served, path, 401, response)


@pytest.mark.parametrize("path", [path for path in PATHS if "{" in path])
def test_a_missing_object_is_refused_as_the_schema_documents_a_404(path, client, served, db):
    response = client.get(path.replace("{slug}", "no-such-thing").replace("{id}", "987654321"))
    assert response.status_code == 404
    validate(served, path, 404, response)


@pytest.mark.parametrize("path", [path for path in LISTS if path.rsplit("v1/")[-1] != "claims/"])
def test_a_page_past_the_end_is_refused_as_the_schema_documents_a_404(path, desk, client, served):
    response = client.get(address(path, desk) + "?page=9999")
    assert response.status_code == 404
    validate(served, path, 404, response)


@pytest.mark.parametrize(("path", "name"), [(p, n) for p, n in QUERY if n != "include"])
def test_every_query_parameter_refuses_a_value_outside_its_schema_by_name(path, name, desk, client, served):
    parameter = next(p for p in served["paths"][path]["get"]["parameters"] if p["name"] == name)
    wrong = WRONG.get(kind(parameter), "\x00")  # a string parameter refuses NUL (its pattern)
    response = client.get(address(path, desk), {name: wrong})
    assert response.status_code == 400, (path, name, response.status_code)
    assert name in response.json()
    validate(served, path, 400, response)


@pytest.mark.parametrize(("path", "name"), QUERY)
def test_every_query_parameter_takes_a_value_inside_its_schema(path, name, desk, client, served):
    parameter = next(p for p in served["paths"][path]["get"]["parameters"] if p["name"] == name)
    schema = parameter["schema"]
    enum = schema.get("enum") or schema.get("items", {}).get("enum")
    value = {
        "integer": str(schema.get("minimum", 1)),
        "date": "2026-01-01",
        "date-time": "2026-01-01T00:00:00Z",
    }.get(kind(parameter), enum[0] if enum else "a")
    value = {"briefing": desk.briefing.slug, "rating": "accurate"}.get(name, value)  # known slugs only
    if name == "cursor":
        value = (
            client.get(address(path, desk), {"page_size": 1}).json()["next"].split("cursor=")[1].split("&")[0]
        )
    token = {"HTTP_AUTHORIZATION": f"Token {desk.token_key}"} if name == "include" else {}
    response = client.get(
        address(path, desk) + f"?{name}={value}" + ("&page_size=1" if name == "cursor" else ""), **token
    )
    assert response.status_code == 200, (path, name, value, response.content[:200])
    validate(served, path, 200, response)
