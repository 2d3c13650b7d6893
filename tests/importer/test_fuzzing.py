"""Importer fuzzing: whatever bytes or text arrive, in whatever format, the importer imports them
(every statement an exact slice of the briefing's text) or refuses them with its own one-line
message and leaves the database exactly as it was. No other exception gets out, through the
importer or through its two doors, the command and the admin's import form."""

import io
import os

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.importers import ImportRefused, import_briefing

from ..factories import SIMPLE_ARTICLE
from .documents import DECLARED, DOCUMENTS, FILENAMES, FORMATS, SLUGS, VALID, encoded

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
DOORS = settings(FUZZ, max_examples=8)


def sendable(name):
    """A file name a browser can send: a multipart body is bytes, so no lone surrogates."""
    return not any("\ud800" <= character <= "\udfff" for character in name)


SESSIONS = ("sessions.Session",)  # every signed-in request moves its session's expiry


def stored_rows(but=()):
    """Every row of every table (but the models labelled in `but`), as stored."""
    return {
        model._meta.label: list(model._default_manager.order_by("pk").values_list())
        for model in apps.get_models(include_auto_created=True)
        if model._meta.label not in but
    }


def assert_one_line(message):
    assert message.strip() == message != ""
    assert message.isprintable()  # no line breaks, no control characters


def assert_imported_exactly(briefing):
    for statement in briefing.statements.all():
        assert briefing.text[statement.start : statement.end] == statement.text
        assert statement.text.strip() == statement.text != ""


def imports_or_refuses(data, **options):
    """Import `data`; on a refusal, check the message and that nothing was stored (compared
    before anything is rolled back). Everything is rolled back afterwards."""
    before = stored_rows()
    with transaction.atomic():
        try:
            result = import_briefing(data, **options)
        except ImportRefused as refusal:
            assert_one_line(str(refusal))
            assert stored_rows() == before
        else:
            assert_imported_exactly(result.briefing)
        transaction.set_rollback(True)


@pytest.fixture
def existing(db):
    """A briefing already on the desk, so that slugs and checksums can collide."""
    return import_briefing(SIMPLE_ARTICLE, slug="existing").briefing


@pytest.mark.slow
@FUZZ
@given(data=DOCUMENTS, format=FORMATS)
def test_any_document_in_any_format_imports_or_is_refused(existing, data, format):
    imports_or_refuses(data, format=format)


@pytest.mark.slow
@settings(FUZZ, max_examples=150)
@given(data=DECLARED, format=st.sampled_from(["auto", "html"]))
def test_a_page_in_any_declared_charset_imports_or_is_refused(existing, data, format):
    imports_or_refuses(data, format=format)


@pytest.mark.slow
@FUZZ
@given(
    data=st.one_of(VALID, encoded(), st.binary(max_size=300)), format=FORMATS, slug=SLUGS, filename=FILENAMES
)
def test_any_slug_and_file_name_import_or_are_refused(existing, data, format, slug, filename):
    imports_or_refuses(data, format=format, slug=slug, filename=filename)


@pytest.mark.slow
@DOORS
@given(
    data=st.one_of(encoded(), st.binary(max_size=300)),
    format=FORMATS,
    name=st.sampled_from(["a.txt", "a.md", "a.html", "a", os.fsdecode(b"caf\xe9.txt")]),  # not UTF-8
)
def test_the_command_imports_or_says_why_not(existing, tmp_path, data, format, name):
    """manage.py prints a CommandError as one line; any other exception would be a traceback."""
    path = tmp_path / name
    path.write_bytes(data)
    before = stored_rows()
    with transaction.atomic():
        try:
            call_command("import_briefing", str(path), "--format", format, stdout=io.StringIO())
        except CommandError as error:
            assert_one_line(str(error))
            assert stored_rows() == before
        transaction.set_rollback(True)


@pytest.mark.slow
@DOORS
@given(data=st.one_of(encoded(), st.binary(max_size=300)), format=FORMATS, name=FILENAMES.filter(sendable))
def test_the_import_form_imports_or_shows_why_not(existing, editor, client, data, format, name):
    """The form answers with its page and the refusal (200), or sends the editor to the new
    briefing (302); an exception in the view would fail the request here."""
    client.force_login(editor)
    upload = SimpleUploadedFile(name or "document", data)
    before = stored_rows(but=SESSIONS)
    with transaction.atomic():
        response = client.post(
            reverse("admin:briefings_briefing_import"), {"document": upload, "format": format}
        )
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            errors = response.context["form"].errors
            assert errors
            for message in (message for messages in errors.values() for message in messages):
                assert_one_line(message)
            assert stored_rows(but=SESSIONS) == before
        transaction.set_rollback(True)
