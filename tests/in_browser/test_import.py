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
    page.locator("#import-form").get_by_role("button", name="Import", exact=True).click()
    page.get_by_text("41 statements in 6 sections.").wait_for()
    briefing = Briefing.objects.get()
    assert (briefing.statements.count(), briefing.outlet) == (41, "The Harbour Herald")
    page.locator(".messagelist").get_by_role("link", name=briefing.title).click()
    page.wait_for_url(f"**/admin/briefings/briefing/{briefing.pk}/change/")


def test_the_import_button_is_in_view_beside_the_preview_and_lands_on_the_statements(
    page, live_server, superuser, sample_bytes
):
    """The only Import button was under the whole preview and the pasted text; after it the desk
    opened the briefing's details form, though the next work is its statements."""
    sign_in(page, live_server, "root", "pw-root-123456")
    page.goto(f"{live_server.url}/admin/briefings/briefing/import/")
    page.get_by_label("Or paste the article").fill(sample_bytes.decode("utf-8"))
    page.get_by_role("button", name="Preview the split").click()
    page.get_by_text("41 statements in 6 sections").wait_for()
    button = page.locator("#import-preview").get_by_role("button", name="Import", exact=True)
    first_statements = page.locator("#import-preview ol").last.bounding_box()
    assert button.bounding_box()["y"] + button.bounding_box()["height"] < 900
    assert button.bounding_box()["y"] < first_statements["y"]
    assert serious_violations(page) == []
    button.click()
    page.wait_for_url("**/change/#statements")
    assert page.get_by_role("heading", name="Statements in order").is_visible()
    assert page.get_by_role("link", name="The briefing’s details").is_visible()
    assert Briefing.objects.get().statements.count() == 41


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
    assert page.evaluate("document.activeElement.textContent") == "Import"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "document"


def preview_the_sample_as_an_upload(page, live_server, sample_bytes):
    sign_in(page, live_server, "root", "pw-root-123456")
    page.goto(f"{live_server.url}/admin/briefings/briefing/import/")
    page.get_by_label("Document").set_input_files(
        files=[{"name": "peace-proposals.txt", "mimeType": "text/plain", "buffer": sample_bytes}]
    )
    page.get_by_role("button", name="Preview the split").click()
    page.get_by_text("41 statements in 6 sections").wait_for()


def test_an_editor_previews_an_upload_and_imports_it_without_choosing_it_again(
    page, live_server, superuser, sample_bytes
):
    preview_the_sample_as_an_upload(page, live_server, sample_bytes)
    assert (
        page.locator(".kept-upload")
        .inner_text()
        .startswith("Using the file you previewed: peace-proposals.txt")
    )
    assert page.get_by_label("Or paste the article").input_value() == ""
    assert serious_violations(page) == []
    page.locator("#import-preview").get_by_role("button", name="Import", exact=True).click()
    page.get_by_text("41 statements in 6 sections.").wait_for()
    assert Briefing.objects.get().original_filename == "peace-proposals.txt"


def test_an_editor_replaces_the_previewed_upload_with_another_file(
    page, live_server, superuser, sample_bytes, fixture_bytes
):
    preview_the_sample_as_an_upload(page, live_server, sample_bytes)
    page.get_by_label("Document").set_input_files(
        files=[
            {
                "name": "council-budget.md",
                "mimeType": "text/markdown",
                "buffer": fixture_bytes("council-budget.md"),
            }
        ]
    )
    page.locator("#import-form").get_by_role("button", name="Import", exact=True).click()
    page.locator(".messagelist").wait_for()
    assert Briefing.objects.get().original_filename == "council-budget.md"
