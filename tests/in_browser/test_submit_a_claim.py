"""A reader submits a claim in Chromium: the form, its errors and the thank-you page pass axe-core
at a laptop's and a phone's width, and the honeypot is invisible to people."""

import pytest
from django.urls import reverse

from factcheck.models import Submission

from ..browser import serious_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture(autouse=True)
def no_waiting(settings):
    settings.FACTDESK_SUBMISSION_MIN_SECONDS = 0


def fill(page, text="The mayor said the port handled 140 ships last week."):
    page.get_by_label("The claim you want checked").fill(text)
    page.get_by_label("Where you saw it (optional)").fill("https://example.org/speech")
    page.get_by_label("Your email address (optional)").fill("reader@example.org")


@pytest.mark.parametrize("width", [1280, 375])
def test_the_form_is_accessible_and_fits(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + reverse("submit-claim"))
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert (serious_violations(page), max(0, overflow)) == ([], 0)


def test_the_honeypot_is_not_seen_nor_reached_with_the_keyboard(page, live_server):
    page.goto(live_server.url + reverse("submit-claim"))
    honeypot = page.locator("#id_website")
    assert not honeypot.is_visible() or honeypot.bounding_box()["x"] < 0
    assert page.get_by_role("textbox", name="Leave this empty").count() == 0


def test_a_reader_submits_a_claim_and_is_thanked(page, live_server):
    page.goto(live_server.url + reverse("submit-claim"))
    fill(page)
    page.get_by_role("button", name="Send the claim").click()
    page.wait_for_url("**" + reverse("submit-claim-thanks"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Thank you")
    assert serious_violations(page) == []
    assert Submission.objects.get().contact == "reader@example.org"


def test_a_bad_address_is_shown_accessibly_and_nothing_is_stored(page, live_server):
    page.goto(live_server.url + reverse("submit-claim"))
    fill(page)
    page.get_by_label("Your email address (optional)").fill("not-an-address")
    page.get_by_role("button", name="Send the claim").click()
    page.get_by_role("alert").first.wait_for()
    assert "Enter a valid email address." in page.get_by_role("alert").first.inner_text()
    assert serious_violations(page) == []
    assert not Submission.objects.exists()
