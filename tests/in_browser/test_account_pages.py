"""The sign-in and account pages, the first a newsroom's staff sees: axe-core finds nothing
critical or serious at a laptop's and a phone's width, and none scrolls sideways."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users

from ..browser import serious_violations, sign_in_on_the_form

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
WIDTHS = (1280, 375)


def audit(page, url):
    found = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        found[width] = (serious_violations(page), max(0, overflow))
    return found


@pytest.mark.parametrize("name", ["login", "password_reset", "password_reset_done"])
def test_a_page_for_anyone_is_accessible_and_fits(page, live_server, name):
    assert audit(page, live_server.url + reverse(name)) == {1280: ([], 0), 375: ([], 0)}


def test_the_login_page_is_accessible_when_it_refuses_a_password(page, live_server):
    ensure_demo_users()
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Username").fill("checker")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("alert").first.wait_for()
    assert (serious_violations(page), page.url.split("?")[0]) == ([], live_server.url + reverse("login"))


@pytest.mark.parametrize("name", ["profile", "password_change", "password_change_done"])
def test_a_signed_in_account_page_is_accessible_and_fits(page, live_server, name):
    ensure_demo_users()
    sign_in_on_the_form(page, live_server, "checker")
    assert audit(page, live_server.url + reverse(name)) == {1280: ([], 0), 375: ([], 0)}
