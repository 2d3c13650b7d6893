"""A file sent with a form is refused, unread, when the request is bigger than any upload the site
takes. Django bounds a form's fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not its files, which it
writes to a temporary file whatever their size: anyone with a CSRF cookie could send gigabytes to
the readers' form or the sign-in page (300 MB in 2 s on the test server) and fill the disk for as
long as the request lasted."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from briefings.models import Briefing
from factcheck.models import Submission

from ..factories import make_user

pytestmark = pytest.mark.django_db


def huge_file(size):
    return SimpleUploadedFile("huge.bin", b"\0" * size, content_type="application/octet-stream")


def test_a_huge_file_sent_to_the_readers_form_is_refused_with_400(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.raise_request_exception = False
    response = client.post(
        reverse("submit-claim"), {"text": "Did the port handle 140 ships?", "f": huge_file(50_000)}
    )
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_a_huge_file_sent_to_the_sign_in_page_is_refused_with_400(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.raise_request_exception = False
    response = client.post(reverse("login"), {"username": "a", "password": "b", "f": huge_file(50_000)})
    assert response.status_code == 400


def test_the_temporary_file_handler_never_sees_a_huge_file(client, settings, monkeypatch):
    from django.core.files import uploadhandler

    written = []
    monkeypatch.setattr(
        uploadhandler.TemporaryFileUploadHandler,
        "receive_data_chunk",
        lambda self, data, start: written.append(data),
    )
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.raise_request_exception = False
    client.post(reverse("submit-claim"), {"text": "Did the port handle 140 ships?", "f": huge_file(50_000)})
    assert written == []


def test_a_file_over_the_limit_on_the_import_form_returns_to_it_with_its_message(client):
    client.force_login(make_user("ed", "Editor"))
    client.raise_request_exception = False
    url = reverse("admin:briefings_briefing_import")
    document = SimpleUploadedFile("article.txt", b"The port handled 140 ships last week. " * 280_000)
    response = client.post(url, {"document": document, "format": "auto", "slug": ""}, follow=True)
    assert response.status_code == 200
    assert "The document is too large: the limit is 2 MB. Nothing was imported." in response.content.decode()
    assert not Briefing.objects.exists()


def test_a_file_a_little_over_the_importers_limit_still_gets_the_importers_own_message(client):
    client.force_login(make_user("ed", "Editor"))
    url = reverse("admin:briefings_briefing_import")
    document = SimpleUploadedFile("article.txt", b"The port handled 140 ships last week. " * 60_000)  # 2.2 MB
    response = client.post(url, {"document": document, "format": "auto", "slug": ""}, follow=True)
    assert response.status_code == 200
    assert not Briefing.objects.exists()
    assert "The document is 2.2 MB; the limit is 2.0 MB." in response.content.decode()
