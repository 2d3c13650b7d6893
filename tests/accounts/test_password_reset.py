"""Resetting a forgotten password by email (/accounts/password_reset/ and the link it sends)."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse

from config.accounts import EvenPasswordResetForm

# The link is built on the newsroom's address (the Site follows FACTDESK_NEWSROOM_URL), never
# on the Host a request names.
RESET_LINK = re.compile(
    rf"https?://{re.escape(urlsplit(settings.FACTDESK_NEWSROOM_URL).netloc)}(/accounts/reset/[^/\s]+/[^/\s]+/)"
)


def test_it_sends_exactly_one_email_with_a_reset_link(client, chloe, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    assert response["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["chloe@factdesk.invalid"]
    assert message.subject == f"Reset your {settings.FACTDESK_NEWSROOM_NAME} password"
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert RESET_LINK.search(message.body)


def test_it_sends_nothing_to_an_unknown_address_but_looks_the_same(client, chloe, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "nobody@factdesk.invalid"}, follow=True)
    assert response.redirect_chain == [(reverse("password_reset_done"), 302)]
    assert "Check your email" in response.content.decode()
    assert mailoutbox == []


def test_its_link_lets_you_set_a_new_password_once(client, chloe, mailoutbox):
    client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    link = RESET_LINK.search(mailoutbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "reset-and-ready-2024", "new_password2": "reset-and-ready-2024"},
    )
    assert response["Location"] == reverse("password_reset_complete")
    chloe.refresh_from_db()
    assert chloe.check_password("reset-and-ready-2024")
    assert "This reset link no longer works" in client.get(link, follow=True).content.decode()


def test_an_unknown_address_costs_the_same_rendering(client, chloe, mailoutbox, monkeypatch):
    """The timing must not tell who has an account: the mail is rendered for an unknown address
    too, and then dropped."""
    rendered = []
    monkeypatch.setattr(EvenPasswordResetForm, "_render_and_drop", lambda self, **kw: rendered.append(kw))
    client.post(reverse("password_reset"), {"email": "nobody@factdesk.invalid"})
    assert len(rendered) == 1
    assert mailoutbox == []


def test_an_address_gets_a_few_reset_mails_an_hour_however_often_anyone_asks(
    client, chloe, mailoutbox, settings
):
    """Anyone may ask for a reset of anyone's address: unlimited, a script filled a staff member's
    inbox (and the newsroom's mail server's reputation) with a mail a request."""
    settings.FACTDESK_PASSWORD_RESETS_PER_HOUR = 2
    for _ in range(5):
        response = client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
        assert response["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 2


def test_the_reset_limit_counts_an_address_in_any_case(client, chloe, mailoutbox, settings):
    settings.FACTDESK_PASSWORD_RESETS_PER_HOUR = 1
    for email in ("chloe@factdesk.invalid", "CHLOE@factdesk.invalid", "Chloe@FactDesk.invalid"):
        client.post(reverse("password_reset"), {"email": email})
    assert len(mailoutbox) == 1


def test_the_reset_limit_counts_each_address_on_its_own(
    client, chloe, django_user_model, mailoutbox, settings
):
    settings.FACTDESK_PASSWORD_RESETS_PER_HOUR = 1
    django_user_model.objects.create_user("dan", email="dan@factdesk.invalid", password="pw-dan-123456")
    client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    client.post(reverse("password_reset"), {"email": "dan@factdesk.invalid"})
    assert sorted(message.to[0] for message in mailoutbox) == [
        "chloe@factdesk.invalid",
        "dan@factdesk.invalid",
    ]


def test_over_the_reset_limit_the_answer_looks_the_same(client, chloe, mailoutbox, settings):
    """Refused silently: the page does not tell that the address was asked for before (nor that
    it has an account)."""
    settings.FACTDESK_PASSWORD_RESETS_PER_HOUR = 1
    first = client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"}, follow=True)
    again = client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"}, follow=True)
    assert again.redirect_chain == first.redirect_chain
    assert again.content == first.content


def test_when_the_resets_cannot_be_counted_no_mail_is_sent_and_the_answer_is_the_same(
    client, chloe, mailoutbox, settings
):
    settings.CACHES = {
        **settings.CACHES,
        "throttle": {"BACKEND": "config.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
    response = client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    assert response["Location"] == reverse("password_reset_done")
    assert mailoutbox == []


def test_its_link_is_https_when_the_newsroom_is_even_if_the_request_was_not(
    client, chloe, mailoutbox, settings
):
    """The link's scheme followed the request's (Django's `use_https=request.is_secure()`): behind
    a proxy that terminates TLS with TRUSTED_PROXY_COUNT unset, every request looks like http,
    and the reset token went out in an http:// link. It follows the newsroom's address, as the
    host does (the eighth outside test)."""
    netloc = urlsplit(settings.FACTDESK_NEWSROOM_URL).netloc
    settings.FACTDESK_NEWSROOM_URL = f"https://{netloc}/"
    client.post(reverse("password_reset"), {"email": "chloe@factdesk.invalid"})
    assert f"https://{netloc}/accounts/reset/" in mailoutbox[0].body
