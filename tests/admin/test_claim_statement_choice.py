"""The claim page's Statement field: picked from its article's statements by number and words
(the look-up box showed a database id), any id still read so the service refuses another
article's statement in its own words; a very long article keeps the look-up box."""

import pytest

from briefings.importers import import_briefing
from factcheck.admin import forms as desk_forms
from factcheck.models import Claim

from ..factories import make_claim, make_statement
from .test_claim_change import change_url, form_data

S = Claim.Status
ARTICLE = (
    "Ports\nThe port handled 140 ships last week. Officials expect more. The mayor said 2,000 jobs came.\n"
)


@pytest.fixture
def claim(checker):
    return make_claim(S.IN_PROGRESS, assignee=checker, statement=make_statement(ARTICLE))


def page(client, user, claim):
    client.force_login(user)
    return client.get(change_url(claim)).text


def test_it_lists_the_articles_statements_by_number_and_words(client, checker, claim):
    shown = page(client, checker, claim)
    assert '<select name="statement" class="statement-choice"' in shown
    assert ">§3: The mayor said 2,000 jobs came.</option>" in shown


def test_it_selects_the_claims_own_statement(client, checker, claim):
    shown = page(client, checker, claim)
    assert f'<option value="{claim.statement_id}" selected>§1:' in shown


def test_it_moves_the_claim_to_another_statement_of_its_article(client, checker, claim):
    third = claim.statement.briefing.statements.get(position=3)
    client.force_login(checker)
    client.post(change_url(claim), form_data(claim, statement=third.pk))
    claim.refresh_from_db()
    assert claim.statement == third


def test_it_refuses_another_articles_statement_in_the_services_words(client, checker, claim):
    elsewhere = make_statement("Elsewhere\nThe bridge opened in 1990.\n")
    client.force_login(checker)
    response = client.post(change_url(claim), form_data(claim, statement=elsewhere.pk), follow=True)
    assert "A claim stays on its own article" in response.text
    claim.refresh_from_db()
    assert claim.statement_id != elsewhere.pk


def test_a_claim_whose_statement_left_the_text_lists_it_first(client, checker, claim):
    import_briefing("Ports\nA new text entirely about harbours.\n", slug=claim.statement.briefing.slug)
    shown = page(client, checker, claim)
    assert f'<option value="{claim.statement_id}" selected>§1: The port handled 140 ships last week.' in shown
    assert "(not in today&#x27;s text)</option>" in shown


def test_a_long_article_keeps_the_look_up_box(client, checker, claim, monkeypatch):
    monkeypatch.setattr(desk_forms, "STATEMENT_CHOICES_AT_MOST", 2)
    shown = page(client, checker, claim)
    assert 'class="vForeignKeyRawIdAdminField"' in shown


def test_the_claim_page_stays_within_its_queries(client, checker, claim, django_assert_max_num_queries):
    client.force_login(checker)
    with django_assert_max_num_queries(20):
        client.get(change_url(claim))
