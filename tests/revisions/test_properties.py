"""Whatever two revisions look like, an anchoring is well formed."""

from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.anchoring import CHANGED, EXACT, MOVED, ORPHANED, anchor, same_wording

# A small vocabulary, so that revisions share, repeat and nearly repeat sentences.
WORDS = [
    "the",
    "council",
    "voted",
    "12",
    "13",
    "million",
    "for",
    "schools",
    "roads",
    "Yes",
    "in",
    "May",
    "June",
]
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(lambda words: " ".join(words) + ".")
REVISION = st.lists(SENTENCE, max_size=30)


@settings(max_examples=300, deadline=None)
@given(old=REVISION, new=REVISION)
def test_every_old_statement_gets_one_link_and_every_new_one_is_linked_or_added(old, new):
    result = anchor(old, new)
    assert [link.old for link in result.links] == list(range(len(old)))
    used = {index for link in result.links for index in link.new}
    assert used.isdisjoint(result.added)
    assert used | set(result.added) == set(range(len(new)))
    assert result.added == sorted(result.added)


@settings(max_examples=300, deadline=None)
@given(old=REVISION, new=REVISION)
def test_only_changed_links_share_or_split_and_only_same_wordings_are_exact_or_moved(old, new):
    result = anchor(old, new)
    owners = {}
    for link in result.links:
        assert (link.outcome == ORPHANED) == (link.new == ())
        if link.outcome in (EXACT, MOVED):
            assert len(link.new) == 1
            assert same_wording(old[link.old], new[link.new[0]])
            assert link.score == 1.0
        if link.outcome == CHANGED:
            assert 1 <= len(link.new) <= 2
            assert 0 < link.score <= 1
        for index in link.new:
            owners.setdefault(index, []).append(link.outcome)
    assert all(outcomes == [CHANGED] * len(outcomes) for outcomes in owners.values() if len(outcomes) > 1)


@settings(max_examples=200, deadline=None)
@given(old=REVISION, new=REVISION)
def test_exact_links_keep_their_order(old, new):
    exact = [link.new[0] for link in anchor(old, new).links if link.outcome == EXACT]
    assert exact == sorted(exact)


@settings(max_examples=100, deadline=None)
@given(revision=REVISION)
def test_a_revision_anchored_to_itself_is_all_exact(revision):
    result = anchor(revision, revision)
    assert [(link.outcome, link.new) for link in result.links] == [
        (EXACT, (index,)) for index in range(len(revision))
    ]
