"""Paginated lists also say where the next and previous pages are in an RFC 8288 `Link` header,
which generic HTTP clients follow without reading the body; the body's `next` and `previous`
stay. And `Vary` names each header once, in one case (`Origin`, not django-cors-headers' `origin`)."""

import re

from django.http import HttpResponse

from config.middleware import normalise_vary

from .callers import API, client_for

LINK = re.compile(r'<([^>]*)>; rel="([a-z]+)"')
ELSEWHERE = {"HTTP_ORIGIN": "https://partner.example"}


def links(response):
    return {rel: url for url, rel in LINK.findall(response.get("Link", ""))}


def test_a_page_of_claims_links_the_next_page_as_the_body_does(desk, client):
    response = client.get(f"{API}claims/?page_size=1")
    assert links(response)["next"] == response.json()["next"]


def test_the_next_page_of_claims_links_back_and_to_the_first(desk, client):
    second = client.get(client.get(f"{API}claims/?page_size=1").json()["next"])
    assert links(second)["prev"] == second.json()["previous"]
    assert links(second)["first"] == "http://testserver/api/v1/claims/?page_size=1"


def test_a_numbered_page_links_next_prev_first_and_last(desk, client):
    response = client.get(f"{API}statements/?page_size=2&page=2")
    body, named = response.json(), links(response)
    assert (named["next"], named["prev"]) == (body["next"], body["previous"])
    assert named["first"] == "http://testserver/api/v1/statements/?page_size=2"
    assert f"page={-(-body['count'] // 2)}&" in named["last"]


def test_the_first_numbered_page_links_no_first_or_prev(desk, client):
    assert set(links(client.get(f"{API}statements/?page_size=2"))) == {"next", "last"}


def test_a_list_of_one_page_sends_no_link(desk, client):
    assert "Link" not in client.get(f"{API}ratings/")


def test_a_detail_sends_no_link(desk, client):
    assert "Link" not in client.get(f"{API}claims/{desk.public_claims[0].pk}/")


def test_a_cached_page_links_the_same_pages(desk, client):
    first = client.get(f"{API}statements/?page_size=2")
    again = client.get(f"{API}statements/?page_size=2")
    assert again["Link"] == first["Link"]


def test_a_staff_page_links_its_next_page_with_what_it_included(desk, client):
    caller = client_for("token", desk, client)
    response = caller.get(f"{API}claims/?include=unpublished&page_size=1")
    assert "include=unpublished" in links(response)["next"]


def test_a_page_of_another_origin_may_read_the_link(desk, client):
    exposed = client.get(f"{API}claims/?page_size=1", **ELSEWHERE)["Access-Control-Expose-Headers"]
    assert "Link" in exposed.split(", ")


def test_vary_names_origin_in_the_case_of_the_others(desk, client):
    names = client.get(f"{API}claims/", **ELSEWHERE)["Vary"].split(", ")
    assert "Origin" in names
    assert "origin" not in names


def test_a_cached_answers_vary_names_each_header_once(desk, client):
    client.get(f"{API}claims/", **ELSEWHERE)
    names = client.get(f"{API}claims/", **ELSEWHERE)["Vary"].split(", ")
    assert sorted(names, key=str.lower) == sorted(set(names), key=str.lower)
    assert "Origin" in names


def test_an_errors_vary_names_origin_in_one_case(desk, client):
    names = client.get(f"{API}claims/?min_check_worthiness=lots", **ELSEWHERE)["Vary"].split(", ")
    assert [name for name in names if name.lower() == "origin"] == ["Origin"]


def test_a_preflights_vary_names_origin_in_one_case(desk, client):
    response = client.options(f"{API}claims/", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **ELSEWHERE)
    assert "Origin" in response["Vary"].split(", ")


def test_the_schema_documents_link_on_lists_only(client):
    schema = client.get("/api/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}).json()
    claims = schema["paths"]["/api/v1/claims/"]["get"]["responses"]["200"]["headers"]
    detail = schema["paths"]["/api/v1/claims/{id}/"]["get"]["responses"]["200"]["headers"]
    assert "Link" in claims
    assert "Link" not in detail


def test_vary_keeps_a_name_written_in_capitals_as_written():
    response = HttpResponse(headers={"Vary": "DNT, origin, Origin, accept-encoding"})
    normalise_vary(response)
    assert response["Vary"] == "DNT, Origin, Accept-Encoding"


def test_a_not_modified_answer_from_the_public_cache_repeats_the_link(desk, client):
    first = client.get(f"{API}statements/?page_size=2")
    again = client.get(f"{API}statements/?page_size=2", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["Link"] == first["Link"]


def test_a_not_modified_answer_to_staff_repeats_the_link(desk, client):
    staff = client_for("editor", desk, client)
    first = staff.get(f"{API}statements/?page_size=2&include=unpublished")
    again = staff.get(f"{API}statements/?page_size=2&include=unpublished", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["Link"] == first["Link"]


def test_the_schema_documents_the_link_on_a_not_modified_list(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert "Link" in schema["paths"]["/api/v1/statements/"]["get"]["responses"]["304"]["headers"]
