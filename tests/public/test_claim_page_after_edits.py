"""A published verdict's page never changes through an editor's correction of the split: its
"Where it was said" paragraph marks the wording the verdict checked, wherever the statements
holding it now begin and end (factcheck.in_context). Where a new revision reworded the statement,
the new wording is marked (tests/revisions/test_public_claim_page.py)."""

import re

import pytest

from briefings.importers import import_briefing
from briefings.models import Briefing, Statement
from factcheck.models import Claim
from factcheck.states import Anchor

from ..factories import make_claim
from .edited_world import edited_world

pytestmark = pytest.mark.django_db

QUOTED = (
    "<p>The port handled 140 ships last week. <mark>Officials expect more.</mark> "
    "The mayor opened a new quay. Subscribe to our newsletter. </p>"
)


def page(client, claim):
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def where_it_was_said(html):
    return re.search(r'<section aria-labelledby="context-heading">.*?</section>', html, re.S).group()


def verdict(html):
    return re.search(r'<section class="verdict-box".*?</section>', html, re.S).group()


def test_splitting_its_statement_leaves_the_page_byte_identical(client):
    world = edited_world()
    before = page(client, world.claim)
    world.split("Officials expect more.", 10)
    assert page(client, world.claim) == before


def test_splitting_its_statement_keeps_the_whole_checked_wording_marked(client):
    world = edited_world()
    world.split("Officials expect more.", 10)
    assert QUOTED in where_it_was_said(page(client, world.claim))


def test_a_split_that_moves_the_claim_to_the_second_part_leaves_the_page_byte_identical(client):
    world = edited_world(claim_text="expect more")
    before = page(client, world.claim)
    world.split("Officials expect more.", 10)
    world.claim.refresh_from_db()
    assert world.claim.statement.text == "expect more."  # the claim followed its words
    assert page(client, world.claim) == before


def test_merging_its_statement_with_the_next_leaves_the_section_and_verdict_byte_identical(client):
    world = edited_world()
    before = page(client, world.claim)
    world.merge("Officials expect more.")
    after = page(client, world.claim)
    assert where_it_was_said(after) == where_it_was_said(before)
    assert verdict(after) == verdict(before)


def test_merging_its_statement_with_the_next_marks_exactly_the_checked_wording(client):
    world = edited_world()
    world.merge("Officials expect more.")
    assert "<mark>Officials expect more.</mark> The mayor opened a new quay." in page(client, world.claim)


def test_merging_the_previous_statement_into_its_own_still_marks_exactly_the_checked_wording(client):
    world = edited_world()
    world.merge("The port handled 140 ships last week.")
    assert QUOTED in where_it_was_said(page(client, world.claim))


def test_splitting_a_neighbouring_statement_leaves_the_page_byte_identical(client):
    world = edited_world()
    before = page(client, world.claim)
    world.split("The mayor opened a new quay.", 9)
    assert page(client, world.claim) == before


def test_a_wording_said_twice_in_the_paragraph_is_marked_where_the_claim_stands(client):
    briefing = import_briefing("Weather\nRain fell. Wind rose. Rain fell.\n", slug="weather").briefing
    statement = briefing.statements.get(position=3)
    claim = make_claim(Claim.Status.PUBLISHED, checked=True, statement=statement, text="Rain fell.")
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.PUBLISHED)
    section = where_it_was_said(page(client, claim))
    assert "<p>Rain fell. Wind rose. <mark>Rain fell.</mark> </p>" in section
    assert 'href="/briefings/weather/#s-3"' in section


def test_a_reworded_claims_notice_stays_when_an_editor_splits_its_statement(client):
    world = edited_world()
    Claim.objects.filter(pk=world.claim.pk).update(anchor=Anchor.CHANGED)
    assert "The article’s wording changed after this check." in page(client, world.claim)
    world.split("Officials expect more.", 10)
    assert "The article’s wording changed after this check." in page(client, world.claim)


def test_a_reworded_statement_is_marked_whole_even_when_it_still_holds_the_checked_wording(client):
    world = edited_world()
    statement = world.statement("Officials expect more.")
    Statement.objects.filter(pk=statement.pk).update(text="Officials expect more. Soon.")
    Claim.objects.filter(pk=world.claim.pk).update(anchor=Anchor.CHANGED)
    assert "<mark>Officials expect more. Soon.</mark>" in where_it_was_said(page(client, world.claim))
