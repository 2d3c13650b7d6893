"""A takedown notice names the title readers knew when the briefing was taken down: a revision
imported since (a retitled one, say) does not put new words on the public 410 page or the API's."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse

from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck import services

from ..factories import make_published_briefing

pytestmark = pytest.mark.django_db
RENAMED = "A title nobody reviewed"


@pytest.fixture
def retitled_after_takedown(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    known = briefing.title
    services.withdraw_briefing(briefing=briefing, user=editor)
    import_briefing(f"{RENAMED}\n\nThe port handled 140 ships last year.\n", slug=briefing.slug)
    briefing.refresh_from_db()
    assert briefing.title == RENAMED
    return briefing, claim, known


def test_the_service_keeps_the_title_readers_knew(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    services.withdraw_briefing(briefing=briefing, user=editor)
    briefing.refresh_from_db()
    assert briefing.withdrawn_title == briefing.title


def test_the_410_page_names_the_title_readers_knew(client, retitled_after_takedown):
    briefing, claim, known = retitled_after_takedown
    page = client.get(reverse("claim", args=[claim.pk])).content.decode()
    assert f"“{known}”" in page
    assert RENAMED not in page


def test_the_api_410_names_the_title_readers_knew(client, retitled_after_takedown):
    briefing, claim, known = retitled_after_takedown
    notice = client.get(f"/api/v1/claims/{claim.pk}/").json()
    assert known in notice["detail"]
    assert RENAMED not in notice["detail"]


def test_a_takedown_recorded_before_titles_were_kept_names_its_title_now(editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    services.withdraw_briefing(briefing=briefing, user=editor)
    Briefing.objects.filter(pk=briefing.pk).update(withdrawn_title="")
    briefing.refresh_from_db()
    assert briefing.title_as_withdrawn == briefing.title


def test_the_migration_names_an_earlier_takedown_by_its_revision_then(retitled_after_takedown):
    briefing, claim, known = retitled_after_takedown
    Briefing.objects.filter(pk=briefing.pk).update(withdrawn_title="")
    migration = import_module("briefings.migrations.0012_briefing_withdrawn_title")
    migration.name_earlier_takedowns(apps, None)
    briefing.refresh_from_db()
    assert briefing.withdrawn_title == known
