"""The exact search of "has this been checked?" (factcheck.similarity.search): the versions sharing
the most keys are scored first and the search stops once nothing left can be among the best. Its
answers equal those of scoring every public claim, whatever the index may read at once; a
statement with many good matches is decided without the index's ranking; and the bound it stops
by is the best a claim sharing so many keys can score."""

import random

import pytest
from django.db import connection, transaction
from django.test.utils import override_settings

from factcheck import similarity
from factcheck.benchdata.sentences import sentence
from factcheck.models import ClaimVersion
from factcheck.similarity import postgresql, scoring, search, sqlite

from ..browser import FAST_HASHING
from ..factories import make_public_claim, publish

pytestmark = pytest.mark.django_db
INDEX = {"sqlite": sqlite, "postgresql": postgresql}.get(connection.vendor)
needs_an_index = pytest.mark.skipif(INDEX is None, reason="SQLite's or PostgreSQL's index")
#: Looks that read a few keys' versions at a time, or hand over a few rows at a time.
LOOKS = {
    "sqlite": {
        "few keys": ((5, 1000), (10**6, 1000)),
        "few rows": ((10**6, 3),),
        "few of both": ((20, 3), (10**6, 3)),
        "few rows, scored together": ((20, 30), (10**6, 30)),
    },
    "postgresql": {
        "few keys": ((5, 1000), (10**6, 1000)),
        "few rows": ((10**6, 3), (10**6, 5)),
        "few of both": ((20, 3), (10**6, 3)),
        "few rows, scored together": ((20, 30), (10**6, 30)),
    },
}.get(connection.vendor, {})
TEMPLATE = "The minister said that unemployment fell to {n}.{d} per cent in {month} in Lisbon."
#: Rare words, held by two claims that share little else: the best matches hold none of them.
RARE = "Zbigniew Quarrington and Ottoline Vasquez agreed."


def _archive(rng):
    months = ("March", "April", "June")
    texts = [
        TEMPLATE.format(n=rng.randint(2, 9), d=rng.randint(1, 9), month=rng.choice(months)) for _ in range(30)
    ]
    texts += [sentence(rng) for _ in range(40)] + [RARE, "Zbigniew said unemployment fell in Lisbon."]
    for text in texts:
        make_public_claim(text=text)
    return texts


@pytest.fixture(scope="module")
def built_archive(django_db_setup, django_db_blocker):
    """The archive of 72 public claims, made once for the module (a second and a half a test) inside
    a transaction rolled back after its last test; each test runs in a savepoint within it. Its
    texts, and the state of the random numbers after them, for the texts a test asks about."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING), transaction.atomic():
        rng = random.Random(50)
        texts = _archive(rng)
        yield texts, rng.getstate()
        transaction.set_rollback(True)


@pytest.fixture
def shared_archive(built_archive, db):
    """The archive's texts and a random generator where making them left it."""
    texts, state = built_archive
    rng = random.Random()
    rng.setstate(state)
    return texts, rng


def _answers(texts, limit):
    return {text: similarity.similar_claims(text, limit=limit) for text in texts}


@needs_an_index
@pytest.mark.parametrize(
    "looks", ["as set", "few keys", "few rows", "few of both", "few rows, scored together"]
)
@pytest.mark.parametrize("limit", [1, 3, 5])
def test_the_versions_sharing_most_keys_answer_as_scoring_every_public_claim_would(
    monkeypatch, shared_archive, looks, limit
):
    archive, rng = shared_archive
    asked = [
        *archive[:10],
        *archive[30:40],
        *(f"{text} {RARE}" for text in archive[10:20]),
        *(sentence(rng) for _ in range(10)),
    ]
    monkeypatch.setattr(search, "RANKED_AT_MOST", 0)
    monkeypatch.setattr(INDEX, "MOST_SHARED_FROM", 2)  # the exact search is tried for every text
    if looks in LOOKS:
        monkeypatch.setattr(INDEX, "LOOKS", LOOKS[looks])
        if "together" not in looks:
            monkeypatch.setattr(search, "SCORED_AT_ONCE", 1)  # a decision after every count of keys

    by_index = _answers(asked, limit)
    monkeypatch.setattr(similarity, "_candidate_versions", lambda asked, threshold: None)
    by_scoring = _answers(asked, limit)

    assert (
        sum(len(matches) == limit for matches in by_index.values()) >= 10
    )  # a full page: a search that stops
    assert by_index == by_scoring


