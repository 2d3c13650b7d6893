"""Every kind of page runs under the Content-Security-Policy without one violation reported, and
every response carries the policy and a Permissions-Policy."""

import pytest
from django.urls import reverse

from briefings.demo import DEMO_PASSWORD
from factcheck.demo import load_demo
from factcheck.models import Claim

from ..browser import WATCH_CSP_VIOLATIONS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def demo(db):
    load_demo()


def public_paths():
    claim = Claim.objects.public().first()
    return [
        "/",
        "/briefings/russia-peace-proposals/",
        "/briefings/russia-peace-proposals/revisions/1/",
        claim.get_absolute_url(),
        claim.evidence.first().source.get_absolute_url(),
        "/search/?q=Ukraine",
        "/standards/methodology/",
        "/standards/rating-scale/",
        "/no-such-page/",
        "/accounts/login/",
        "/api/v1/",
        "/api/v1/claims/",
        "/api/docs/",
    ]


def desk_paths():
    claim = Claim.objects.get(status=Claim.Status.IN_REVIEW, live_version=None)
    return [
        "/admin/",
        f"/admin/factcheck/claim/{claim.pk}/change/",
        "/admin/factcheck/claim/",
        reverse("admin:briefings_briefing_change", args=[claim.statement.briefing_id]),
        reverse("admin:briefings_briefing_import"),
        reverse("claim-preview", args=[claim.pk]),
    ]


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert "Content-Security-Policy" in {name.title() for name in response.headers}, url
    assert response.headers.get("permissions-policy"), url
    return page.evaluate("window.__violations")


def test_public_pages_and_the_api_report_no_violation(page, live_server, demo):
    page.add_init_script(WATCH_CSP_VIOLATIONS)
    violations = {path: visit(page, live_server.url + path) for path in public_paths()}
    assert page.locator("#swagger-ui").count() == 1
    assert violations == {path: [] for path in violations}


def test_the_desk_reports_no_violation(page, live_server, demo):
    page.add_init_script(WATCH_CSP_VIOLATIONS)
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")
    violations = {path: visit(page, live_server.url + path) for path in desk_paths()}
    assert violations == {path: [] for path in violations}


def test_swagger_ui_still_draws_the_operations(page, live_server, demo):
    page.add_init_script(WATCH_CSP_VIOLATIONS)
    page.goto(live_server.url + "/api/docs/")
    page.get_by_text("/api/v1/claims/").first.wait_for()
    assert page.evaluate("window.__violations") == []
