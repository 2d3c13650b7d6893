"""The briefing's desk shows each statement's check-worthiness, its reasons and its speaker."""

import pytest
from django.urls import reverse

from briefings.importers import import_briefing
from briefings.models import Statement

pytestmark = pytest.mark.django_db
ARTICLE = "Port\n\nThe port handled 140 ships in March, the harbour master said.\n"


def desk(client, user, briefing):
    client.force_login(user)
    return client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk])).content.decode()


def test_the_desk_shows_the_score_its_reasons_and_the_speaker(client, checker):
    briefing = import_briefing(ARTICLE).briefing
    statement = briefing.statements.get()
    reasons = ", ".join(statement.check_worthiness_reasons)
    page = desk(client, checker, briefing)
    assert f"Check-worthiness {statement.check_worthiness}: {reasons} · Said by harbour master" in page


def test_a_statement_not_scored_yet_shows_no_score(client, checker):
    briefing = import_briefing(ARTICLE).briefing
    Statement.objects.update(check_worthiness=None, check_worthiness_reasons=[], speaker="")
    assert "Check-worthiness" not in desk(client, checker, briefing)
