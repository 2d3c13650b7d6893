"""The standards pages take HTML from admins, so the XSS corpus (payloads.py) is put through them
as HTML, not as text: through the service (cleaned on save) and behind its back (cleaned on
render), no payload makes markup or script on the public page (markup.injections)."""

import pytest
from django.contrib.flatpages.models import FlatPage

from factcheck import services

from .markup import injections
from .payloads import PAYLOADS

# The XSS corpus is rendering and escaping, not the engine: it runs in CI's SQLite pass, as
# test_xss.py does (PostgreSQL refuses the corpus's NUL bytes before they could reach a reader).
pytestmark = [pytest.mark.slow, pytest.mark.django_db]
CONTACT = "/standards/contact/"


def contact():
    return FlatPage.objects.get(url=CONTACT)


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 50


@pytest.mark.parametrize("payload", PAYLOADS, ids=str)
def test_no_payload_saved_by_an_admin_reaches_readers_as_markup(client, superuser, payload):
    services.save_standards_page(page=contact(), user=superuser, title="Contact", content=payload.text)
    assert injections(client.get(CONTACT).content) == []


@pytest.mark.parametrize("payload", PAYLOADS, ids=str)
def test_no_payload_stored_behind_the_services_back_reaches_readers_as_markup(client, payload):
    FlatPage.objects.filter(url=CONTACT).update(content=payload.text)
    assert injections(client.get(CONTACT).content) == []
