"""Sources name their public page (`page_url`: the source as cited and the public verdicts
citing it, `/sources/<id>/`) as claims, briefings and statements do; null while the public
cannot read it."""

from django.test import override_settings

from .callers import API, client_for, results

NEWSROOM = "https://news.example/"


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_public_source_in_the_list_names_its_public_page(desk, client):
    listed = results(client.get(f"{API}sources/"))
    assert [item["page_url"] for item in listed] == [
        f"https://news.example/sources/{item['id']}/" for item in listed
    ]
    assert listed


def test_a_public_sources_page_url_is_a_page_that_answers(desk, client):
    source = results(client.get(f"{API}sources/"))[0]
    detail = client.get(source["url"]).json()
    assert client.get(detail["page_url"]).status_code == 200


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_public_claims_sources_name_their_pages_in_the_list_and_the_detail(desk, client):
    claim = desk.public_claims[0]
    listed = {item["id"]: item for item in results(client.get(f"{API}claims/"))}[claim.pk]
    detail = client.get(f"{API}claims/{claim.pk}/").json()
    for answer in (listed, detail):
        pages = [evidence["source"]["page_url"] for evidence in answer["evidence"]]
        ids = [evidence["source"]["id"] for evidence in answer["evidence"]]
        assert pages == [f"https://news.example/sources/{pk}/" for pk in ids]


def test_a_source_cited_only_in_a_draft_has_no_page_for_staff(desk, client):
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}sources/{desk.hidden_source.pk}/?include=unpublished").json()
    assert detail["page_url"] is None


def test_an_uncited_source_in_the_staff_list_has_no_page(desk, client):
    caller = client_for("editor", desk, client)
    listed = {
        item["id"]: item for item in results(caller.get(f"{API}sources/?include=unpublished&page_size=200"))
    }
    assert listed[desk.uncited_source.pk]["page_url"] is None


def test_a_public_source_keeps_its_page_for_staff(desk, client):
    public = results(client.get(f"{API}sources/"))[0]
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}sources/{public['id']}/?include=unpublished").json()
    assert detail["page_url"] == public["page_url"]


def test_a_draft_claims_source_has_no_page_in_the_staff_claim(desk, client):
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}claims/{desk.draft_claim.pk}/?include=unpublished").json()
    assert [evidence["source"]["page_url"] for evidence in detail["evidence"]] == [None]


def test_the_staff_claims_list_reads_each_sources_page_without_a_query_each(
    desk, client, django_assert_max_num_queries
):
    caller = client_for("editor", desk, client)
    caller.get(f"{API}claims/?include=unpublished&page_size=2")
    with django_assert_max_num_queries(20) as few:
        caller.get(f"{API}claims/?include=unpublished&page_size=2")
    with django_assert_max_num_queries(len(few)):
        caller.get(f"{API}claims/?include=unpublished&page_size=40")


def test_the_schema_documents_page_url_on_sources(client):
    schema = client.get("/api/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}).json()
    field = schema["components"]["schemas"]["Source"]["properties"]["page_url"]
    assert (field["format"], field["nullable"]) == ("uri", True)
