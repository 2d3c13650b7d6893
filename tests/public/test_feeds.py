"""The fact-check feeds, RSS (/feeds/fact-checks/) and Atom (/feeds/fact-checks/atom/): the newest
published verdicts."""

from xml.etree import ElementTree

import pytest
from django.test import Client

from ..factories import make_long_published_briefing, make_public_claim, publish

FEEDS = ["/feeds/fact-checks/", "/feeds/fact-checks/atom/"]


@pytest.mark.parametrize("url", FEEDS)
def test_it_lists_published_verdicts_only(client, demo, url):
    feed = client.get(url).content.decode()
    assert "Accurate: Russia invaded Ukraine on February 24, 2022." in feed
    assert "Witkoff" not in feed


@pytest.mark.parametrize("url", FEEDS)
def test_it_leaves_out_a_control_character_in_a_claim(client, db, url):
    claim = make_public_claim(text="The port handled\x0b 140 ships last week.")
    claim.rationale = "The port authority\x0bs figures\x1f show 140 ships."
    publish(claim)
    response = client.get(url)
    assert response.status_code == 200
    feed = response.content.decode()
    assert "Accurate: The port handled 140 ships last week." in feed
    assert "The port authoritys figures show 140 ships." in feed


@pytest.mark.parametrize("url", FEEDS)
def test_it_leaves_out_a_control_character_in_the_newsroom_name(client, db, settings, url):
    settings.FACTDESK_NEWSROOM_NAME = "Fact\x0cdesk"
    make_public_claim()
    response = client.get(url)
    assert response.status_code == 200
    assert "Factdesk: fact-checks" in response.content.decode()
    assert "\x0c" not in response.content.decode()


@pytest.mark.parametrize("url", FEEDS)
@pytest.mark.parametrize("statement_count", [10, 500])
def test_it_runs_a_constant_number_of_queries(
    client, db, statement_count, url, django_assert_max_num_queries
):
    make_long_published_briefing(statement_count)
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", FEEDS)
def test_it_shows_an_editor_published_verdicts_only_too(client, demo_editor, url):
    client.force_login(demo_editor)
    assert "Witkoff" not in client.get(url).content.decode()


@pytest.mark.parametrize("url", FEEDS)
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_refuses_other_methods(client, db, url, method):
    assert getattr(client, method)(url).status_code == 405


@pytest.mark.parametrize("url", FEEDS)
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_refuses_other_methods_with_405_even_where_csrf_is_checked(db, url, method):
    """A feed changes nothing, so a write is refused for its method, not as a CSRF failure (403)."""
    client = Client(enforce_csrf_checks=True)
    assert getattr(client, method)(url).status_code == 405


@pytest.mark.parametrize("url", FEEDS)
def test_markup_in_a_rationale_goes_out_as_text(client, db, url):
    """Feed readers read both feeds' descriptions as HTML: a typed tag must arrive escaped."""
    claim = make_public_claim()
    claim.rationale = 'Port records <video><source onerror="alert(1)"></video> show 140 ships.'
    publish(claim)
    feed = ElementTree.fromstring(client.get(url).content)
    description = next(
        element.text
        for element in feed.iter()
        if element.tag.rsplit("}", 1)[-1] in ("description", "summary")
        and element.text
        and "Port records" in element.text
    )
    assert "<video" not in description
    assert "&lt;video&gt;" in description


NEWSROOM = "https://news.example/"


def feed_links(client, url):
    """Every address the feed gives: its own, the site's and each item's (links, guids, ids)."""
    feed = ElementTree.fromstring(client.get(url).content)
    found = []
    for element in feed.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "link":
            found.append(element.get("href") or element.text)
        elif tag in ("guid", "id"):
            found.append(element.text)
    return found


@pytest.mark.parametrize("url", FEEDS)
def test_its_links_follow_the_newsroom_url_not_the_site_row(client, db, settings, url):
    """The Site row is written at migrate; a server started since on another address (staging,
    then production) must not send readers to the old one."""
    claim = make_public_claim()
    settings.FACTDESK_NEWSROOM_URL = NEWSROOM
    links = feed_links(client, url)
    assert f"{NEWSROOM}claims/{claim.pk}/" in links
    assert f"{NEWSROOM[:-1]}{url}" in links
    assert all(link.startswith(NEWSROOM) for link in links), links


def feed_titles(client, url):
    feed = ElementTree.fromstring(client.get(url).content)
    return [element.text for element in feed.iter() if element.tag.rsplit("}", 1)[-1] == "title"]


def test_markup_in_a_claim_goes_out_escaped_in_the_rss_title(client, db):
    """RSS titles have no type and readers often render them as HTML: the markup arrives escaped."""
    make_public_claim(text='He said <img src=x onerror="alert(1)"> twice.')
    titles = feed_titles(client, FEEDS[0])
    assert any("&lt;img src=x" in title for title in titles)
    assert not any("<img" in title for title in titles)


def test_markup_in_a_claim_goes_out_as_plain_text_in_the_atom_title(client, db):
    """Atom titles are text by definition: the reader shows the characters as typed."""
    make_public_claim(text='He said <img src=x onerror="alert(1)"> twice.')
    assert any('<img src=x onerror="alert(1)">' in title for title in feed_titles(client, FEEDS[1]))


def test_an_apostrophe_in_a_claim_reaches_the_rss_title_as_an_apostrophe(client, db):
    """Readers that show RSS titles as text showed "Trump&#x27;s": quotes need no escaping."""
    make_public_claim(text='Trump\'s envoy said "yes" twice.')
    assert any('Trump\'s envoy said "yes" twice.' in title for title in feed_titles(client, FEEDS[0]))


def test_an_ampersand_in_a_claim_goes_out_escaped_once_in_the_rss_title(client, db):
    make_public_claim(text="AT&T cut prices twice.")
    assert any("AT&amp;T cut prices" in title for title in feed_titles(client, FEEDS[0]))
