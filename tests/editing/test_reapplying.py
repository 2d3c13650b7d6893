"""A new revision re-applies the corrections made to the one before, where the same sentences
are still there, and lists the others for the editor."""

import pytest

from briefings.editing import hide_statement, merge_statements, retitle_section, split_statement
from briefings.importers import import_briefing
from briefings.models import StatementEdit
from factcheck.models import Claim

from ..factories import make_claim
from .conftest import SAMPLE, assert_consistent, cut_after, with_phrase

pytestmark = pytest.mark.django_db

SENTENCE = "Although the exact details of Russia’s list remain unclear"
ELSEWHERE = ("Former U.S. President Donald Trump", "Former President Donald Trump")


def revise(briefing, old=ELSEWHERE[0], new=ELSEWHERE[1], editor=None):
    assert old in SAMPLE
    result = import_briefing(SAMPLE.replace(old, new), slug=briefing.slug, imported_by=editor)
    briefing.refresh_from_db()
    return result


def split_sentence(briefing, editor):
    statement = with_phrase(briefing, SENTENCE)
    split_statement(statement=statement, offset=cut_after(statement, "remain unclear,"), user=editor)


def test_a_split_is_made_again_in_the_new_revision(briefing, editor):
    split_sentence(briefing, editor)
    revise(briefing)
    assert with_phrase(briefing, "Although the exact").text.endswith("remain unclear,")
    assert_consistent(briefing)


def test_the_reapplied_edit_points_at_the_one_it_repeats(briefing, editor):
    split_sentence(briefing, editor)
    first = StatementEdit.objects.get()
    revise(briefing)
    again = StatementEdit.objects.get(revision=briefing.current_revision)
    assert (again.reapplied_from, again.made_by, again.applied) == (first, editor, True)


def test_a_merge_hide_and_retitle_are_made_again(briefing, editor):
    merge_statements(statement=with_phrase(briefing, "Russia has reportedly put forward"), user=editor)
    hide_statement(statement=with_phrase(briefing, "A ban on Ukraine joining NATO"), user=editor)
    section = briefing.sections.get(heading="Potential Ceasefire and U.S. Response")
    retitle_section(section=section, heading="Ceasefire", user=editor)
    revise(briefing)
    assert "Moscow outlined" in with_phrase(briefing, "Russia has reportedly put forward").text
    assert with_phrase(briefing, "A ban on Ukraine joining NATO").hidden
    assert briefing.sections.filter(heading="Ceasefire").exists()


def test_the_revision_summary_counts_them(briefing, editor):
    split_sentence(briefing, editor)
    result = revise(briefing)
    assert briefing.current_revision.summary["corrections"] == {"reapplied": 1, "not_reapplied": 0}
    assert "corrections of the split: 1 re-applied, 0 not found" in result.summary()


def test_an_edit_whose_sentence_changed_is_listed_not_applied(briefing, editor):
    split_sentence(briefing, editor)
    revise(briefing, "the exact details of Russia’s list", "the precise details of Russia’s list")
    edit = StatementEdit.objects.get(revision=briefing.current_revision)
    assert not edit.applied
    assert with_phrase(briefing, "the precise details").text.startswith("Although the precise details")


def test_an_edit_the_new_text_already_reads_is_not_made_twice(briefing, editor):
    split_sentence(briefing, editor)
    revise(briefing, "remain unclear, the proposals", "remain unclear,\nthe proposals")
    assert briefing.current_revision.summary["corrections"] == {"reapplied": 1, "not_reapplied": 0}
    assert not StatementEdit.objects.filter(revision=briefing.current_revision).exists()


def test_claims_follow_the_reapplied_split(briefing, editor):
    claim = make_claim(
        statement=with_phrase(briefing, SENTENCE), text="the proposals largely mirror previous demands"
    )
    split_sentence(briefing, editor)
    revise(briefing)
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.statement.revision_id == briefing.current_revision_id
    assert claim.statement.text.startswith("the proposals largely mirror")


def test_a_revision_without_corrections_says_nothing_of_them(briefing, editor):
    result = revise(briefing)
    assert "corrections" not in briefing.current_revision.summary
    assert "corrections of the split" not in result.summary()
