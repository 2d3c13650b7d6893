"""What the API says of an article whose split an editor corrected: a hidden statement is absent
for the public (lists, `?revision=`, its detail answers 404, the briefing's detail), staff who
include unpublished work still read it, and every statement's `anchor` is its lasting one (a
split's second part `s-3-2`), in the statements, the briefing's detail and a claim's statement."""

import pytest

from briefings.editing import unhide_statement
from briefings.models import Statement

from ..factories import make_user
from ..public.edited_world import PLUG, SLUG, edited_world
from .callers import API, results

pytestmark = pytest.mark.django_db


def texts_of_briefing_detail(client, params=None):
    response = client.get(f"{API}briefings/{SLUG}/", params or {})
    assert response.status_code == 200, response.content
    return [s["text"] for section in response.json()["sections"] for s in section["statements"]]


def hidden_world():
    world = edited_world()
    world.hide()
    return world, Statement.objects.get(text=PLUG)


def as_staff(client):
    client.force_login(make_user("desk-checker", "Checker"))
    return client


def test_the_statements_list_leaves_out_a_hidden_statement(client):
    hidden_world()
    texts = [s["text"] for s in results(client.get(f"{API}statements/", {"briefing": SLUG}))]
    assert "Officials expect more." in texts
    assert PLUG not in texts


def test_the_statements_list_of_a_revision_leaves_out_a_hidden_statement(client):
    hidden_world()
    listed = results(client.get(f"{API}statements/", {"briefing": SLUG, "revision": 1}))
    assert len(listed) == 4
    assert PLUG not in [s["text"] for s in listed]


def test_a_hidden_statements_detail_answers_404_in_json(client):
    _, hidden = hidden_world()
    response = client.get(f"{API}statements/{hidden.pk}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_a_hidden_statements_detail_answers_404_to_staff_who_do_not_include_unpublished(client):
    _, hidden = hidden_world()
    assert as_staff(client).get(f"{API}statements/{hidden.pk}/").status_code == 404


def test_the_briefing_detail_leaves_out_a_hidden_statement(client):
    hidden_world()
    texts = texts_of_briefing_detail(client)
    assert len(texts) == 4
    assert PLUG not in texts


def test_staff_who_include_unpublished_work_read_a_hidden_statement(client):
    _, hidden = hidden_world()
    client = as_staff(client)
    detail = client.get(f"{API}statements/{hidden.pk}/", {"include": "unpublished"})
    assert detail.status_code == 200
    assert PLUG in texts_of_briefing_detail(client, {"include": "unpublished"})


def test_a_statement_shown_again_is_back_in_the_api(client):
    world, hidden = hidden_world()
    unhide_statement(statement=hidden, user=world.editor)
    assert client.get(f"{API}statements/{hidden.pk}/").status_code == 200


def test_the_briefing_detail_gives_a_split_statements_parts_their_lasting_anchors(client):
    world = edited_world()
    world.split("The mayor opened a new quay.", 9)
    response = client.get(f"{API}briefings/{SLUG}/")
    anchors = [s["anchor"] for section in response.json()["sections"] for s in section["statements"]]
    assert anchors == ["s-1", "s-2", "s-3", "s-3-2", "s-4", "s-5"]


def test_the_statements_list_and_the_briefing_detail_agree_on_anchors_after_a_merge(client):
    world = edited_world()
    world.merge("Officials expect more.")
    listed = results(client.get(f"{API}statements/", {"briefing": SLUG, "ordering": "position"}))
    response = client.get(f"{API}briefings/{SLUG}/")
    outlined = [s["anchor"] for section in response.json()["sections"] for s in section["statements"]]
    assert [s["anchor"] for s in listed] == outlined == ["s-1", "s-2", "s-4", "s-5"]


def test_a_claims_statement_carries_its_anchor(client):
    world = edited_world(claim_text="expect more")
    world.split("Officials expect more.", 10)
    response = client.get(f"{API}claims/{world.claim.pk}/")
    assert response.json()["statement"]["anchor"] == "s-2-2"


def test_the_schema_describes_a_claims_statements_anchor(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    reference = response.json()["components"]["schemas"]["StatementReference"]
    assert reference["properties"]["anchor"]["type"] == "string"
    assert "s-7-2" in reference["properties"]["anchor"]["description"]
    assert "anchor" in reference["required"]
