"""A briefing's public page (/briefings/<slug>/): the article as written, with its published
verdicts in place and a filter by rating."""

import pytest
from django.urls import reverse

from briefings.importers import import_briefing
from factcheck.models import Claim

from ..factories import make_long_published_briefing
from .json_ld import json_ld_blocks

BRIEFING_URL = "/briefings/russia-peace-proposals/"


def test_it_shows_the_sections_and_every_statement_with_an_anchor(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert "<h2>What Lies Ahead?</h2>" in page
    for position in range(1, 42):
        assert f'id="s-{position}"' in page


def test_its_checked_statements_open_to_show_verdict_rationale_and_evidence(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert page.count('<details class="statement checked"') == 3
    assert "The date matches the start of Russia&#x27;s full-scale invasion." in page
    assert 'class="stance stance-supports">Supports</span>' in page
    assert "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine" in page


def test_its_verdicts_carry_a_text_label_and_a_symbol_not_only_colour(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert '<span class="verdict-symbol" aria-hidden="true">✓</span> Accurate</span>' in page


def test_its_unchecked_statements_read_not_yet_checked(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert page.count("(not yet checked)") == 38


def test_its_scorecard_counts_verdicts_and_coverage(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert "3 of 41 statements checked" in page
    assert '<option value="accurate">Accurate (2)</option>' in page


def test_its_rating_filter_shows_only_one_rating(client, demo):
    page = client.get(BRIEFING_URL, {"rating": "misleading"}).content.decode()
    assert page.count('<details class="statement checked"') == 1
    assert "Donald Trump was a former U.S. president" in page


def test_it_shows_everything_for_an_unknown_rating_filter(client, demo):
    page = client.get(BRIEFING_URL, {"rating": "<script>"}).content.decode()
    assert page.count('<details class="statement checked"') == 3


def test_it_shows_no_unpublished_claim(client, demo):
    page = client.get(BRIEFING_URL).content.decode()
    assert "Steve Witkoff is the U.S. Middle East envoy." not in page
    assert "Kori Schake is a former Pentagon official." not in page


def test_it_says_the_demos_verdicts_are_examples(client, demo):
    assert "the verdicts on this page are examples" in client.get(BRIEFING_URL).content.decode()


def test_it_does_not_find_a_draft_briefing(client, db):
    briefing = import_briefing("A draft article\nIt is not ready.\n").briefing
    assert client.get(reverse("briefing", args=[briefing.slug])).status_code == 404


def test_it_carries_one_claim_review_per_published_claim(client, demo):
    reviews = json_ld_blocks(client.get(BRIEFING_URL).content.decode())
    urls = {review["url"] for review in reviews}
    assert len(reviews) == 3
    assert urls == {f"http://127.0.0.1:8000{claim.get_absolute_url()}" for claim in Claim.objects.public()}


def test_it_refuses_post(client, demo):
    assert client.post(BRIEFING_URL).status_code == 405


@pytest.mark.parametrize("statement_count", [10, 500])
def test_it_runs_a_constant_number_of_queries(client, db, statement_count, django_assert_max_num_queries):
    briefing = make_long_published_briefing(statement_count)
    with django_assert_max_num_queries(12):
        assert client.get(briefing.get_absolute_url()).status_code == 200


def test_it_shows_an_editor_nothing_unpublished_either(client, demo_editor):
    draft = import_briefing("A draft article\nIt is not ready.\n").briefing
    client.force_login(demo_editor)
    assert "Steve Witkoff is the U.S. Middle East envoy." not in client.get(BRIEFING_URL).content.decode()
    assert client.get(reverse("briefing", args=[draft.slug])).status_code == 404


def test_it_shows_a_tables_rows_as_a_table(client, db):
    text = "# Places\n\nThe district has 14,300 places.\n\n| Area | Places |\n|---|---|\n| North | 5,100 |\n"
    briefing = import_briefing(text, format="markdown").briefing
    briefing.status = briefing.Status.PUBLISHED
    briefing.save()
    page = client.get(reverse("briefing", args=[briefing.slug])).content.decode()
    assert '<table class="article-table"><tbody><tr><td><span class="statement"' in page
