"""An article written right to left (Arabic, Hebrew, Persian) on the left-to-right site runs from
the right (`dir="rtl"` beside its `lang`), and the site's words inside it run left to right again;
a left-to-right article in another language gets `lang` alone."""

import re

import pytest

from ..factories import make_public_claim, make_statement
from .test_article_language import article_part, published


@pytest.mark.django_db
def test_an_arabic_article_runs_its_title_right_to_left(client):
    briefing = published(make_statement(), "ar")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert '<h1 lang="ar" dir="rtl">A short article</h1>' in page


@pytest.mark.django_db
def test_a_hebrew_article_runs_its_sections_right_to_left(client):
    briefing = published(make_statement(), "he-IL")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert '<section class="article-section" lang="he-IL" dir="rtl">' in page


@pytest.mark.django_db
def test_the_site_words_inside_a_persian_article_run_left_to_right(client):
    briefing = published(make_statement(), "fa")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert '<span class="visually-hidden" lang="en" dir="ltr"> (not yet checked)</span>' in page


@pytest.mark.django_db
def test_a_german_article_gets_no_direction(client):
    briefing = published(make_statement(), "de")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert not re.search(r"\sdir=", article_part(page))


@pytest.mark.django_db
def test_an_article_in_latin_azerbaijani_runs_left_to_right(client):
    briefing = published(make_statement(), "az-Latn")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert not re.search(r"\sdir=", article_part(page))


@pytest.mark.django_db
def test_a_claim_page_quotes_an_arabic_article_right_to_left(client):
    claim = make_public_claim()
    published(claim.statement, "ar")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert '<blockquote class="in-context" lang="ar" dir="rtl">' in page
