"""What the public cache serves, to whom, and how: a hit runs no query, looks exactly like the miss
that stored it, answers conditional requests with 304, and never reaches staff or a form."""

import pytest
from django.http import HttpResponse
from django.urls import reverse

from factcheck import services
from factcheck.caching.answers import depends_on, keep, lookup
from factcheck.caching.generations import PUBLIC, SITE, bump

from .conftest import fetch, is_hit, queries, stored, templates

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options", "Referrer-Policy")


def public_pages(desk):
    claim = desk.claim
    return [
        reverse("home"),
        reverse("home") + "?page=1",
        desk.briefing.get_absolute_url(),
        desk.briefing.get_absolute_url() + "?rating=accurate",
        reverse("briefing-revision", args=[desk.briefing.slug, 1]),
        reverse("claim", args=[claim.pk]),
        reverse("claim-version", args=[claim.pk, 1]),
        reverse("source", args=[claim.live_version.evidence.first().cited_source_id]),
        reverse("feed-rss"),
        reverse("feed-atom"),
        reverse("django.contrib.sitemaps.views.sitemap"),
    ]


def test_a_second_visit_to_every_public_page_is_a_hit(client, desk):
    for url in public_pages(desk):
        first, queries = fetch(client, url)
        assert first.status_code == 200, url
        assert queries > 0, url
        again, queries = fetch(client, url)
        assert queries == 0, url
        assert again.content == first.content, url


def test_a_hit_carries_exactly_the_headers_of_the_miss(client, desk):
    for url in public_pages(desk):
        miss, hit = client.get(url), client.get(url)
        assert dict(hit.headers) == dict(miss.headers), url
        assert all(name in hit.headers for name in SECURITY_HEADERS if name in miss.headers), url
        assert "Content-Security-Policy" in hit.headers, url


def test_a_hit_over_https_carries_the_misss_strict_transport_security(client, desk, settings):
    settings.SECURE_HSTS_SECONDS = 3600  # read when the middleware is built, at the first request
    url = desk.briefing.get_absolute_url()
    miss, hit = client.get(url, secure=True), client.get(url, secure=True)
    assert hit["Strict-Transport-Security"] == miss["Strict-Transport-Security"] == "max-age=3600"
    assert dict(hit.headers) == dict(miss.headers)
    assert "Strict-Transport-Security" not in client.get(url)  # plain http: its own copy, without


def test_public_answers_carry_cache_control_fit_for_a_cdn(client, desk, settings):
    response = client.get(reverse("home"))
    assert set(response["Cache-Control"].split(", ")) == {
        "public",
        "max-age=0",
        f"s-maxage={settings.FACTDESK_CDN_MAX_AGE}",
        f"stale-while-revalidate={settings.FACTDESK_CDN_MAX_AGE}",
    }


def test_a_conditional_request_gets_304_without_a_query_or_a_template(
    client, desk, django_assert_num_queries
):
    url = desk.briefing.get_absolute_url()
    etag = client.get(url)["ETag"]
    with templates() as rendered, django_assert_num_queries(0):
        response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert rendered == []


