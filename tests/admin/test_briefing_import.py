"""The briefing desk's import form (GET and POST /admin/briefings/briefing/import/)."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from briefings.models import Briefing

from ..factories import make_user
from ..signing_in import login_page_for

URL = reverse("admin:briefings_briefing_import")


@pytest.fixture
def importer(staff_member):
    staff_member.user_permissions.add(
        Permission.objects.get(codename="add_briefing"), Permission.objects.get(codename="view_briefing")
    )
    return staff_member


def test_it_shows_the_form(client, importer):
    client.force_login(importer)
    response = client.get(URL)
    assert response.status_code == 200
    assert b"Or paste the article" in response.content


def test_it_names_each_format_as_the_briefing_list_does(client, importer):
    client.force_login(importer)
    page = client.get(URL).content.decode()
    assert '<option value="html">Saved web page (HTML)</option>' in page
    assert '<option value="text">Plain text</option>' in page


def test_it_imports_pasted_text(client, importer, sample_bytes):
    client.force_login(importer)
    response = client.post(URL, {"pasted": sample_bytes.decode("utf-8"), "format": "auto", "slug": ""})
    briefing = Briefing.objects.get()
    assert response.status_code == 302
    assert (
        response["Location"] == reverse("admin:briefings_briefing_change", args=[briefing.pk]) + "#statements"
    )
    assert briefing.statements.count() == 41
    assert briefing.imported_by == importer


def test_an_import_lands_on_the_statements_with_a_link_back_to_the_details(client, importer, sample_bytes):
    client.force_login(importer)
    response = client.post(
        URL, {"pasted": sample_bytes.decode("utf-8"), "format": "auto", "slug": ""}, follow=True
    )
    assert response.redirect_chain[-1][0].endswith("/change/#statements")
    assert '<a href="#briefing_form">The briefing’s details</a>' in response.text
    assert 'id="briefing_form"' in response.text


def test_it_imports_an_uploaded_file(client, importer, fixture_bytes):
    client.force_login(importer)
    upload = SimpleUploadedFile("saved-news-page.html", fixture_bytes("saved-news-page.html"), "text/html")
    client.post(URL, {"document": upload, "format": "auto", "slug": "port-strike"})
    briefing = Briefing.objects.get()
    assert briefing.slug == "port-strike"
    assert briefing.original_format == "html"
    assert briefing.original_filename == "saved-news-page.html"


def test_it_shows_the_importers_refusal_and_stores_nothing(client, importer):
    client.force_login(importer)
    upload = SimpleUploadedFile("image.txt", b"\x89PNG\x00\x00", "text/plain")
    response = client.post(URL, {"document": upload, "format": "auto"})
    assert response.status_code == 200
    assert "This looks like a binary file" in response.content.decode()
    assert Briefing.objects.count() == 0


def test_it_refuses_an_oversized_upload_without_reading_it(client, importer, settings, monkeypatch):
    from briefings.forms import ImportForm

    settings.FACTDESK_MAX_DOCUMENT_BYTES = 1000

    def never_read(*args, **kwargs):
        raise AssertionError("the upload was read")

    monkeypatch.setattr(ImportForm, "document_data", never_read)
    client.force_login(importer)
    upload = SimpleUploadedFile("big.txt", b"A title\n" + b"Words. " * 400, "text/plain")
    response = client.post(URL, {"document": upload, "format": "auto"})
    assert "the limit is 0.0 MB" in response.content.decode()
    assert Briefing.objects.count() == 0


def test_it_refuses_a_form_without_a_document(client, importer):
    client.force_login(importer)
    response = client.post(URL, {"pasted": "   ", "format": "auto"})
    assert "Upload a file or paste the article" in response.content.decode()


def test_it_refuses_a_file_and_pasted_text_together(client, importer):
    client.force_login(importer)
    upload = SimpleUploadedFile("a.txt", b"Title\nA sentence.", "text/plain")
    response = client.post(URL, {"document": upload, "pasted": "Title\nOther.", "format": "auto"})
    assert "not both" in response.content.decode()
    assert Briefing.objects.count() == 0


def test_it_redirects_anonymous_to_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
    assert client.get(URL, follow=True).redirect_chain[-1][0] == login_page_for(URL)


def test_it_refuses_a_checker(client, db):
    client.force_login(make_user("checker", "Checker"))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"pasted": "Title\nA sentence.", "format": "auto"}).status_code == 403
    assert Briefing.objects.count() == 0


def test_it_refuses_staff_without_the_add_permission(client, staff_member):
    client.force_login(staff_member)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"pasted": "Title\nA sentence.", "format": "auto"}).status_code == 403
    assert Briefing.objects.count() == 0


def test_it_refuses_put_and_delete(client, importer):
    client.force_login(importer)
    assert client.put(URL).status_code == 405
    assert client.delete(URL).status_code == 405


def test_a_pasted_document_over_the_upload_limit_returns_to_the_form_with_a_message(client, importer):
    client.force_login(importer)
    client.raise_request_exception = False
    huge = "The port handled 140 ships last week. " * 280_000  # about 10 MB
    response = client.post(URL, {"pasted": huge, "format": "auto", "slug": ""}, follow=True)
    assert response.status_code == 200
    assert "The document is too large: the limit is 2 MB. Nothing was imported." in response.content.decode()
    assert not Briefing.objects.exists()


def imported_message(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_its_message_says_what_was_imported_with_the_title_as_written(client, importer):
    client.force_login(importer)
    text = "Harbour City Council Approves New Budget\n\nThe council met on Monday. It voted 7 to 2.\n"
    response = client.post(URL, {"pasted": text, "format": "auto", "slug": ""})
    briefing = Briefing.objects.get()
    desk = reverse("admin:briefings_briefing_change", args=[briefing.pk])
    assert imported_message(response) == [
        f'Imported “<a href="{desk}">Harbour City Council Approves New Budget</a>”: 2 statements in 1 section.'
    ]


def test_its_message_says_when_the_same_text_is_imported_again(client, importer, sample_bytes):
    client.force_login(importer)
    client.post(URL, {"pasted": sample_bytes.decode("utf-8"), "format": "auto", "slug": "peace"})
    response = client.post(URL, {"pasted": sample_bytes.decode("utf-8"), "format": "auto", "slug": "peace"})
    assert imported_message(response)[-1].endswith("is already imported with this text: nothing changed.")


ARTICLE = "Harbour City Council Approves New Budget\n\nThe council met on Monday. It voted 7 to 2.\n"


def test_a_preview_shows_the_split_and_stores_nothing(client, importer):
    client.force_login(importer)
    response = client.post(URL, {"pasted": ARTICLE, "format": "auto", "preview": "Preview the split"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Harbour City Council Approves New Budget" in page
    assert "2 statements in 1 section" in page
    assert "<li>The council met on Monday.</li>" in page
    assert Briefing.objects.count() == 0


def test_a_preview_of_bad_input_shows_the_refusal_and_stores_nothing(client, importer):
    client.force_login(importer)
    response = client.post(URL, {"pasted": "Only a title", "format": "auto", "preview": "1"})
    assert response.status_code == 200
    assert "No statements found" in response.content.decode()
    assert Briefing.objects.count() == 0


def test_typed_publication_details_win_over_the_documents(client, importer, fixture_bytes):
    client.force_login(importer)
    upload = SimpleUploadedFile("saved-news-page.html", fixture_bytes("saved-news-page.html"), "text/html")
    client.post(
        URL,
        {"document": upload, "format": "auto", "outlet": "The Harbour Herald", "published_on": "2026-11-27"},
    )
    briefing = Briefing.objects.get()
    assert briefing.outlet == "The Harbour Herald"
    assert str(briefing.published_on) == "2026-11-27"


def test_empty_publication_details_keep_the_documents(client, importer, fixture_bytes):
    client.force_login(importer)
    upload = SimpleUploadedFile("saved-news-page.html", fixture_bytes("saved-news-page.html"), "text/html")
    client.post(URL, {"document": upload, "format": "auto", "outlet": "", "byline": "Jo Reporter"})
    briefing = Briefing.objects.get()
    assert briefing.outlet == "The Harbour Ledger"  # the page's own
    assert briefing.byline == "Jo Reporter"


def test_a_bad_date_returns_to_the_form_with_a_message_and_stores_nothing(client, importer):
    client.force_login(importer)
    response = client.post(URL, {"pasted": ARTICLE, "format": "auto", "published_on": "27th of never"})
    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()
    assert Briefing.objects.count() == 0


def test_a_preview_prefills_the_documents_details_where_nothing_was_typed(client, importer, fixture_bytes):
    client.force_login(importer)
    upload = SimpleUploadedFile("saved-news-page.html", fixture_bytes("saved-news-page.html"), "text/html")
    response = client.post(
        URL, {"document": upload, "format": "auto", "byline": "Jo Reporter", "preview": "1"}
    )
    form = response.context["form"]
    assert (form.data["outlet"], form.data["byline"]) == ("The Harbour Ledger", "Jo Reporter")


def test_a_preview_fills_in_the_documents_date_as_the_field_asks_for_it(client, importer):
    """The help says YYYY-MM-DD; the preview wrote 03/12/2026 beside it."""
    client.force_login(importer)
    dated = "# Council budget\n\nBy Maria Lindqvist | The Harbour Herald | 3 December 2026\n\n" + ARTICLE
    response = client.post(URL, {"pasted": dated, "format": "markdown", "preview": "1"})
    assert 'name="published_on" value="2026-12-03"' in response.content.decode()


# After "Preview" the uploaded file is kept for "Import": a file input cannot be given back, so an
# editor saw it empty and had to choose the file again (an outside tester's finding).


def preview_upload(client, data, name="saved-news-page.html"):
    upload = SimpleUploadedFile(name, data)
    return client.post(URL, {"document": upload, "format": "auto", "preview": "1"})


def as_shown(response):
    """What pressing Import posts from the page the preview came back with (no file chosen)."""
    form = response.context["form"]
    return {name: form[name].value() or "" for name in form.fields if name != "document"}


def test_a_previewed_upload_is_imported_without_choosing_the_file_again(client, importer, fixture_bytes):
    client.force_login(importer)
    shown = preview_upload(client, fixture_bytes("saved-news-page.html"))
    response = client.post(URL, as_shown(shown))
    briefing = Briefing.objects.get()
    assert (
        response["Location"] == reverse("admin:briefings_briefing_change", args=[briefing.pk]) + "#statements"
    )
    assert (briefing.original_format, briefing.original_filename) == ("html", "saved-news-page.html")


def test_a_previewed_upload_is_named_on_the_form(client, importer, fixture_bytes):
    client.force_login(importer)
    page = preview_upload(client, fixture_bytes("saved-news-page.html")).content.decode()
    assert "Using the file you previewed: <strong>saved-news-page.html</strong>" in page


def test_a_previewed_upload_does_not_fill_the_paste_box(client, importer, fixture_bytes):
    client.force_login(importer)
    shown = preview_upload(client, fixture_bytes("saved-news-page.html"))
    assert as_shown(shown)["pasted"] == ""


def test_a_previewed_upload_keeps_the_title_it_took_from_its_file_name(client, importer):
    client.force_login(importer)
    untitled = b"The port handled 140 ships last week. Officials expect more.\n\nAnother paragraph.\n"
    shown = preview_upload(client, untitled, name="notes-from-the-port.md")
    assert "<dd>notes from the port</dd>" in shown.content.decode()
    client.post(URL, as_shown(shown))
    assert Briefing.objects.get().title == "notes from the port"


def test_a_file_chosen_after_the_preview_replaces_the_previewed_one(client, importer, fixture_bytes):
    client.force_login(importer)
    shown = preview_upload(client, fixture_bytes("saved-news-page.html"))
    other = SimpleUploadedFile("council-budget.md", fixture_bytes("council-budget.md"))
    client.post(URL, {**as_shown(shown), "document": other})
    briefing = Briefing.objects.get()
    assert (briefing.original_format, briefing.original_filename) == ("markdown", "council-budget.md")


def test_text_pasted_after_the_preview_replaces_the_previewed_file(client, importer, fixture_bytes):
    client.force_login(importer)
    shown = preview_upload(client, fixture_bytes("saved-news-page.html"))
    client.post(URL, {**as_shown(shown), "pasted": ARTICLE})
    assert Briefing.objects.get().title == "Harbour City Council Approves New Budget"


def test_a_file_kept_for_another_editor_is_refused(client, importer, fixture_bytes):
    client.force_login(importer)
    shown = preview_upload(client, fixture_bytes("saved-news-page.html"))
    client.force_login(make_user("other-editor", "Editor"))
    response = client.post(URL, as_shown(shown))
    assert "choose it again" in response.content.decode()
    assert not Briefing.objects.exists()


def test_a_file_kept_with_a_forged_signature_is_refused(client, importer, fixture_bytes):
    client.force_login(importer)
    forged = as_shown(preview_upload(client, fixture_bytes("saved-news-page.html")))
    forged["previewed_file"] = forged["previewed_file"][:-4] + "AAAA"
    response = client.post(URL, forged)
    assert "choose it again" in response.content.decode()
    assert not Briefing.objects.exists()


def test_a_file_kept_past_its_time_is_refused(client, importer, fixture_bytes, monkeypatch):
    client.force_login(importer)
    shown = preview_upload(client, fixture_bytes("saved-news-page.html"))
    monkeypatch.setattr("briefings.kept_uploads.KEPT_FOR", -1)
    response = client.post(URL, as_shown(shown))
    assert "choose it again" in response.content.decode()
    assert not Briefing.objects.exists()


def test_a_file_kept_by_an_editor_is_refused_to_a_checker(client, importer, fixture_bytes):
    client.force_login(importer)
    shown = preview_upload(client, fixture_bytes("saved-news-page.html"))
    client.force_login(make_user("checker", "Checker"))
    assert client.post(URL, as_shown(shown)).status_code == 403
    assert not Briefing.objects.exists()
