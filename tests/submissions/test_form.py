"""The public "Submit a claim" form: no account, CSRF, robots and floods refused, every bad
field named, and nothing stored unless everything is right."""

import re
import time

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from factcheck.models import Submission
from factcheck.submit import SALT

from ..caching.conftest import is_hit
from .conftest import shown_seconds_ago, valid

pytestmark = pytest.mark.django_db
URL = "/submit/"


def test_its_url_is_the_contract():
    assert reverse("submit-claim") == URL


def test_the_form_is_shown_to_anyone(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert b'name="text"' in response.content
    assert b"csrfmiddlewaretoken" in response.content


def test_a_valid_submission_is_stored(client):
    client.post(URL, valid())
    stored = Submission.objects.get()
    assert (stored.text, stored.link, stored.contact, stored.status) == (
        "The mayor said the port handled 140 ships last week.",
        "https://example.org/speech",
        "reader@example.org",
        "new",
    )


def test_a_valid_submission_redirects_to_the_thank_you_page(client):
    response = client.post(URL, valid())
    assert (response.status_code, response["Location"]) == (302, reverse("submit-claim-thanks"))


def test_the_thank_you_page_says_the_address_is_only_for_replies_and_when_it_goes(client, settings):
    settings.FACTDESK_SUBMISSION_CONTACT_DAYS = 14
    response = client.get(reverse("submit-claim-thanks"))
    assert b"only to reply to you" in response.content
    assert b"deleted 14 days after you sent it" in response.content


def test_link_and_contact_are_optional(client):
    client.post(URL, valid(link="", contact=""))
    assert Submission.objects.get().contact == ""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("text", "", "This field is required."),
        ("text", "x" * 2001, "at most 2000 characters"),
        ("link", "javascript:alert(1)", "Enter a valid URL."),
        ("link", "ftp://example.org/file", "http"),
        ("link", "not a link", "Enter a valid URL."),
        ("contact", "not-an-address", "Enter a valid email address."),
    ],
)
def test_a_bad_field_is_named_and_nothing_is_stored(client, field, value, message):
    response = client.post(URL, valid(**{field: value}))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert b"There is a problem" in response.content
    assert not Submission.objects.exists()


def test_too_many_links_in_the_text_are_refused(client):
    text = "See https://a.example/ and http://b.example/ and www.c.example for this claim."
    response = client.post(URL, valid(text=text))
    assert "at most 2 web addresses" in response.context["form"].errors["text"][0]
    assert not Submission.objects.exists()


def test_two_links_in_the_text_are_accepted(client):
    client.post(URL, valid(text="See https://a.example/ and http://b.example/ for this claim."))
    assert Submission.objects.count() == 1


def test_a_filled_honeypot_is_refused(client):
    response = client.post(URL, valid(website="http://spam.example/"))
    assert "Leave this empty" in response.context["form"].non_field_errors()[0]
    assert not Submission.objects.exists()


def test_a_form_sent_back_too_fast_is_refused(client):
    response = client.post(URL, valid(started=shown_seconds_ago(0)))
    assert "faster than a person" in response.context["form"].non_field_errors()[0]
    assert not Submission.objects.exists()


@pytest.mark.parametrize(
    "started",
    ["", "forged", signing.dumps(0.0, salt="another")],
    ids=["missing", "forged", "signed-for-something-else"],  # the same names in every worker
)
def test_a_missing_or_forged_start_time_is_refused(client, started):
    response = client.post(URL, valid(started=started))
    assert "too old or was changed" in response.context["form"].non_field_errors()[0]
    assert not Submission.objects.exists()


def test_a_form_shown_a_day_ago_is_refused(client):
    response = client.post(URL, valid(started=shown_seconds_ago(25 * 60 * 60)))
    assert "too old" in response.context["form"].non_field_errors()[0]


def test_a_refused_form_starts_its_clock_again(client):
    response = client.post(URL, valid(text=""))
    sent_again = response.context["form"].data["started"]
    shown_at, _ = signing.loads(sent_again, salt=SALT)
    assert shown_at > time.time() - 5


