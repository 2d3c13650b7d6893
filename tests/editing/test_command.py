"""`manage.py edit_statements`: the desk's corrections of the split, for scripts and bulk fixes."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from briefings.models import StatementEdit

from ..stores import stores_down
from .conftest import at, with_phrase

pytestmark = pytest.mark.django_db

SENTENCE = "Although the exact details of Russia’s list remain unclear"


def edit(*arguments):
    out = StringIO()
    call_command("edit_statements", *map(str, arguments), stdout=out)
    return out.getvalue()


def test_it_splits_a_statement_at_an_offset(briefing):
    statement = with_phrase(briefing, SENTENCE)
    output = edit("peace", "split", statement.position, len("Although the exact details"))
    assert at(briefing, statement.position).text == "Although the exact details"
    assert output.startswith(f"Split statement {statement.position} at character 26")


def test_it_merges_a_statement_with_the_next(briefing):
    first = with_phrase(briefing, "Russia has reportedly put forward")
    edit("peace", "merge", first.position)
    assert "Moscow outlined" in at(briefing, first.position).text


def test_it_hides_and_unhides_a_statement(briefing):
    statement = with_phrase(briefing, "A ban on Ukraine joining NATO")
    edit("peace", "hide", statement.position)
    assert at(briefing, statement.position).hidden
    edit("peace", "unhide", statement.position)
    assert not at(briefing, statement.position).hidden


def test_it_retitles_a_section(briefing):
    section = briefing.sections.get(heading="Potential Ceasefire and U.S. Response")
    edit("peace", "retitle", section.position, "Ceasefire")
    section.refresh_from_db()
    assert section.heading == "Ceasefire"


def test_it_records_the_named_editor(briefing, editor):
    edit("peace", "hide", 1, "--user", "editor")
    assert StatementEdit.objects.get().made_by == editor


def test_without_a_user_it_records_the_operator(briefing):
    edit("peace", "hide", 1)
    assert StatementEdit.objects.get().made_by is None


def test_it_lists_the_history(briefing):
    edit("peace", "hide", 1, "--user", "editor")
    assert "editor: Hide statement 1" in edit("peace", "history")


def test_it_refuses_a_checker(briefing, checker):
    with pytest.raises(CommandError, match="Only editors"):
        edit("peace", "hide", 1, "--user", "checker")
    assert not at(briefing, 1).hidden


def test_it_refuses_with_a_message_while_redis_is_down(briefing, settings):
    with stores_down(settings, "pages"), pytest.raises(CommandError, match="^Nothing was saved"):
        edit("peace", "hide", 1, "--user", "editor")
    assert not at(briefing, 1).hidden
    assert not StatementEdit.objects.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("nope", "hide", 1), "No such briefing: nope"),
        (("peace", "hide", 999), "There is no statement 999"),
        (("peace", "hide", "x"), "POSITION is a whole number"),
        (("peace", "split", 1), "Usage: edit_statements peace split POSITION OFFSET"),
        (("peace", "split", 1, 0), "outside it"),
        (("peace", "merge", 1, 2), "Usage"),
        (("peace", "retitle", 99, "Heading"), "There is no section 99"),
        (("peace", "hide", 1, "--user", "nobody"), "No such user: nobody"),
    ],
)
def test_it_refuses_bad_input_with_a_message_and_changes_nothing(briefing, arguments, message):
    with pytest.raises(CommandError, match=message):
        edit(*arguments)
    assert not StatementEdit.objects.exists()


def test_it_refuses_an_unknown_operation(briefing):
    with pytest.raises(CommandError, match="invalid choice"):
        edit("peace", "delete", 1)
