"""An editor imports an article through the review desk, as a person would."""

import pytest

from briefings.models import Briefing

from ..browser import serious_violations, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_an_editor_imports_a_pasted_article(page, live_server, superuser, sample_bytes):
    sign_in(page, live_server, "root", "pw-root-123456")
    page.goto(f"{live_server.url}/admin/briefings/briefing/")
    page.get_by_role("link", name="Import a briefing").click()
    page.get_by_label("Or paste the article").fill(sample_bytes.decode("utf-8"))
    page.get_by_label("Outlet").fill("The Harbour Herald")
    page.get_by_role("button", name="Preview the split").click()
    page.get_by_text("41 statements in 6 sections").wait_for()
    assert Briefing.objects.count() == 0
    assert serious_violations(page) == []
    page.get_by_role("button", name="Import", exact=True).click()
    page.get_by_text("41 statements in 6 sections.").wait_for()
    briefing = Briefing.objects.get()
    assert (briefing.statements.count(), briefing.outlet) == (41, "The Harbour Herald")
    page.locator(".messagelist").get_by_role("link", name=briefing.title).click()
    page.wait_for_url(f"**/admin/briefings/briefing/{briefing.pk}/change/")


def test_an_editor_sees_why_an_import_was_refused(page, live_server, superuser):
    sign_in(page, live_server, "root", "pw-root-123456")
    page.goto(f"{live_server.url}/admin/briefings/briefing/import/")
    page.get_by_label("Or paste the article").fill("Only a title")
    page.get_by_role("button", name="Import", exact=True).click()
    assert "No statements found" in page.get_by_role("alert").inner_text()
    assert Briefing.objects.count() == 0


def test_the_preview_takes_the_focus_and_the_form_comes_next(page, live_server, superuser, sample_bytes):
    """Focus went back to the top of the page, two dozen tabs before the form again."""
    sign_in(page, live_server, "root", "pw-root-123456")
    page.goto(f"{live_server.url}/admin/briefings/briefing/import/")
    page.get_by_label("Or paste the article").fill(sample_bytes.decode("utf-8"))
    page.get_by_role("button", name="Preview the split").click()
    page.get_by_text("41 statements in 6 sections").wait_for()
    assert page.evaluate("document.activeElement.id") == "import-preview"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "document"
