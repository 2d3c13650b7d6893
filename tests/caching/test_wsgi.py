"""The WSGI layer (factcheck/caching/wsgi.py): hits answered before Django's handler, exactly as the
middleware answers them; everything else handed to Django, with the store read once."""

import pytest
from django.test import RequestFactory
from django.test.client import ClientHandler
from django.urls import reverse

import config.wsgi
from factcheck import services
from factcheck.caching import answers
from factcheck.caching.wsgi import PublicCacheApplication
from factcheck.models import Rating

from ..factories import republish

pytestmark = pytest.mark.django_db


class Django:
    """Django's handler as the test client runs it (its database connection kept open), as a
    WSGI application that counts the requests it is handed."""

    def __init__(self):
        self.handled = 0

    def __call__(self, environ, start_response):
        self.handled += 1
        response = ClientHandler()(environ)
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        return [response.content]


class Answer:
    """What a WSGI server makes of `application`'s answer: it reads the body, then closes it."""

    def __init__(self, application, environ):
        self.status, self.headers = None, None
        sent = application(environ, self.start_response)
        self.body = b"".join(sent)
        if hasattr(sent, "close"):
            sent.close()

    def start_response(self, status, headers):
        self.status, self.headers = status, dict(headers)


def environ(url, **headers):
    return RequestFactory().get(url, headers=headers).environ


@pytest.fixture
def django():
    return Django()


@pytest.fixture
def layer(django):
    return PublicCacheApplication(django)


def test_it_answers_a_stored_page_without_django(client, desk, layer, django):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    answer = Answer(layer, environ(url))
    assert django.handled == 0
    assert answer.status == "200 OK"


def test_its_hit_is_the_middlewares_hit(client, desk, layer):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    served = client.get(url)
    answer = Answer(layer, environ(url))
    assert answer.body == served.content
    assert answer.headers == dict(served.items())


def test_it_hands_a_miss_to_django_which_stores_it(desk, layer, django):
    url = desk.briefing.get_absolute_url()
    first = Answer(layer, environ(url))
    again = Answer(layer, environ(url))
    assert django.handled == 1
    assert (first.status, again.body) == ("200 OK", first.body)


def test_it_never_serves_a_page_whose_verdict_changed(desk, layer, django):
    url = reverse("claim", args=[desk.claim_pk])
    Answer(layer, environ(url))
    claim = desk.claim
    claim.rating = Rating.objects.get(slug="false")
    republish(claim, editor=desk.editor, second_editor=desk.second_editor)
    answer = Answer(layer, environ(url))
    assert django.handled == 2
    assert "False" in answer.body.decode()


def test_it_reads_the_store_once_for_a_miss(desk, layer, monkeypatch):
    lookups = []
    real = answers.lookup
    monkeypatch.setattr("factcheck.caching.middleware.lookup", lambda r: lookups.append(1) or real(r))
    Answer(layer, environ(desk.briefing.get_absolute_url()))
    assert len(lookups) == 1


def test_it_leaves_a_non_ascii_address_readable_by_django(desk, layer, django):
    seen = environ("/briefings/x/")
    seen["PATH_INFO"] = "/briefings/мир/".encode().decode("iso-8859-1")  # as a WSGI server gives it
    answer = Answer(layer, seen)
    assert (answer.status, django.handled) == ("404 Not Found", 1)


def test_it_answers_a_conditional_request_with_304(client, desk, layer, django):
    url = desk.briefing.get_absolute_url()
    etag = client.get(url)["ETag"]
    answer = Answer(layer, environ(url, if_none_match=etag))
    assert (answer.status, answer.body, django.handled) == ("304 Not Modified", b"", 0)


def test_it_answers_head_from_the_store_without_a_body(client, desk, layer, django):
    url = desk.briefing.get_absolute_url()
    got = client.get(url)
    answer = Answer(layer, RequestFactory().head(url).environ)
    assert (answer.status, answer.body, django.handled) == ("200 OK", b"", 0)
    assert answer.headers["Content-Length"] == got["Content-Length"]


def test_it_sends_no_body_to_a_head_spelled_in_lower_case_which_django_reads_as_head(client, desk, layer):
    """Django upper-cases the method (a WSGI server may pass "head" on), so the layer must too."""
    url = desk.briefing.get_absolute_url()
    client.get(url)
    answer = Answer(layer, {**RequestFactory().head(url).environ, "REQUEST_METHOD": "head"})
    assert (answer.status, answer.body) == ("200 OK", b"")


class Closable(list):
    closed = False

    def close(self):
        self.closed = True


def test_it_sends_djangos_answer_to_head_without_its_body_and_closes_it(desk):
    sent = Closable([b"<html>the body GET would get</html>"])

    def django(environ, start_response):
        start_response("200 OK", [("Content-Length", "35")])
        return sent

    answer = Answer(PublicCacheApplication(django), RequestFactory().head("/nowhere/").environ)
    assert (answer.status, answer.headers["Content-Length"], answer.body) == ("200 OK", "35", b"")
    assert sent.closed


def test_it_sends_djangos_answer_to_get_as_it_is(desk):
    sent = Closable([b"the body"])

    def django(environ, start_response):
        start_response("200 OK", [])
        return sent

    assert PublicCacheApplication(django)(environ("/nowhere/"), lambda *args: None) is sent


def test_it_hands_a_signed_in_reader_to_django(client, desk, layer, django):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    Answer(layer, environ(url, cookie="sessionid=abc"))
    assert django.handled == 1


def test_it_hands_a_host_not_allowed_to_django_which_refuses_it(client, desk, layer, django):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    answer = Answer(layer, environ(url, host="evil.example"))
    assert (answer.status, django.handled) == ("400 Bad Request", 1)


def test_it_hands_a_lookup_that_raises_to_django(client, desk, layer, django, monkeypatch):
    url = desk.briefing.get_absolute_url()
    client.get(url)
    monkeypatch.setattr("factcheck.caching.middleware.lookup", lambda request: 1 / 0)
    answer = Answer(layer, environ(url))
    assert (answer.status, django.handled) == ("500 Internal Server Error", 1)


def test_it_leaves_a_stored_410_to_django_which_logs_it(client, desk, layer, django, caplog):
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    url = desk.briefing.get_absolute_url()
    client.get(url)
    answer = Answer(layer, environ(url))
    assert (answer.status, django.handled) == ("410 Gone", 1)
    assert "Gone" in caplog.text


def test_the_site_is_served_through_it():
    assert isinstance(config.wsgi.application, PublicCacheApplication)


def test_it_hands_an_unreadable_store_to_django_which_renders_the_page(desk, layer, django, settings):
    working = settings.CACHES
    settings.CACHES = {
        **working,
        "pages": {"BACKEND": "config.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
    try:
        answer = Answer(layer, environ(desk.briefing.get_absolute_url()))
    finally:
        settings.CACHES = working
    assert (answer.status, django.handled) == ("200 OK", 1)
