"""Claims and briefings name their public page (`page_url`) on the newsroom's site, as their
ClaimReview does: a partner links a verdict without building the address itself."""

from django.test import override_settings

from .callers import API, client_for, results

NEWSROOM = "https://news.example/"


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_public_claim_in_the_list_names_its_public_page(desk, client):
    claim = desk.public_claims[0]
    listed = {item["id"]: item for item in results(client.get(f"{API}claims/"))}
    assert listed[claim.pk]["page_url"] == f"https://news.example/claims/{claim.pk}/"


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_public_claims_detail_names_the_page_its_claimreview_links(desk, client):
    claim = desk.public_claims[0]
    detail = client.get(f"{API}claims/{claim.pk}/").json()
    review = client.get(f"{API}claimreviews/{claim.pk}/").json()
    assert detail["page_url"] == review["url"]


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_staff_read_a_public_claims_page_in_the_working_copy(desk, client):
    claim = desk.public_claims[0]
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}claims/{claim.pk}/?include=unpublished").json()
    assert detail["page_url"] == f"https://news.example/claims/{claim.pk}/"


def test_an_unpublished_claim_has_no_page(desk, client):
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}claims/{desk.draft_claim.pk}/?include=unpublished").json()
    assert detail["page_url"] is None


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_published_briefing_names_its_public_page_in_the_list_and_the_detail(desk, client):
    slug = desk.briefing.slug
    listed = {item["slug"]: item for item in results(client.get(f"{API}briefings/"))}
    detail = client.get(f"{API}briefings/{slug}/").json()
    assert listed[slug]["page_url"] == detail["page_url"] == f"https://news.example/briefings/{slug}/"


def test_a_draft_briefing_has_no_page(desk, client):
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}briefings/{desk.draft_briefing.slug}/?include=unpublished").json()
    assert detail["page_url"] is None


def test_the_schema_documents_page_url_on_claims_and_briefings(client):
    schema = client.get("/api/schema/", headers={"Accept": "application/vnd.oai.openapi+json"}).json()
    for name in ("Claim", "Briefing", "BriefingDetail"):
        field = schema["components"]["schemas"][name]["properties"]["page_url"]
        assert (field["format"], field["nullable"]) == ("uri", True)


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_statement_names_its_place_on_the_briefings_page(desk, client):
    claim = desk.public_claims[0]
    detail = client.get(f"{API}statements/{claim.statement_id}/").json()
    assert detail["page_url"] == f"https://news.example/briefings/{desk.briefing.slug}/#{detail['anchor']}"


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_statement_in_the_list_and_in_the_briefings_sections_names_the_same_place(desk, client):
    listed = {item["id"]: item["page_url"] for item in results(client.get(f"{API}statements/?page_size=200"))}
    sections = client.get(f"{API}briefings/{desk.briefing.slug}/").json()["sections"]
    in_sections = {item["id"]: item["page_url"] for section in sections for item in section["statements"]}
    assert in_sections
    assert in_sections == {pk: listed[pk] for pk in in_sections}


def test_a_draft_briefings_statement_has_no_page(desk, client):
    caller = client_for("editor", desk, client)
    detail = caller.get(f"{API}statements/{desk.draft_claim.statement_id}/?include=unpublished").json()
    assert detail["page_url"] is None


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_a_statements_claims_name_their_pages_as_the_claims_do(desk, client):
    claim = desk.public_claims[0]
    summaries = client.get(f"{API}statements/{claim.statement_id}/").json()["claims"]
    assert {item["id"]: item["page_url"] for item in summaries}[
        claim.pk
    ] == f"https://news.example/claims/{claim.pk}/"


@override_settings(FACTDESK_NEWSROOM_URL=NEWSROOM)
def test_the_claims_in_a_briefings_sections_name_their_pages(desk, client):
    claim = desk.public_claims[0]
    sections = client.get(f"{API}briefings/{desk.briefing.slug}/").json()["sections"]
    pages = {
        item["id"]: item["page_url"] for s in sections for st in s["statements"] for item in st["claims"]
    }
    assert pages[claim.pk] == f"https://news.example/claims/{claim.pk}/"


def test_an_unpublished_claim_in_a_briefings_sections_has_no_page(desk, client):
    caller = client_for("editor", desk, client)
    url = f"{API}briefings/{desk.draft_briefing.slug}/?include=unpublished"
    sections = caller.get(url).json()["sections"]
    pages = [item["page_url"] for s in sections for st in s["statements"] for item in st["claims"]]
    assert pages
    assert set(pages) == {None}
