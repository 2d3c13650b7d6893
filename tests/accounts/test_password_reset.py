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