def test_it_ignores_if_unmodified_since_on_a_page_that_has_no_date(client, desk):
    """RFC 9110 §13.1.4: without a modification date the header is ignored; Django answered 412."""
    url = desk.briefing.get_absolute_url()
    for _ in ("miss", "hit"):
        response = client.get(url, headers={"If-Unmodified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
        assert response.status_code == 200


def test_the_etag_is_the_same_on_a_hit_and_after_a_re_render_of_the_same_page(client, desk):
    url = reverse("claim", args=[desk.claim_pk])
    before = client.get(url)["ETag"]
    bump(SITE)
    after, queries = fetch(client, url)
    assert queries > 0
    assert after["ETag"] == before


def test_staff_are_never_served_the_public_copy(client, desk):
    url = reverse("home")
    client.get(url)
    client.force_login(desk.editor)
    response, queries = fetch(client, url)
    assert queries > 0
    assert "Review desk" in response.content.decode()


def test_what_staff_read_is_private_and_not_stored(client, desk):
    url = reverse("home")
    client.force_login(desk.editor)
    response = client.get(url)
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}
    client.logout()
    assert not is_hit(client, url)


def test_previews_are_never_cached(client, desk):
    client.force_login(desk.editor)
    url = reverse("claim-preview", args=[desk.claim_pk])
    client.get(url)
    assert not is_hit(client, url)


def test_the_sign_in_page_is_never_cached(client, desk):
    url = reverse("login")
    first = client.get(url)
    assert "csrftoken" in first.cookies
    assert not is_hit(client, url)


def test_a_reader_with_a_message_waiting_is_not_served_the_public_copy(client, desk):
    url = reverse("home")
    client.get(url)
    client.cookies["messages"] = "anything"
    assert not is_hit(client, url)


def test_search_results_are_not_cached(client, desk):
    url = reverse("search") + "?q=ships"
    client.get(url)
    assert not is_hit(client, url)


def test_an_address_padded_with_parameters_the_page_ignores_is_not_stored(client, desk):
    url = reverse("claim", args=[desk.claim_pk]) + "?utm_source=somewhere"
    client.get(url)
    assert not is_hit(client, url)


def test_a_404_is_not_stored(client, desk):
    url = reverse("claim-version", args=[desk.claim_pk, 99])  # the claim is public; no such version
    assert client.get(url).status_code == 404
    assert not stored(url)


def test_an_answer_that_sets_a_cookie_is_not_stored(rf, desk):
    request = rf.get("/")
    lookup(request)
    depends_on(request, PUBLIC)
    response = HttpResponse("hello")
    response.set_cookie("flavour", "oat")
    keep(request, response)
    assert not stored("/")


def test_an_answer_that_asked_for_a_csp_nonce_is_not_stored(rf, desk):
    request = rf.get("/")
    lookup(request)
    depends_on(request, PUBLIC)
    request._csp_nonce = "one-readers-nonce"  # what django-csp sets when a page reads csp_nonce
    keep(request, HttpResponse("hello"))
    assert not stored("/")


def test_a_changed_security_setting_is_not_answered_with_a_copy_stored_before_it(client, desk, settings):
    url = desk.briefing.get_absolute_url()
    assert client.get(url)["Permissions-Policy"] == settings.PERMISSIONS_POLICY
    settings.PERMISSIONS_POLICY = "camera=(self)"
    assert client.get(url)["Permissions-Policy"] == "camera=(self)"


@pytest.mark.parametrize("name", ["feed-rss", "feed-atom", "django.contrib.sitemaps.views.sitemap"])
def test_a_changed_newsroom_url_is_not_answered_with_a_copy_stored_before_it(client, desk, settings, name):
    """Feeds and the sitemap write their links from FACTDESK_NEWSROOM_URL."""
    url = reverse(name)
    client.get(url)
    settings.FACTDESK_NEWSROOM_URL = "https://news.example/"
    assert "https://news.example/" in client.get(url).content.decode()


@pytest.mark.parametrize("name", ["feed-rss", "home"])
def test_a_renamed_newsroom_is_not_answered_with_a_copy_stored_before_it(client, desk, settings, name):
    """The masthead and the feeds' titles are the newsroom's name."""
    url = reverse(name)
    client.get(url)
    settings.FACTDESK_NEWSROOM_NAME = "The Renamed Desk"
    assert "The Renamed Desk" in client.get(url).content.decode()


def test_a_withdrawn_articles_410_notice_is_cached(client, desk):
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    url = desk.briefing.get_absolute_url()
    assert client.get(url).status_code == 410
    response, queries = fetch(client, url)
    assert (response.status_code, queries) == (410, 0)


def test_head_is_answered_from_the_copy_get_stored(client, desk):
    url = reverse("home")
    client.get(url)
    with queries() as captured:
        response = client.head(url)
    assert (response.status_code, len(captured)) == (200, 0)


def test_head_on_a_miss_carries_the_headers_get_would(client, desk):
    url = reverse("home")
    head = client.head(url)
    get = client.get(url)
    assert head["ETag"] == get["ETag"]
    assert head["Cache-Control"] == get["Cache-Control"]
