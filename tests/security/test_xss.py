"""No stored text becomes markup: the XSS corpus (payloads.py), put through every field the desk
writes and all three import formats (corpus.py), shows as text on every public page, in
JSON-LD, the feeds, the sitemap, every API answer and every desk page (pages.py), read with an
HTML parser (markup.py). The Chromium run is test_xss_in_browser.py."""

import html
import json

import pytest
from django.db import transaction
from django.test import override_settings
from django.urls import reverse

from briefings.bidi import closed
from factcheck.admin.records import RatingForm
from factcheck.feeds import xml_safe
from factcheck.links import absolute
from factcheck.models import Claim
from factcheck.search import clean_query

from ..public.json_ld import json_ld_blocks
from .corpus import FORMATS, build
from .markup import fragment_tags, injections, json_ld_problems, json_ld_texts, parse_html, parse_xml
from .pages import (
    api_details,
    api_lists,
    api_refusals,
    desk_lists,
    desk_pages,
    public_pages,
    sign_in_pages,
)
from .payloads import PAYLOADS
from .reach import UNBOUNDED, arrivals

pytestmark = [pytest.mark.slow, pytest.mark.django_db]
HTML = {"HTTP_ACCEPT": "text/html"}
ATOM = "{http://www.w3.org/2005/Atom}"
FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def bundles(django_db_setup, django_db_blocker):
    """The corpus, placed once for the module and rolled back after it. (A module's fixture runs
    before the function-scoped fast_password_hashing, so it asks for fast hashing itself.)"""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING), transaction.atomic():
        yield build()
        transaction.set_rollback(True)


def found_on(client, paths, status=200, **headers):
    """Each path's injections, for those that have any; every path must answer `status`."""
    found = {}
    for path in paths:
        response = client.get(path, **headers)
        assert response.status_code == status, path
        assert response["Content-Type"].startswith("text/html"), path
        found[path] = injections(response.content)
    return {path: problems for path, problems in found.items() if problems}


def live(claim):
    return Claim.objects.select_related("live_version").get(pk=claim.pk).live_version


def test_the_corpus_went_through_all_three_import_formats(bundles):
    assert {bundle.briefing.original_format for bundle in bundles} == set(FORMATS)
    assert {bundle.withdrawn.original_format for bundle in bundles} == set(FORMATS)
    assert all(bundle.claim.live_version.number == 2 for bundle in bundles)


def test_every_unbounded_field_holds_every_payload_whole(bundles):
    """The proof covers what it claims to: the corpus reached the fields (the bounded ones hold
    as many whole payloads as fit, reach.py counts them)."""
    missing = {
        (str(bundle), field): set(p.id for p in bundle.payloads) - arrived
        for bundle in bundles
        for field, arrived in arrivals(bundle).items()
        if field in UNBOUNDED
    }
    assert {key: ids for key, ids in missing.items() if ids} == {}


def test_no_public_page_shows_markup_from_the_corpus(client, bundles):
    pages = public_pages(bundles)
    found = {}
    for status in (200, 404, 410):
        found |= found_on(client, [path for path, wanted in pages.items() if wanted == status], status)
    assert found == {}


def test_search_shows_each_payload_back_as_text(client, bundles):
    found = {}
    for payload in PAYLOADS:
        response = client.get(reverse("search"), {"q": payload.text})
        assert response.status_code == 200, payload.id
        found[payload.id] = injections(response.content)
        field = parse_html(response.content).get_element_by_id("q")
        assert field.get("value") == clean_query(payload.text), payload.id
    assert {id: problems for id, problems in found.items() if problems} == {}


def test_the_sign_in_page_keeps_next_as_text(client, bundles):
    assert found_on(client, sign_in_pages(PAYLOADS)) == {}


def test_a_claim_page_shows_the_stored_wording_verbatim(client, bundles):
    """Escaped, not stripped: the heading reads exactly what the checker wrote, templates and all
    (followed by the closers any bidirectional control it left open needs: briefings.bidi)."""
    for bundle in bundles:
        page = parse_html(client.get(bundle.claim.get_absolute_url()).content)
        assert page.xpath("string(//h1)") == closed(live(bundle.claim).text), bundle


def test_json_ld_cannot_end_its_script_element(client, bundles):
    blocks = {}
    for bundle in bundles:
        for path in (bundle.briefing.get_absolute_url(), bundle.claim.get_absolute_url()):
            texts = json_ld_texts(client.get(path).content)
            assert texts, path
            blocks[path] = [problem for text in texts for problem in json_ld_problems(text)]
    assert {path: problems for path, problems in blocks.items() if problems} == {}


