"""`.json` after a list or detail address (DRF's format suffixes, `/api/v1/claims.json`) reads
as `?format=json`, and following an object's `url` in such an answer reads that object, whichever
form the `url` has (briefings', statements' and sources' keep the suffix, as DRF writes them;
public claims' do not: docs/api.md)."""

from .callers import API, client_for, results


def test_a_claims_detail_with_the_json_suffix_is_the_detail(desk, client):
    pk = desk.public_claims[0].pk
    assert client.get(f"{API}claims/{pk}.json").json() == client.get(f"{API}claims/{pk}/").json()


def test_a_briefings_url_under_the_json_suffix_reads_that_briefing(desk, client):
    listed = results(client.get(f"{API}briefings.json"))
    assert listed
    assert all(client.get(item["url"]).json()["slug"] == item["slug"] for item in listed)


def test_a_statements_url_under_the_json_suffix_reads_that_statement(desk, client):
    listed = results(client.get(f"{API}statements.json"))
    assert listed
    assert all(client.get(item["url"]).json()["id"] == item["id"] for item in listed[:5])


def test_a_staff_claims_url_under_the_json_suffix_reads_the_same_draft(desk, client):
    caller = client_for("editor", desk, client)
    listed = results(caller.get(f"{API}claims.json?include=unpublished"))
    assert listed
    assert all(caller.get(item["url"]).json()["id"] == item["id"] for item in listed[:5])


def test_a_briefings_url_under_the_json_suffix_keeps_it_as_drf_writes_it(desk, client):
    listed = results(client.get(f"{API}briefings.json"))
    assert all(item["url"].endswith(".json") for item in listed)
