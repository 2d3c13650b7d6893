"""An editor hides a statement that is not part of the article, and shows it again."""

import pytest

from briefings.editing import EditRefused, hide_statement, merge_statements, retitle_section, unhide_statement
from briefings.models import StatementEdit

from .conftest import at, with_phrase

pytestmark = pytest.mark.django_db

PHRASE = "A ban on Ukraine joining NATO"


def test_it_hides_the_statement_and_keeps_it_in_the_text(briefing, editor):
    statement = with_phrase(briefing, PHRASE)
    hide_statement(statement=statement, user=editor)
    hidden = at(briefing, statement.position)
    assert hidden.hidden
    assert hidden.text == statement.text


def test_shown_leaves_hidden_statements_out(briefing, editor):
    count = briefing.statements.count()
    hide_statement(statement=with_phrase(briefing, PHRASE), user=editor)
    assert briefing.statements.shown().count() == count - 1


def test_it_shows_a_hidden_statement_again(briefing, editor):
    statement = with_phrase(briefing, PHRASE)
    hide_statement(statement=statement, user=editor)
    unhide_statement(statement=statement, user=editor)
    assert not at(briefing, statement.position).hidden


def test_both_are_in_the_history(briefing, editor):
    statement = with_phrase(briefing, PHRASE)
    hide_statement(statement=statement, user=editor)
    unhide_statement(statement=statement, user=editor)
    assert list(StatementEdit.objects.values_list("action", flat=True)) == ["hide", "unhide"]


def test_it_refuses_to_hide_a_hidden_statement(briefing, editor):
    statement = with_phrase(briefing, PHRASE)
    hide_statement(statement=statement, user=editor)
    with pytest.raises(EditRefused, match="hidden already"):
        hide_statement(statement=statement, user=editor)


def test_it_refuses_to_unhide_a_shown_statement(briefing, editor):
    with pytest.raises(EditRefused, match="not hidden"):
        unhide_statement(statement=with_phrase(briefing, PHRASE), user=editor)


def test_it_refuses_to_merge_a_hidden_statement(briefing, editor):
    statement = with_phrase(briefing, "Russia has reportedly put forward")
    hide_statement(statement=at(briefing, statement.position + 1), user=editor)
    with pytest.raises(EditRefused, match="hidden statement"):
        merge_statements(statement=statement, user=editor)


@pytest.mark.parametrize("service", [hide_statement, unhide_statement])
def test_it_refuses_a_checker(briefing, checker, service):
    with pytest.raises(EditRefused, match="Only editors"):
        service(statement=with_phrase(briefing, PHRASE), user=checker)


def test_an_editor_retitles_a_heading(briefing, editor):
    section = briefing.sections.exclude(heading="").first()
    retitle_section(section=section, heading="  Key   demands ", user=editor)
    section.refresh_from_db()
    assert section.heading == "Key demands"


def test_a_retitle_records_both_headings(briefing, editor):
    section = briefing.sections.exclude(heading="").first()
    before = section.heading
    retitle_section(section=section, heading="Key demands", user=editor)
    assert StatementEdit.objects.get().texts == [before, "Key demands"]


@pytest.mark.parametrize("heading", ["", "   ", "x" * 301])
def test_it_refuses_a_heading_without_words_or_too_long(briefing, editor, heading):
    section = briefing.sections.exclude(heading="").first()
    with pytest.raises(EditRefused):
        retitle_section(section=section, heading=heading, user=editor)
    assert not StatementEdit.objects.exists()


def test_it_refuses_a_checker_retitling(briefing, checker):
    section = briefing.sections.exclude(heading="").first()
    with pytest.raises(EditRefused, match="Only editors"):
        retitle_section(section=section, heading="Key demands", user=checker)
