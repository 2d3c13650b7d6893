"""A request whose body Django cannot read (too many fields, a broken multipart body, a charset
Django refuses, too large a body) is refused before any view sees it, with Django's bare "Bad
Request (400)" and an empty paragraph: a reader whose form came back so was told nothing. They now
get the site's page saying what was wrong and that nothing was saved (JSON under /api/), and
the message is the site's own sentence, never the attacker's text (a multipart boundary, a
charset)."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from factcheck.models import Submission

from ..caching.conftest import stored
from ..submissions.conftest import valid

pytestmark = pytest.mark.django_db

FORMS = ["/submit/", "/accounts/login/", "/accounts/password_reset/"]


def too_many_fields(settings):
    return {**valid(), **{f"f{i}": "x" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}}


def post_raw(client, url, body, content_type):
    client.raise_request_exception = False
    return client.generic("POST", url, body, content_type=content_type)


@pytest.mark.parametrize("url", FORMS)
def test_a_form_with_too_many_fields_is_refused_saying_so(client, settings, url):
    client.raise_request_exception = False
    response = client.post(url, too_many_fields(settings))
    assert response.status_code == 400
    assert "too many fields" in response.content.decode()
    assert "Nothing was saved" in response.content.decode()


def test_a_submission_with_too_many_fields_stores_nothing(client, settings):
    client.raise_request_exception = False
    client.post("/submit/", too_many_fields(settings))
    assert not Submission.objects.exists()


def test_a_multipart_body_without_a_boundary_is_refused_saying_so(client):
    response = post_raw(client, "/submit/", b"--x\r\nbroken", "multipart/form-data")
    assert response.status_code == 400
    assert "could not be read" in response.content.decode()


def test_a_refusal_never_quotes_the_senders_boundary(client):
    response = post_raw(client, "/submit/", b"a=1", "multipart/form-data; boundary=" + "<b>x" * 80)
    assert response.status_code == 400
    assert "<b>x" not in response.content.decode()


def test_a_form_in_a_charset_django_refuses_is_refused_saying_so(client):
    response = post_raw(client, "/submit/", b"text=a", "application/x-www-form-urlencoded; charset=utf-7")
    assert response.status_code == 400
    assert "could not be read" in response.content.decode()


def test_a_form_too_large_is_refused_naming_the_limit(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.raise_request_exception = False
    response = client.post("/submit/", valid(text="x" * 20_000))
    assert response.status_code == 400
    assert "too large" in response.content.decode()


def test_the_refusal_is_the_sites_page_with_its_headers(client, settings):
    client.raise_request_exception = False
    response = client.post("/submit/", too_many_fields(settings))
    assert 'class="skip-link"' in response.content.decode()
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def too_many_parameters(settings):
    return "?" + "&".join(["a"] * (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))


@pytest.mark.parametrize("url", ["/", "/search/", "/sitemap.xml"])
def test_an_address_with_too_many_parameters_is_refused_saying_so(client, settings, url):
    """2,002 bytes: well inside the 4,094 a request line may hold on gunicorn."""
    client.raise_request_exception = False
    response = client.get(url + too_many_parameters(settings))
    assert response.status_code == 400
    assert "too many fields or address parameters" in response.content.decode()


def test_the_api_answers_too_many_parameters_in_json_saying_so(client, settings):
    client.raise_request_exception = False
    response = client.get("/api/v1/claims/" + too_many_parameters(settings))
    assert response.status_code == 400
    assert "too many fields" in json.loads(response.content)["detail"]


def test_a_host_the_site_does_not_serve_still_gets_the_plain_refusal(client):
    client.raise_request_exception = False
    response = client.get(reverse("home"), headers={"host": "evil.example"})
    assert response.status_code == 400
    assert "evil.example" not in response.content.decode()


@pytest.mark.parametrize("url", ["/", "/feeds/fact-checks/", "/sitemap.xml", "/standards/rating-scale/"])
def test_the_refusal_of_too_many_parameters_keeps_the_security_headers(client, settings, url):
    client.raise_request_exception = False
    response = client.get(url + too_many_parameters(settings))
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("url", ["/feeds/fact-checks/", "/standards/rating-scale/"])
def test_a_page_that_reads_no_parameters_answers_too_many_and_keeps_nothing(client, settings, url):
    """Raised by the public cache's look at the query, outside the security middleware, the 400
    went out without its headers; such an address is answered, as any odd query is, and not kept."""
    response = client.get(url + too_many_parameters(settings))
    assert response.status_code == 200
    assert not stored(url + too_many_parameters(settings))


def test_the_refusal_comes_before_the_csrf_check_where_a_browser_sends_one(settings):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.get("/submit/")
    token = client.cookies["csrftoken"].value
    response = client.post("/submit/", {**too_many_fields(settings), "csrfmiddlewaretoken": token})
    assert response.status_code == 400
    assert "too many fields" in response.content.decode()
