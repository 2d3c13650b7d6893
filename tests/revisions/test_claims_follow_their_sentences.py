"""Each way an article changes, on the sample: where its claims land and what they say about it."""

import pytest

from briefings.models import Statement
from factcheck.models import Claim, ClaimEvent

from .conftest import revised

pytestmark = pytest.mark.django_db


def test_a_claim_on_an_untouched_sentence_stays_exact(newsroom):
    newsroom.revise("date", "cut", "new")
    claim = newsroom.claim("untouched")
    assert (claim.anchor, claim.statement.revision.number) == ("exact", 2)


def test_an_untouched_claim_points_at_the_same_sentence_in_the_new_revision(newsroom):
    before = newsroom.claim("untouched").statement.text
    newsroom.revise("date")
    assert newsroom.claim("untouched").statement.text == before


def test_a_changed_date_makes_the_link_changed(newsroom):
    newsroom.revise("date")
    claim = newsroom.claim("date")
    assert (claim.anchor, "February 23, 2022" in claim.statement.text) == ("changed", True)


def test_an_edited_number_is_changed_never_exact(newsroom):
    newsroom.revise("number")
    claim = newsroom.claim("number")
    assert (claim.anchor, "45-day" in claim.statement.text) == ("changed", True)


def test_a_changed_claim_keeps_the_old_sentence_for_the_diff(newsroom):
    newsroom.revise("number")
    claim = newsroom.claim("number")
    assert ("30-day" in claim.anchored_from.text, claim.anchored_from.revision.number) == (True, 1)


def test_a_reworded_sentence_makes_the_link_changed(newsroom):
    newsroom.revise("reworded")
    claim = newsroom.claim("reworded")
    assert (claim.anchor, claim.statement.text) == ("changed", "Russia’s present demands are nothing new.")


def test_a_cut_sentence_orphans_its_claim(newsroom):
    newsroom.revise("cut")
    assert newsroom.claim("cut").anchor == "orphaned"


def test_an_orphaned_claim_keeps_the_statement_of_the_revision_that_had_it(newsroom):
    newsroom.revise("cut")
    claim = newsroom.claim("cut")
    assert (claim.statement.revision.number, claim.anchored_in.number) == (1, 2)


def test_an_orphaned_claim_keeps_its_briefing_and_published_verdict(newsroom):
    newsroom.revise("cut")
    claim = newsroom.claim("cut")
    assert (claim.statement.briefing, claim.live_version.number) == (newsroom.briefing, 1)


def test_no_claim_lands_on_an_inserted_sentence(newsroom):
    newsroom.revise("new", "cut", "reworded")
    inserted = Statement.objects.filter(
        revision__number=2,
        text__in=["The Kremlin repeated them on Tuesday.", "A spokesman called them final."],
    )
    assert inserted.count() == 2
    assert not inserted.filter(claims__isnull=False).exists()


def test_two_new_sentences_are_counted_new(newsroom):
    result = newsroom.revise("new")
    assert result.revision.summary["new"] == 2


def test_a_moved_paragraph_moves_its_claim(newsroom):
    newsroom.revise("moved")
    claim = newsroom.claim("moved")
    assert (claim.anchor, claim.statement.revision.number) == ("moved", 2)


def test_a_moved_list_item_moves_its_claim(newsroom):
    newsroom.revise("list_item")
    claim = newsroom.claim("list_item")
    assert (claim.anchor, claim.statement.kind) == ("moved", "list_item")


def test_a_sentence_split_in_two_keeps_its_claim_on_a_piece_flagged_changed(newsroom):
    newsroom.revise("split")
    claim = newsroom.claim("split")
    assert claim.anchor == "changed"
    assert "Washington" in claim.statement.text or "negotiate an end" in claim.statement.text


def test_two_merged_sentences_both_land_on_the_merged_one_flagged_changed(newsroom):
    newsroom.revise("merged")
    first, second = newsroom.claim("merged_first"), newsroom.claim("merged_second")
    assert (first.anchor, second.anchor) == ("changed", "changed")
    assert first.statement == second.statement


def test_every_outcome_is_recorded_on_the_claims_history(newsroom):
    newsroom.revise("date", "cut")
    events = ClaimEvent.objects.filter(action="reanchored")
    assert {event.changes["anchor"][1] for event in events} >= {"exact", "changed", "orphaned"}


def test_a_reanchored_claim_takes_its_next_version_so_an_open_form_is_refused(newsroom):
    before = newsroom.claim("date").version
    newsroom.revise("date")
    assert newsroom.claim("date").version == before + 1


def test_a_changed_anchor_on_a_public_claim_is_a_public_change(newsroom):
    before = newsroom.claim("date").public_changed_at
    newsroom.revise("date")
    after = newsroom.claim("date").public_changed_at
    assert after > (before or after.min.replace(tzinfo=after.tzinfo))


def test_an_exact_anchor_on_a_public_claim_is_a_public_change_too(newsroom):
    """Its statement in the API (id, address) is the new revision's."""
    before = newsroom.claim("untouched").public_changed_at
    newsroom.revise("date")
    assert newsroom.claim("untouched").public_changed_at > before


def test_a_changed_wording_stays_flagged_through_a_later_revision(newsroom):
    newsroom.revise("number")
    newsroom.revise("number", "cut")
    assert newsroom.claim("number").anchor == "changed"


def test_a_published_verdict_keeps_the_wording_it_checked(newsroom):
    newsroom.revise("number")
    claim = newsroom.claim("number")
    assert "30-day" in claim.live_version.statement_text


def test_the_import_summary_names_the_claims(newsroom):
    result = newsroom.revise("date", "cut")
    assert result.summary().endswith("; claims: 8 exact, 1 changed, 1 orphaned")


def test_every_revision_keeps_its_statements(newsroom):
    newsroom.revise("cut")
    newsroom.revise("cut", "date")
    counts = [revision.statements.count() for revision in newsroom.briefing.revisions.order_by("number")]
    assert counts == [41, 40, 40]


def test_revising_with_every_edit_at_once_places_every_claim_as_expected(newsroom):
    newsroom.revise(*[kind for kind in ("date", "number", "cut", "new", "reworded", "moved", "list_item")])
    anchors = {name: newsroom.claim(name).anchor for name in newsroom.claims}
    assert anchors == {
        "date": "changed",
        "number": "changed",
        "cut": "orphaned",
        "reworded": "changed",
        "moved": "moved",
        "list_item": "moved",
        "split": "exact",
        "merged_first": "exact",
        "merged_second": "exact",
        "untouched": "exact",
    }


def test_the_revised_sample_differs_from_the_sample():
    assert revised("date") != revised()


def test_claims_whose_earlier_wording_is_unknown_still_move(newsroom):
    """Every claim changed with no earlier statement recorded: the per-claim update writes NULLs."""
    Claim.objects.update(anchor="changed", anchored_from=None)
    newsroom.revise("date")
    claim = newsroom.claim("untouched")
    assert (claim.anchor, claim.anchored_from, claim.statement.revision.number) == ("changed", None, 2)
