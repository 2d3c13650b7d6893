"""An editor imports an article through the review desk, as a person would."""

import pytest

from briefings.models import Briefing

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def sign_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_an_editor_imports_a_pasted_article(page, live_server, superuser, sample_bytes):
    sign_in(page, live_server, "root", "pw-root-123456")
    page.goto(f"{live_server.url}/admin/briefings/briefing/")
    page.get_by_role("link", name="Import a briefing").click()
    page.get_by_label("Or paste the article").fill(sample_bytes.decode("utf-8"))
    page.get_by_role("button", name="Import").click()
    page.get_by_text("6 sections, 41 statements").wait_for()
    assert Briefing.objects.get().statements.count() == 41


def test_an_editor_sees_why_an_import_was_refused(page, live_server, superuser):
    sign_in(page, live_server, "root", "pw-root-123456")
    page.goto(f"{live_server.url}/admin/briefings/briefing/import/")
    page.get_by_label("Or paste the article").fill("Only a title")
    page.get_by_role("button", name="Import").click()
    assert "No statements found" in page.get_by_role("alert").inner_text()
    assert Briefing.objects.count() == 0
