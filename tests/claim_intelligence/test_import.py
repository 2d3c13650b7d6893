"""The import returns with every statement scored and its speaker set, in every revision; an
edit to the split scores the changed statements again; statements imported before are scored by
the migration."""

import importlib

import pytest
from django.apps import apps

from briefings.checkworthiness import score_statement
from briefings.editing import split_statement
from briefings.importers import import_briefing
from briefings.models import Statement

from ..factories import make_user

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Port figures\n\n"
    "The port handled 140 ships in March, the harbour master said. Officials could expand it.\n\n"
    "“We are busy,” said Ana Ruiz, the port's director. “The quays are full.”\n"
)
REVISED = ARTICLE.replace("140 ships", "150 ships") + "\nThe port opened in 1921.\n"


def test_every_statement_is_scored_at_import():
    briefing = import_briefing(ARTICLE).briefing
    statements = list(briefing.statements_in_order())
    assert all(s.check_worthiness is not None and s.check_worthiness_reasons for s in statements)
    assert [s.speaker for s in statements] == ["harbour master", "", "Ana Ruiz", "Ana Ruiz"]


def test_a_new_revision_s_statements_are_scored_too():
    briefing = import_briefing(ARTICLE, slug="port").briefing
    import_briefing(REVISED, slug="port")
    briefing.refresh_from_db()
    statements = list(briefing.statements_in_order())
    assert briefing.current_revision.number == 2
    assert not [s for s in statements if s.check_worthiness is None]
    assert "a date" in statements[-1].check_worthiness_reasons


def test_an_article_in_another_language_is_scored_by_its_figures():
    swedish = "Hamnen\n\nHamnen i staden öppnades 1921 och har sedan dess vuxit mycket, säger kommunen.\n"
    statement = import_briefing(swedish.encode(), metadata={}).briefing.statements.get()
    assert statement.check_worthiness_reasons[-1].startswith("words not read: language ")


def test_a_split_scores_both_parts_and_keeps_the_speaker():
    editor = make_user("ed", role="Editor")
    briefing = import_briefing(ARTICLE).briefing
    quoted = briefing.statements.get(position=3)
    split_statement(statement=quoted, offset=quoted.text.index(" said") + 1, user=editor)
    left, right = briefing.statements_in_order()[2:4]
    assert left.text == "“We are busy,”"
    for part in (left, right):
        score = score_statement(part.text, attributed=True)
        assert (part.check_worthiness, part.check_worthiness_reasons) == (score.value, score.reasons)
        assert part.speaker == "Ana Ruiz"


def test_the_migration_scores_statements_imported_before():
    briefing = import_briefing(ARTICLE).briefing
    Statement.objects.update(check_worthiness=None, check_worthiness_reasons=[], speaker="")
    migration = importlib.import_module("briefings.migrations.0011_statement_check_worthiness")
    migration.score_existing(apps, None)
    statements = list(briefing.statements_in_order())
    assert all(s.check_worthiness is not None for s in statements)
    assert statements[2].speaker == "Ana Ruiz"
