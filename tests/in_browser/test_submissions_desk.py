"""An editor works the queue of reader submissions in Chromium: the queue, a submission, "Dismiss"
and "Make a claim", and the standards report pass axe-core, and each click does what it says."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from factcheck import services
from factcheck.models import Claim, Submission

from ..browser import serious_violations, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def editor_page(page, live_server):
    ensure_demo_users()
    return sign_in(page, live_server, "editor")


def submitted(text):
    return services.receive_submission(
        text=text, link="https://example.org/speech", contact="reader@example.org"
    )


def test_an_editor_dismisses_a_submission_with_a_reason(editor_page, live_server):
    submission = submitted("The moon is made of cheese, the mayor said.")
    page = editor_page
    page.goto(live_server.url + reverse("admin:factcheck_submission_changelist"))
    assert serious_violations(page) == []
    page.get_by_role("link", name="The moon is made of cheese").click()
    page.wait_for_url("**" + reverse("admin:factcheck_submission_change", args=[submission.pk]))
    assert serious_violations(page) == []
    page.get_by_role("link", name="Dismiss").click()
    page.wait_for_url("**" + reverse("admin:factcheck_submission_dismiss", args=[submission.pk]))
    assert serious_violations(page) == []
    page.get_by_label("Reason").fill("Not a factual claim anyone could check.")
    page.get_by_role("button", name="Dismiss").click()
    page.wait_for_url("**" + reverse("admin:factcheck_submission_changelist"))
    submission.refresh_from_db()
    assert (submission.status, submission.dismissal_reason) == (
        "dismissed",
        "Not a factual claim anyone could check.",
    )


def test_an_editor_makes_a_claim_of_a_submission(editor_page, live_server):
    submission = submitted("The port handled 140 ships last week.")
    page = editor_page
    page.goto(live_server.url + reverse("admin:factcheck_submission_make_claim", args=[submission.pk]))
    assert serious_violations(page) == []
    page.get_by_role("button", name="Make a claim").click()
    claim = Claim.objects.get()
    page.wait_for_url("**" + reverse("admin:factcheck_claim_change", args=[claim.pk]))
    assert Submission.objects.get().status == "claimed"


def test_a_wrong_statement_id_is_shown_accessibly(editor_page, live_server):
    submission = submitted("The port handled 140 ships last week.")
    page = editor_page
    page.goto(live_server.url + reverse("admin:factcheck_submission_make_claim", args=[submission.pk]))
    page.get_by_label("Statement number (optional)").fill("999999")
    page.get_by_role("button", name="Make a claim").click()
    page.get_by_text("No statement has that id.").wait_for()
    assert serious_violations(page) == []
    assert not Claim.objects.exists()


def test_the_standards_report_is_accessible(editor_page, live_server):
    submitted("The port handled 140 ships last week.")
    page = editor_page
    page.goto(live_server.url + reverse("admin:index"))
    page.get_by_role("link", name="Standards report").click()
    page.get_by_role("heading", name="Reader submissions").wait_for()
    assert serious_violations(page) == []
    page.get_by_label("From", exact=True).fill("2026-02-01")
    page.get_by_label("To", exact=True).fill("2026-01-01")
    page.get_by_role("button", name="Show the report").click()
    page.get_by_text("The period starts after it ends").wait_for()
    assert serious_violations(page) == []