def test_the_refused_form_keeps_what_was_typed(client):
    response = client.post(URL, valid(contact="nope"))
    assert b"The mayor said the port handled 140 ships" in response.content


def test_more_than_the_hourly_limit_from_one_address_is_refused_with_429(client, settings):
    settings.FACTDESK_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        client.post(URL, valid())
    response = client.post(URL, valid())
    assert response.status_code == 429
    assert b"at most 2 submissions an hour" in response.content
    assert Submission.objects.count() == 2


def test_the_limit_counts_each_address_on_its_own(client, settings):
    settings.FACTDESK_SUBMISSIONS_PER_HOUR = 1
    client.post(URL, valid(), REMOTE_ADDR="192.0.2.1")
    response = client.post(URL, valid(), REMOTE_ADDR="192.0.2.2")
    assert response.status_code == 302


def behind_one_proxy(settings):
    """What TRUSTED_PROXY_COUNT=1 sets (config/settings/)."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}


def test_behind_a_trusted_proxy_the_limit_counts_the_address_the_proxy_saw(client, settings):
    settings.FACTDESK_SUBMISSIONS_PER_HOUR = 1
    behind_one_proxy(settings)
    client.post(URL, valid(), HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.1")
    response = client.post(URL, valid(), HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.2")
    assert response.status_code == 302


def test_behind_a_trusted_proxy_a_forged_forwarded_address_does_not_escape_the_limit(client, settings):
    settings.FACTDESK_SUBMISSIONS_PER_HOUR = 1
    behind_one_proxy(settings)
    client.post(URL, valid(), HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.1")
    response = client.post(URL, valid(), HTTP_X_FORWARDED_FOR="203.0.113.2, 198.51.100.1")
    assert response.status_code == 429


def test_a_post_without_the_csrf_token_is_refused_and_stores_nothing():
    response = Client(enforce_csrf_checks=True).post(URL, valid())
    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_a_post_with_the_csrf_token_is_accepted():
    client = Client(enforce_csrf_checks=True)
    client.get(URL)
    token = client.cookies["csrftoken"].value
    response = client.post(URL, valid(csrfmiddlewaretoken=token))
    assert response.status_code == 302


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_refused(client, method):
    assert getattr(client, method)(URL).status_code == 405
    assert not Submission.objects.exists()


def test_the_form_is_never_served_from_the_public_cache(client):
    first = client.get(URL)
    assert "csrftoken" in first.cookies
    assert not is_hit(client, URL)


def test_each_anonymous_visitor_gets_a_fresh_csrf_token():
    first, second = Client(), Client()
    tokens = [visitor.get(URL).context["csrf_token"] for visitor in (first, second)]
    assert tokens[0] != tokens[1]


def test_the_form_tells_browsers_and_cdns_not_to_keep_it(client):
    assert "no-store" in client.get(URL)["Cache-Control"]


@pytest.fixture
def counts_unreachable(settings):
    working = settings.CACHES
    unreachable = {"BACKEND": "config.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    settings.CACHES = {**working, "throttle": unreachable}
    yield
    settings.CACHES = working


def test_a_submission_that_cannot_be_counted_is_handed_back_with_its_text(client, counts_unreachable):
    response = client.post(URL, valid())
    assert response.status_code == 503
    assert "send yours again in a few minutes" in response.content.decode()
    assert "The mayor said the port handled 140 ships last week." in response.content.decode()


def test_a_submission_that_cannot_be_counted_is_not_stored(client, counts_unreachable):
    client.post(URL, valid())
    assert not Submission.objects.exists()


def test_the_contact_field_tells_browsers_it_wants_the_reader_email(client):
    """WCAG 1.3.5 (identify input purpose): a browser may offer the reader's own address."""
    field = re.search(r'<input type="email" name="contact"[^>]*>', client.get(URL).content.decode())[0]
    assert 'autocomplete="email"' in field
