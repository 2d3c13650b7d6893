"""An editor splits a statement in two."""

import pytest
from django.contrib.auth.models import AnonymousUser

from briefings.editing import EditRefused, split_statement
from briefings.importers import import_briefing
from briefings.models import StatementEdit

from .conftest import SAMPLE, assert_consistent, at, cut_after, with_phrase

pytestmark = pytest.mark.django_db

PHRASE = "Although the exact details of Russia’s list remain unclear"


def split_it(briefing, editor, words="remain unclear,"):
    statement = with_phrase(briefing, PHRASE)
    return statement, split_statement(statement=statement, offset=cut_after(statement, words), user=editor)


def test_it_cuts_the_statement_in_two_at_the_offset(briefing, editor):
    statement, _ = split_it(briefing, editor)
    assert (
        at(briefing, statement.position).text == "Although the exact details of Russia’s list remain unclear,"
    )
    assert at(briefing, statement.position + 1).text.startswith("the proposals largely mirror")


def test_it_keeps_offsets_exact_and_positions_consecutive(briefing, editor):
    count = briefing.statements.count()
    split_it(briefing, editor)
    assert len(assert_consistent(briefing)) == count + 1


def test_the_first_part_keeps_its_anchor_and_the_second_gets_a_new_one(briefing, editor):
    statement, _ = split_it(briefing, editor)
    assert at(briefing, statement.position).anchor == f"s-{statement.position}"
    assert at(briefing, statement.position + 1).anchor == f"s-{statement.position}-2"


def test_later_statements_keep_their_anchors(briefing, editor):
    statement, _ = split_it(briefing, editor)
    assert at(briefing, statement.position + 2).anchor == f"s-{statement.position + 1}"


def test_the_second_part_stays_in_its_paragraph_and_section(briefing, editor):
    statement, _ = split_it(briefing, editor)
    second = at(briefing, statement.position + 1)
    assert (second.paragraph, second.section_id, second.kind) == (
        statement.paragraph,
        statement.section_id,
        statement.kind,
    )


def test_splitting_a_part_again_gives_the_next_free_anchor(briefing, editor):
    statement, _ = split_it(briefing, editor)
    second = at(briefing, statement.position + 1)
    split_statement(statement=second, offset=cut_after(second, "largely mirror"), user=editor)
    assert at(briefing, statement.position + 2).anchor == f"s-{statement.position}-3"


def test_a_list_follows_the_second_part_of_its_lead_in(briefing, editor):
    lead_in = with_phrase(briefing, "Among the key conditions")
    split_statement(statement=lead_in, offset=cut_after(lead_in, "conditions"), user=editor)
    item = with_phrase(briefing, "A ban on Ukraine joining NATO")
    assert item.lead_in.position == lead_in.position + 1


def test_it_records_who_split_what(briefing, editor):
    split_it(briefing, editor)
    edit = StatementEdit.objects.get()
    assert (edit.action, edit.made_by, edit.applied) == ("split", editor, True)
    assert edit.texts[0].startswith(PHRASE)


@pytest.mark.parametrize("offset", [0, -1, 10_000])
def test_it_refuses_a_point_outside_the_statement(briefing, editor, offset):
    statement = with_phrase(briefing, PHRASE)
    with pytest.raises(EditRefused, match="outside it"):
        split_statement(statement=statement, offset=offset, user=editor)
    assert at(briefing, statement.position).text == statement.text


def test_it_refuses_a_point_inside_a_word(briefing, editor):
    statement = with_phrase(briefing, PHRASE)
    with pytest.raises(EditRefused, match="inside the word “details”"):
        split_statement(statement=statement, offset=cut_after(statement, "deta"), user=editor)
    assert at(briefing, statement.position).text == statement.text


def test_it_splits_a_script_written_without_spaces_anywhere(editor):
    briefing = import_briefing("# 報告\n\n港口上周处理了一百四十艘船只。\n", slug="port").briefing
    split_statement(statement=at(briefing, 1), offset=2, user=editor)
    assert [s.text for s in assert_consistent(briefing)] == ["港口", "上周处理了一百四十艘船只。"]


def test_it_refuses_a_checker(briefing, checker):
    statement = with_phrase(briefing, PHRASE)
    with pytest.raises(EditRefused, match="Only editors"):
        split_statement(statement=statement, offset=10, user=checker)
    assert not StatementEdit.objects.exists()


def test_it_refuses_an_anonymous_user(briefing):
    statement = with_phrase(briefing, PHRASE)
    with pytest.raises(EditRefused, match="Only editors"):
        split_statement(statement=statement, offset=10, user=AnonymousUser())


def test_it_refuses_a_statement_of_an_earlier_revision(briefing, editor):
    old = with_phrase(briefing, PHRASE)
    import_briefing(SAMPLE.replace("Russia has reportedly", "Russia has, reportedly,"), slug="peace")
    with pytest.raises(EditRefused, match="current revision"):
        split_statement(statement=old, offset=10, user=editor)
