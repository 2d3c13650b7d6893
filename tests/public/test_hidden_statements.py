"""A statement an editor hid (not part of the article: a newsletter plug) stays in the text and
on the desk, and out of every public page: the article, its revisions, its counts, search and the
claim page's paragraph. Staff previews leave it out too: they show what the public would read."""

import pytest

from briefings.importers import import_briefing
from factcheck.models import Claim

from ..factories import make_claim
from .edited_world import PLUG, SLUG, TEXT, URL, edited_world

pytestmark = pytest.mark.django_db


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_article_leaves_out_a_hidden_statement(client):
    world = edited_world()
    assert PLUG in page(client, URL)
    world.hide()
    assert PLUG not in page(client, URL)


def test_the_article_keeps_the_hidden_statements_neighbours_and_anchors(client):
    world = edited_world()
    world.hide()
    article = page(client, URL)
    assert "The mayor opened a new quay." in article
    assert 'id="s-5"' in article
    assert 'id="s-4"' not in article


def test_the_scorecard_does_not_count_a_hidden_statement(client):
    world = edited_world()
    assert "1 of 5 statements checked" in page(client, URL)
    world.hide()
    assert "1 of 4 statements checked" in page(client, URL)


def test_the_front_page_does_not_count_a_hidden_statement(client):
    world = edited_world()
    world.hide()
    assert "1 of 4 statements checked" in page(client, "/")


def test_the_current_revision_page_leaves_out_a_hidden_statement(client):
    world = edited_world()
    world.hide()
    assert PLUG not in page(client, f"{URL}revisions/1/")


def test_an_earlier_revision_page_leaves_out_what_was_hidden_in_it(client):
    world = edited_world()
    world.hide()
    import_briefing(TEXT.replace("3 million", "4 million"), slug=SLUG)
    world.briefing.refresh_from_db()
    assert world.briefing.current_revision.number == 2
    earlier = page(client, f"{URL}revisions/1/")
    assert "The budget is 3 million euros." in earlier
    assert PLUG not in earlier


def test_the_staff_preview_leaves_out_a_hidden_statement(client):
    world = edited_world()
    world.hide()
    client.force_login(world.editor)
    assert PLUG not in page(client, f"{URL}preview/")


def test_search_does_not_find_a_hidden_statement(client):
    world = edited_world()
    assert "newsletter" in page(client, "/search/?q=newsletter").split("<h2>Statements</h2>", 1)[-1]
    world.hide()
    assert "<h2>Statements</h2>" not in page(client, "/search/?q=newsletter")


def test_the_claim_page_quotes_its_paragraph_without_a_hidden_statement(client):
    world = edited_world()
    world.hide()
    claim_page = page(client, world.claim.get_absolute_url())
    assert (
        "The port handled 140 ships last week. <mark>Officials expect more.</mark> "
        "The mayor opened a new quay. </p>"
    ) in claim_page
    assert PLUG not in claim_page


def test_the_staff_preview_leaves_out_an_approved_claim_on_a_hidden_statement(client):
    world = edited_world()
    statement = world.statement(PLUG)
    make_claim(Claim.Status.APPROVED, checked=True, statement=statement, text="Readers subscribe.")
    world.hide()
    client.force_login(world.editor)
    preview = page(client, f"{URL}preview/")
    assert "Readers subscribe." not in preview
    assert '<option value="accurate">Accurate (1)</option>' in preview


def test_a_claim_preview_on_a_hidden_statement_still_quotes_and_marks_that_statement(client):
    world = edited_world()
    claim = make_claim(
        Claim.Status.APPROVED, checked=True, statement=world.statement(PLUG), text="Subscribe."
    )
    world.hide()
    client.force_login(world.editor)
    preview = page(client, f"/claims/{claim.pk}/preview/")
    assert f"The mayor opened a new quay. <mark>{PLUG}</mark> </p>" in preview
