"""`.json` after a list or detail address (DRF's format suffixes, `/api/v1/claims.json`) reads
as `?format=json`; the objects' `url` in such an answer is their one address in the API, as in
every other answer (briefings, statements and sources wrote theirs with the suffix, public claims
without)."""

from .callers import API, client_for, results


def test_a_claims_detail_with_the_json_suffix_is_the_detail(desk, client):
    pk = desk.public_claims[0].pk
    assert client.get(f"{API}claims/{pk}.json").json() == client.get(f"{API}claims/{pk}/").json()


def test_a_briefings_url_under_the_json_suffix_is_its_address(desk, client):
    listed = results(client.get(f"{API}briefings.json"))
    assert [item["url"] for item in listed] == [
        item["url"] for item in results(client.get(f"{API}briefings/"))
    ]


def test_a_statements_url_under_the_json_suffix_is_its_address(desk, client):
    listed = results(client.get(f"{API}statements.json"))
    assert all(item["url"].endswith(f"/statements/{item['id']}/") for item in listed)


def test_a_staff_claims_url_under_the_json_suffix_is_its_address(desk, client):
    caller = client_for("editor", desk, client)
    listed = results(caller.get(f"{API}claims.json?include=unpublished"))
    assert all(item["url"].endswith(f"/claims/{item['id']}/?include=unpublished") for item in listed)
