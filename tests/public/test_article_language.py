"""An article in another language than the site's is marked with it (`lang`) on its title,
headings and statements, so screen readers and hyphenation read it in its own language; the
site's words inside it go back to the site's language, and an article in the site's language
or without one gets no attribute."""

import re

import pytest

from ..factories import make_public_claim, make_statement


def published(statement, language):
    briefing = statement.briefing
    briefing.status = briefing.Status.PUBLISHED
    briefing.language = language
    briefing.save()
    return briefing


def article_part(page):
    """The page from the article's title on (the site's header and navigation left out)."""
    return page[page.index("<h1") :]


@pytest.mark.django_db
def test_a_german_article_marks_its_title_german(client):
    briefing = published(make_statement(), "de")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert '<h1 lang="de">A short article</h1>' in page


@pytest.mark.django_db
def test_a_german_article_marks_its_sections_of_statements_german(client):
    briefing = published(make_statement(), "de")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert '<section class="article-section" lang="de">' in page


@pytest.mark.django_db
def test_the_site_words_inside_a_german_article_read_in_the_site_language(client):
    briefing = published(make_statement(), "de")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert '<span class="visually-hidden" lang="en"> (not yet checked)</span>' in page


@pytest.mark.django_db
def test_a_regional_tag_of_the_site_language_is_no_other_language(client):
    briefing = published(make_statement(), "en-US")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert not re.search(r"\slang=", article_part(page))


@pytest.mark.django_db
def test_an_article_without_a_language_gets_no_lang_attribute(client):
    briefing = published(make_statement(), "")
    page = client.get(briefing.get_absolute_url()).content.decode()
    assert not re.search(r"\slang=", article_part(page))


@pytest.mark.django_db
def test_a_revision_page_marks_the_article_language(client):
    briefing = published(make_statement(), "fr")
    page = client.get(briefing.current_revision.get_absolute_url()).content.decode()
    assert '<h1 lang="fr">A short article</h1>' in page
    assert '<section class="article-section" lang="fr">' in page


@pytest.mark.django_db
def test_a_revision_page_of_an_article_without_a_language_gets_no_lang_attribute(client):
    briefing = published(make_statement(), "")
    page = client.get(briefing.current_revision.get_absolute_url()).content.decode()
    assert not re.search(r"\slang=", article_part(page))


@pytest.mark.django_db
def test_the_claim_page_quotes_the_statement_in_the_article_language(client):
    claim = make_public_claim()
    published(claim.statement, "de")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert '<blockquote class="in-context" lang="de">' in page


@pytest.mark.django_db
def test_the_claim_page_of_an_article_without_a_language_quotes_it_without_lang(client):
    claim = make_public_claim()
    published(claim.statement, "")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert '<blockquote class="in-context">' in page