def test_json_ld_reads_back_as_the_published_text(client, bundles):
    for bundle in bundles:
        version = live(bundle.claim)
        (review,) = json_ld_blocks(client.get(bundle.claim.get_absolute_url()).content.decode())
        assert review["claimReviewed"] == (version.short_text or " ".join(version.text.split())), bundle
        assert review["itemReviewed"]["author"]["name"] == version.claimant, bundle
        assert review["reviewRating"]["alternateName"] == version.rating_name, bundle
        appearance = bundle.briefing.source_url or absolute(bundle.briefing.get_absolute_url())
        assert review["itemReviewed"]["appearance"][0]["url"] == appearance, bundle


def feed_items(client, path):
    """Each item's title as a reader shows it and its description as HTML: an RSS title has no type
    and is escaped once more as HTML (readers render it so), an Atom title is text."""
    response = client.get(path)
    assert not response["Content-Type"].startswith("text/html")
    root = parse_xml(response.content)
    if root.tag == "rss":
        return [
            (html.unescape(item.findtext("title")), item.findtext("description"))
            for item in root.iter("item")
        ]
    return [
        (entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}summary"))
        for entry in root.iter(f"{ATOM}entry")
    ]


@pytest.mark.parametrize("path", ["/feeds/fact-checks/", "/feeds/fact-checks/atom/"])
def test_a_feed_is_xml_that_carries_the_text_escaped(client, bundles, path):
    items = feed_items(client, path)
    titles = {xml_safe(f"{live(b.claim).rating_name}: {live(b.claim).text}") for b in bundles}
    assert {title for title, _ in items} == titles
    if path == "/feeds/fact-checks/":
        raw = [item.findtext("title") for item in parse_xml(client.get(path).content).iter("item")]
        assert {tag for title in raw for tag in fragment_tags(title)} == set()
    descriptions = [description for _, description in items]
    assert {tag for description in descriptions for tag in fragment_tags(description)} <= {"br"}
    assert [problems for problems in map(injections, descriptions) if problems] == []


def test_the_sitemap_is_xml_of_web_addresses(client, bundles):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    locations = [element.text for element in parse_xml(response.content).iter("{*}loc")]
    assert len(locations) > len(bundles)
    assert all(location.startswith("http") and "<" not in location for location in locations)


def test_robots_txt_is_plain_text(client, bundles):
    assert client.get("/robots.txt")["Content-Type"].startswith("text/plain")


def api_paths(bundles):
    return api_lists() + [path for bundle in bundles for path in api_details(bundle)]


def test_every_api_answer_is_json(client, bundles):
    answers = {}
    for path in api_paths(bundles) + api_refusals(PAYLOADS):
        while path:
            response = client.get(path, HTTP_ACCEPT="application/json")
            assert response.status_code in (200, 400, 410), path
            assert response["Content-Type"] == "application/json", path
            assert response["X-Content-Type-Options"] == "nosniff", path
            answers[path] = json.loads(response.content)
            path = answers[path].get("next") if response.status_code == 200 else None
    assert len(answers) > len(api_paths(bundles)) + len(PAYLOADS)


def test_an_api_claim_reads_back_as_the_published_text(client, bundles):
    for bundle in bundles:
        answer = client.get(f"/api/v1/claims/{bundle.claim.pk}/", HTTP_ACCEPT="application/json").json()
        version = live(bundle.claim)
        assert (answer["text"], answer["rationale"]) == (version.text, version.rationale), bundle


def test_the_browsable_api_shows_no_markup_from_the_corpus(client, bundles):
    """The lists hold every bundle; one bundle's details and some refusals show the rest of
    the browsable API's page."""
    found = {}
    for path in api_lists() + api_details(bundles[0]) + api_refusals(PAYLOADS[:8]):
        response = client.get(path, **HTML)
        assert response["Content-Type"].startswith("text/html"), path
        found[path] = injections(response.content)
    assert {path: problems for path, problems in found.items() if problems} == {}


def test_the_desk_shows_no_markup_from_the_corpus(client, bundles):
    """Each bundle's pages as its own editor, whose name (in the desk's header) is the bundle too."""
    found = {}
    for bundle in bundles:
        client.force_login(bundle.editor)
        found |= found_on(client, desk_pages(bundle))
    assert found == {}


def test_the_desk_lists_and_searches_show_no_markup_from_the_corpus(client, bundles):
    client.force_login(bundles[0].editor)
    assert found_on(client, desk_lists(PAYLOADS)) == {}


def test_the_rating_colour_takes_nothing_but_a_hex_colour():
    """The only field printed inside a style attribute: no payload gets into it."""
    for payload in PAYLOADS:
        form = RatingForm(data={"name": "X", "slug": "x", "value": 0, "colour": payload.text, "symbol": "x"})
        assert "colour" in form.errors, payload.id
