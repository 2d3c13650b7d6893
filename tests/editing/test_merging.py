"""An editor merges a statement with the next one of its paragraph."""

import pytest

from briefings.editing import EditRefused, merge_statements
from briefings.models import StatementEdit

from .conftest import assert_consistent, at, with_phrase

pytestmark = pytest.mark.django_db

FIRST = "Russia has reportedly put forward"  # the opening paragraph has two sentences


def test_it_joins_the_two_statements_with_what_lies_between(briefing, editor):
    first = with_phrase(briefing, FIRST)
    second = at(briefing, first.position + 1)
    merge_statements(statement=first, user=editor)
    assert at(briefing, first.position).text == briefing.text[first.start : second.end]


def test_it_keeps_offsets_exact_and_positions_consecutive(briefing, editor):
    count = briefing.statements.count()
    merge_statements(statement=with_phrase(briefing, FIRST), user=editor)
    assert len(assert_consistent(briefing)) == count - 1


def test_links_to_the_merged_in_statement_lead_to_the_merged_one(briefing, editor):
    first = with_phrase(briefing, FIRST)
    merge_statements(statement=first, user=editor)
    assert at(briefing, first.position).alias_anchors == [f"s-{first.position + 1}"]


def test_later_statements_keep_their_anchors(briefing, editor):
    first = with_phrase(briefing, FIRST)
    merge_statements(statement=first, user=editor)
    assert at(briefing, first.position + 1).anchor == f"s-{first.position + 2}"


def test_it_records_both_wordings(briefing, editor):
    first = with_phrase(briefing, FIRST)
    second = at(briefing, first.position + 1)
    merge_statements(statement=first, user=editor)
    assert StatementEdit.objects.get().texts == [first.text, second.text]


def test_it_refuses_the_last_statement(briefing, editor):
    last = briefing.statements.order_by("position").last()
    with pytest.raises(EditRefused, match="the last one"):
        merge_statements(statement=last, user=editor)


def test_it_refuses_to_merge_across_a_heading(briefing, editor):
    statements = list(briefing.statements.order_by("position"))
    before_heading = next(
        s for s, t in zip(statements, statements[1:], strict=False) if s.section_id != t.section_id
    )
    with pytest.raises(EditRefused, match="different headings"):
        merge_statements(statement=before_heading, user=editor)
    assert at(briefing, before_heading.position).text == before_heading.text


def test_it_refuses_to_merge_across_paragraphs(briefing, editor):
    statements = list(briefing.statements.order_by("position"))
    end_of_paragraph = next(
        s
        for s, t in zip(statements, statements[1:], strict=False)
        if s.section_id == t.section_id and s.paragraph != t.paragraph
    )
    with pytest.raises(EditRefused, match="different paragraphs"):
        merge_statements(statement=end_of_paragraph, user=editor)


def test_it_refuses_a_checker(briefing, checker):
    with pytest.raises(EditRefused, match="Only editors"):
        merge_statements(statement=with_phrase(briefing, FIRST), user=checker)
    assert not StatementEdit.objects.exists()


def test_it_refuses_to_merge_two_list_items(briefing, editor):
    item = with_phrase(briefing, "A ban on Ukraine joining NATO")
    with pytest.raises(EditRefused, match="separate list items"):
        merge_statements(statement=item, user=editor)
    assert at(briefing, item.position).text == item.text