@needs_an_index
def test_an_equally_similar_claim_not_yet_scored_is_not_passed_over(monkeypatch):
    text = TEMPLATE.format(n=5, d=5, month="June")
    claims = [make_public_claim(text="A bakery opened in Porto."), make_public_claim(text=text)]
    claims[0].text = text
    publish(claims[0])  # the first claim's live version is the newest: the index hands it over last
    monkeypatch.setattr(search, "RANKED_AT_MOST", 0)
    monkeypatch.setattr(INDEX, "MOST_SHARED_FROM", 2)
    monkeypatch.setattr(INDEX, "LOOKS", ((10**6, 1), (10**6, 1)))

    matches = similarity.similar_claims(text, limit=1)

    assert [match.claim_id for match in matches] == [claims[0].pk]


@needs_an_index
@pytest.mark.usefixtures("shared_archive")
def test_a_statement_with_many_good_matches_is_decided_without_the_index_ranking(monkeypatch):
    monkeypatch.setattr(search, "RANKED_AT_MOST", 0)
    monkeypatch.setattr(INDEX, "MOST_SHARED_FROM", 2)
    monkeypatch.setattr(INDEX, "ranked", lambda *args: pytest.fail("the ranked search was asked"))

    matches = similarity.similar_claims(TEMPLATE.format(n=5, d=5, month="June"), limit=3)

    assert len(matches) == 3
    assert all(match.similarity > 0.7 for match in matches)


@needs_an_index
def test_a_statement_that_too_few_versions_decide_is_finished_by_the_index_ranking(
    monkeypatch, shared_archive
):
    archive, _ = shared_archive
    monkeypatch.setattr(search, "RANKED_AT_MOST", 0)
    monkeypatch.setattr(INDEX, "MOST_SHARED_FROM", 2)
    monkeypatch.setattr(INDEX, "LOOKS", ((1, 1),))  # one key's versions, one handed over: never decisive
    ranked = []
    monkeypatch.setattr(
        INDEX, "ranked", lambda *args, ranking=INDEX.ranked: ranked.append(1) or ranking(*args)
    )

    by_index = similarity.similar_claims(archive[0], limit=5)
    monkeypatch.setattr(similarity, "_candidate_versions", lambda asked, threshold: None)

    assert ranked
    assert by_index == similarity.similar_claims(archive[0], limit=5)


@pytest.mark.parametrize("count", range(1, scoring.MAX_KEYS + 1))
def test_no_claim_sharing_so_many_keys_scores_above_the_best_possible(count):
    asked = [f"k{index:03d}" for index in range(count)]
    for shared in range(1, count + 1):
        best = scoring.best_possible(shared, count)
        assert scoring.score(asked, asked[:shared]) == best
        for own in range(1, scoring.MAX_KEYS + 1):
            assert scoring.score(asked, [*asked[:shared], *(f"own{index}" for index in range(own))]) <= best


@needs_an_index
def test_the_index_counts_at_least_the_keys_each_version_shares(shared_archive):
    texts, _ = shared_archive
    asked = similarity.keys(texts[0])
    present = scoring.present_keys(asked, INDEX.frequencies(asked))
    by_text = dict(ClaimVersion.objects.values_list("pk", "text"))

    rows = INDEX.counted(present, INDEX.frequencies(asked), 1, 10**6, 10**6).rows

    assert len(rows) > 30
    for version_id, counted in rows:
        assert counted >= len(set(asked) & set(similarity.keys(by_text[version_id])))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's looks skip what the last found")
def test_a_later_look_spends_its_budget_only_on_the_versions_it_reads():
    present, frequencies = ["aaaa", "bbbb", "cccc", "dddd"], {"aaaa": 100, "bbbb": 100, "cccc": 5, "dddd": 5}
    first = scoring.Look([], 3, asked=2, complete=2)  # found every version holding aaaa or bbbb

    found = postgresql.counted(present, frequencies, 2, 20, 100, covering=True, previous=first)

    assert found is not None
    assert found.asked == 3
