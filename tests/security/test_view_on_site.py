"""The admin's "View on site" redirect (/admin/r/<content type>/<id>/) only for what the person may
read on the desk: Django's own answers any staff member with any object's public address, and a
draft briefing's address is its slug, which usually says what the unpublished article is about."""

import pytest
from django.contrib.contenttypes.models import ContentType

from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck.models import Claim

from ..factories import make_claim

pytestmark = pytest.mark.django_db

SECRET_ARTICLE = "Acme will buy Globex\nAcme will buy Globex for 3 billion dollars on Monday, the CEO said.\n"


def view_on_site(model, pk):
    return f"/admin/r/{ContentType.objects.get_for_model(model).pk}/{pk}/"


@pytest.fixture
def draft_briefing():
    return import_briefing(SECRET_ARTICLE, slug="acme-will-buy-globex").briefing


def test_staff_without_a_role_are_not_told_a_draft_briefings_address(client, staff_member, draft_briefing):
    client.force_login(staff_member)
    response = client.get(view_on_site(Briefing, draft_briefing.pk))
    assert response.status_code == 404
    assert "acme-will-buy-globex" not in response.get("Location", "")


def test_staff_without_a_role_are_not_sent_to_a_claims_page_either(client, staff_member):
    claim = make_claim()
    client.force_login(staff_member)
    assert client.get(view_on_site(Claim, claim.pk)).status_code == 404


def test_a_checker_who_may_read_the_draft_is_still_sent_to_its_address(client, checker, draft_briefing):
    client.force_login(checker)
    response = client.get(view_on_site(Briefing, draft_briefing.pk))
    assert response.status_code == 302
    assert response["Location"].endswith("/briefings/acme-will-buy-globex/")


def test_an_object_that_does_not_exist_is_not_found(client, checker):
    client.force_login(checker)
    assert client.get(view_on_site(Briefing, 999999)).status_code == 404


def test_a_content_type_that_is_not_a_number_is_not_found(client, checker):
    client.force_login(checker)
    assert client.get("/admin/r/x/1/").status_code == 404
