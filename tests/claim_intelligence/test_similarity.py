"""The matcher behind "has this been checked?": differently worded questions find the claim, the
threshold holds, only public claims are compared."""

import json
from pathlib import Path

import pytest

from factcheck import similarity
from factcheck.models import Claim
from factcheck.similarity import scoring

from ..factories import make_claim, make_public_claim

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent.parent / "data" / "claim_intelligence" / "paraphrases.jsonl"
INVASION = "Russia invaded Ukraine on February 24, 2022."


def test_derived_forms_share_a_key():
    assert similarity.keys("invaded")[0] == similarity.keys("invasion")[0]


def test_question_words_and_stop_words_are_not_keys():
    assert similarity.keys("When did it begin?") == ["begi"]


def test_it_finds_the_invasion_asked_about_in_other_words():
    claim = make_public_claim(text=INVASION)
    make_public_claim(text="The port handled 140 ships last week.")

    matches = similarity.similar_claims("When did Russia begin its full-scale invasion of Ukraine?")

    assert [match.claim_id for match in matches] == [claim.pk]


def test_a_similarity_lies_between_zero_and_one_and_same_words_score_one():
    make_public_claim(text=INVASION)

    (match,) = similarity.similar_claims(INVASION)

    assert match.similarity == 1.0


def test_nothing_below_the_threshold_is_returned():
    make_public_claim(text="Russia's economy contracted by 2.1 percent in 2022 under Western sanctions.")

    assert similarity.similar_claims("When did Russia begin its full-scale invasion of Ukraine?") == []


def test_it_never_compares_an_unpublished_claim():
    make_claim(Claim.Status.PUBLISHED, checked=True, text=INVASION)  # published, in a draft briefing
    make_claim(text=INVASION)  # never published

    assert similarity.similar_claims(INVASION) == []


def test_the_best_match_comes_first():
    loose = make_public_claim(text="Russia moved troops towards Ukraine's border in 2021.")
    close = make_public_claim(text=INVASION)

    matches = similarity.similar_claims("Russia invaded Ukraine in February 2022")

    assert [match.claim_id for match in matches][:2] == [close.pk, loose.pk]


def test_the_paraphrase_set_keeps_its_recall_and_precision_at_the_threshold():
    """The floors of docs/claim-intelligence.md, "What has been checked before" (measured: recall@5 0.90, precision 0.72)."""
    rows = [json.loads(line) for line in DATA.read_text().splitlines()]
    archive = [(row["id"], similarity.keys(row["claim"])) for row in rows if "claim" in row]
    shown = right = 0
    for row in (row for row in rows if "query" in row):
        asked = similarity.keys(row["query"])
        ranked = sorted(((-similarity.score(asked, k), cid) for cid, k in archive))[:5]
        top = [cid for negative, cid in ranked if -negative >= similarity.THRESHOLD]
        shown += len(top)
        right += row["id"] in top
    pairs = sum(row["kind"] == "pair" for row in rows)
    assert pairs >= 60
    assert right / pairs >= 0.88
    assert right / shown >= 0.70


@pytest.mark.parametrize("count", range(1, similarity.MAX_KEYS + 1))
def test_a_claim_must_share_the_least_number_of_keys_to_reach_the_threshold(count):
    asked = [f"k{index:03d}" for index in range(count)]
    least = scoring.least_shared(count, similarity.THRESHOLD)

    assert similarity.score(asked, asked[:least]) >= similarity.THRESHOLD
    assert similarity.score(asked, asked[: least - 1]) < similarity.THRESHOLD
