"""Which format the API answers in: the weights in Accept (RFC 9110 §12.5.1) and `?format=`."""

import pytest
from rest_framework.utils.mediatypes import _MediaType

from factcheck.api.negotiation import weight

CLAIMS = "/api/v1/claims/"


def content_type(client, path=CLAIMS, **headers):
    response = client.get(path, **headers)
    return response.status_code, response["Content-Type"].split(";")[0]


def test_it_answers_json_to_a_client_that_names_no_format(client, db):
    assert content_type(client) == (200, "application/json")


def test_it_answers_json_to_a_client_that_sends_an_empty_accept(client, db):
    assert content_type(client, HTTP_ACCEPT="") == (200, "application/json")


def test_it_answers_json_to_a_client_that_sends_a_blank_accept(client, db):
    assert content_type(client, HTTP_ACCEPT="   ") == (200, "application/json")


def test_it_answers_json_to_a_client_that_takes_anything(client, db):
    assert content_type(client, HTTP_ACCEPT="*/*") == (200, "application/json")


def test_it_refuses_json_to_a_client_that_weighs_it_zero(client, db):
    response = client.get(CLAIMS, HTTP_ACCEPT="application/json;q=0")
    assert (response.status_code, response["Content-Type"]) == (406, "application/json")
    assert response.json() == {"detail": "Could not satisfy the request Accept header."}


def test_it_refuses_every_format_when_the_wildcard_is_weighed_zero(client, db):
    assert content_type(client, HTTP_ACCEPT="*/*;q=0") == (406, "application/json")


def test_it_answers_the_format_the_client_weighs_heaviest(client, db):
    accept = "application/json;q=0.5, text/html;q=0.9"
    assert content_type(client, HTTP_ACCEPT=accept) == (200, "text/html")


def test_it_answers_json_where_the_client_weighs_it_above_the_page(client, db):
    accept = "text/html;q=0.1, application/json"
    assert content_type(client, HTTP_ACCEPT=accept) == (200, "application/json")


def test_a_named_type_outweighs_the_wildcard_that_refuses_the_rest(client, db):
    assert content_type(client, HTTP_ACCEPT="application/json, */*;q=0") == (200, "application/json")


def test_a_refused_wildcard_does_not_refuse_a_named_type(client, db):
    accept = "text/*;q=0, text/html;q=0.3"
    assert content_type(client, HTTP_ACCEPT=accept) == (200, "text/html")


def test_on_a_tie_it_answers_json_first(client, db):
    accept = "text/html;q=0.8, application/json;q=0.8"
    assert content_type(client, HTTP_ACCEPT=accept) == (200, "application/json")


def test_a_browser_still_gets_the_browsable_page(client, db):
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert content_type(client, HTTP_ACCEPT=accept) == (200, "text/html")


def test_an_indent_asked_for_still_indents(client, db):
    response = client.get(CLAIMS, HTTP_ACCEPT="application/json; indent=4")
    assert response.content.startswith(b'{\n    "')


@pytest.mark.parametrize("spelt", ["2", "-1", "0.5000", "nan", "", "1.5", ".5"])
def test_a_weight_not_spelt_as_rfc_9110_spells_it_counts_as_one(spelt):
    assert weight(_MediaType(f"application/json; q={spelt}")) == 1.0


def test_a_client_with_a_malformed_weight_still_gets_json(client, db):
    assert content_type(client, HTTP_ACCEPT="application/json;q=abc") == (200, "application/json")


def test_an_unknown_format_parameter_is_a_406_in_json_naming_the_formats(client, db):
    response = client.get(CLAIMS, {"format": "xml"})
    assert (response.status_code, response["Content-Type"]) == (406, "application/json")
    assert response.json() == {
        "detail": "There is no “xml” format here; ask for one of “json”, “api”, or none."
    }


def test_a_known_format_parameter_still_answers_in_it(client, db):
    assert content_type(client, data={"format": "json"}) == (200, "application/json")


def test_an_unknown_format_suffix_is_still_a_404(client, db):
    response = client.get("/api/v1/claims.xml")
    assert (response.status_code, response["Content-Type"]) == (404, "application/json")


def test_the_schema_still_answers_its_json_when_weighed_above_its_yaml(client, db):
    accept = "application/vnd.oai.openapi;q=0.2, application/vnd.oai.openapi+json"
    assert content_type(client, "/api/schema/", HTTP_ACCEPT=accept) == (
        200,
        "application/vnd.oai.openapi+json",
    )


def test_the_schemas_unknown_format_refusal_names_each_format_once(client, db):
    response = client.get("/api/schema/", {"format": "xml"})
    assert response.status_code == 406
    assert response.json() == {
        "detail": "There is no “xml” format here; ask for one of “yaml”, “json”, or none."
    }
