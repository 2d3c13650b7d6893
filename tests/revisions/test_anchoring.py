"""`briefings.anchoring.anchor`: every outcome and edge case, one behaviour per test.

Revisions here are written as lists of paragraphs (lists of sentences); `docs/revisions.md` says
how the matcher works and what it gets wrong.
"""

import pytest

from briefings.anchoring import CHANGED, EXACT, MOVED, ORPHANED, Passage, anchor

OPENING = [
    "The council met on Tuesday to debate the budget for next year.",
    "Its members argued for four hours before a first vote was taken.",
]
MIDDLE = [
    "Russia proposed talks in 2022.",
    "The mayor said the city would borrow 12 million euros for new schools.",
    "Critics warned that the loan would double the city's debt by 2030.",
]
CLOSING = [
    "A final vote is expected at the next meeting in March.",
    "The meeting is open to the public and starts at seven.",
]


def passages(*paragraphs):
    """Passages numbered by paragraph, as the importer would hand them over."""
    return [
        Passage(text, paragraph=number, kind="list_item" if text.startswith("* ") else "sentence")
        for number, paragraph in enumerate(paragraphs, start=1)
        for text in paragraph
    ]


def revise(*paragraphs):
    return anchor(passages(OPENING, MIDDLE, CLOSING), passages(*paragraphs))


def test_an_unchanged_statement_is_exact():
    result = revise(OPENING, MIDDLE, CLOSING)
    assert [link.outcome for link in result.links] == [EXACT] * 7
    assert [link.new for link in result.links] == [(index,) for index in range(7)]


def test_a_typographic_change_is_exact():
    result = anchor(
        ["“It’s done,” she said — twice.", "Prices rose 2–3 %  in  May."],
        ['"It\'s done," she said - twice.', "Prices rose 2-3\u00a0% in May."],
    )
    assert [link.outcome for link in result.links] == [EXACT, EXACT]


def test_an_edited_number_is_changed_never_exact():
    edited = [MIDDLE[0], MIDDLE[1].replace("12 million", "15 million"), MIDDLE[2]]
    link = revise(OPENING, edited, CLOSING).link_for(3)
    assert (link.outcome, link.new) == (CHANGED, (3,))


def test_an_edited_date_is_changed_never_exact():
    link = revise([OPENING[0].replace("Tuesday", "Wednesday"), OPENING[1]], MIDDLE, CLOSING).link_for(0)
    assert (link.outcome, link.new) == (CHANGED, (0,))


def test_an_edited_name_is_changed_never_exact():
    edited = [MIDDLE[0], MIDDLE[1].replace("The mayor", "Mayor Ingrid Holm"), MIDDLE[2]]
    link = revise(OPENING, edited, CLOSING).link_for(3)
    assert (link.outcome, link.new) == (CHANGED, (3,))


def test_an_edited_figure_in_a_three_word_sentence_is_changed():
    """A changed number counts half, so even a very short sentence keeps its link."""
    link = anchor(
        ["It began.", "Turnout was 61%.", "It ended."], ["It began.", "Turnout was 63%.", "It ended."]
    ).link_for(1)
    assert (link.outcome, link.new) == (CHANGED, (1,))


def test_a_changed_link_carries_its_similarity():
    edited = [MIDDLE[0], MIDDLE[1].replace("12 million", "15 million"), MIDDLE[2]]
    assert 0.7 <= revise(OPENING, edited, CLOSING).link_for(3).score < 1.0


def test_a_moved_paragraph_is_moved():
    result = revise(OPENING, CLOSING, MIDDLE)
    assert [(link.outcome, link.new) for link in result.links[5:]] == [(MOVED, (2,)), (MOVED, (3,))]


def test_a_moved_paragraph_leaves_the_rest_exact():
    result = revise(OPENING, CLOSING, MIDDLE)
    assert [(link.outcome, link.new) for link in result.links[:5]] == [
        (EXACT, (0,)),
        (EXACT, (1,)),
        (EXACT, (4,)),
        (EXACT, (5,)),
        (EXACT, (6,)),
    ]


def test_a_list_item_moved_to_the_top_of_its_list_is_moved():
    items = [
        "* Schools get 12 million euros.",
        "* Roads get 8 million euros.",
        "* Parks get 2 million euros.",
    ]
    result = anchor(passages(OPENING, items), passages(OPENING, [items[2], items[0], items[1]]))
    assert (result.link_for(4).outcome, result.link_for(4).new) == (MOVED, (2,))


def test_a_cut_sentence_is_orphaned():
    link = revise(OPENING, [MIDDLE[0], MIDDLE[2]], CLOSING).link_for(3)
    assert (link.outcome, link.new, link.score) == (ORPHANED, (), 0.0)


def test_two_inserted_sentences_are_added():
    inserted = ["The vote was postponed twice last year.", "Opposition members walked out in protest."]
    result = revise(OPENING, [*MIDDLE, *inserted], CLOSING)
    assert result.added == [5, 6]


def test_a_look_alike_of_a_cut_sentence_is_not_linked():
    """The issue's example: the first is cut while the second is inserted in its place."""
    result = revise(OPENING, ["Ukraine rejected talks in 2022.", *MIDDLE[1:]], CLOSING)
    assert result.link_for(2).outcome == ORPHANED
    assert result.added == [2]


def test_a_sentence_that_changes_its_figures_and_its_words_is_not_linked():
    """Same frame, different claim: who lends, how much and for what all changed."""
    edited = [MIDDLE[0], "The mayor said the region would lend 40 million euros for new roads.", MIDDLE[2]]
    assert revise(OPENING, edited, CLOSING).link_for(3).outcome == ORPHANED


def test_no_link_lands_on_an_inserted_sentence():
    inserted = [
        "Ukraine rejected talks in 2022.",
        "Parking fees in the old town will rise by a third in April.",
        "The opposition called the session a waste of time.",
    ]
    result = revise(OPENING, [inserted[0], MIDDLE[1], inserted[1]], [inserted[2], CLOSING[1]])
    used = {new for link in result.links for new in link.new}
    assert used.isdisjoint({2, 4, 5})
    assert result.added == [2, 4, 5]


def test_a_cut_sentence_is_not_linked_to_a_copy_of_another_sentence():
    """A new sentence that reads word for word like a kept one is that one's copy, however much
    it also looks like the cut sentence."""
    cut = "The union confirmed that 7,666 workers would join the strike on 9 April."
    kept = "The union warned that 63,035 workers would join the strike on 11 April."
    old = [*OPENING, cut, MIDDLE[1], kept, *CLOSING]
    new = [*OPENING, kept, MIDDLE[1], kept, *CLOSING]
    assert anchor(old, new).link_for(2).outcome == ORPHANED


def test_a_lightly_reworded_sentence_is_changed():
    edited = [MIDDLE[0], MIDDLE[1], "Critics warned that the loan could double the city's debt by 2030."]
    link = revise(OPENING, edited, CLOSING).link_for(4)
    assert (link.outcome, link.new) == (CHANGED, (4,))


def test_a_heavily_reworded_sentence_alone_in_its_place_is_changed():
    """Between two kept neighbours, word order may change: the same words still say it."""
    edited = [MIDDLE[0], MIDDLE[1], "By 2030 the loan would double the debt of the city, critics warned."]
    link = revise(OPENING, edited, CLOSING).link_for(4)
    assert (link.outcome, link.new) == (CHANGED, (4,))


def test_a_sentence_split_in_two_links_to_both_pieces_best_piece_first():
    pieces = ["The mayor said the city would borrow 12 million euros.", "The money is for new schools."]
    link = revise(OPENING, [MIDDLE[0], *pieces, MIDDLE[2]], CLOSING).link_for(3)
    assert (link.outcome, link.new) == (CHANGED, (3, 4))


def test_a_split_puts_the_piece_most_like_the_old_sentence_first():
    old = [
        OPENING[0],
        "Yes, the mayor said the city would borrow 12 million euros for new schools next year.",
        *CLOSING,
    ]
    new = [
        OPENING[0],
        "Yes.",
        "The mayor said the city would borrow 12 million euros for new schools next year.",
        *CLOSING,
    ]
    link = anchor(old, new).link_for(1)
    assert (link.outcome, link.new) == (CHANGED, (2, 1))


def test_two_merged_sentences_both_link_to_the_merged_one():
    merged = "The council met on Tuesday to debate next year's budget, and its members argued for four hours before a first vote."
    result = revise([merged], MIDDLE, CLOSING)
    assert [(link.outcome, link.new) for link in result.links[:2]] == [(CHANGED, (0,)), (CHANGED, (0,))]
    assert result.added == []


def test_an_edited_sentence_in_a_moved_paragraph_is_changed():
    """Found beside its moved neighbour: too loose an edit (0.8) for the far pass alone."""
    edited = "The meeting is open to the public and will start at half past seven."
    link = revise(OPENING, [CLOSING[0], edited], MIDDLE).link_for(6)
    assert (link.outcome, link.new) == (CHANGED, (3,))


def test_an_edited_one_sentence_paragraph_that_moved_is_changed():
    old = passages(OPENING, [MIDDLE[1]], [MIDDLE[2]], CLOSING)
    new = passages(OPENING, [MIDDLE[2]], CLOSING, [MIDDLE[1].replace("12 million", "14 million")])
    link = anchor(old, new).link_for(2)
    assert (link.outcome, link.new) == (CHANGED, (5,))


def test_duplicate_sentences_keep_their_own_places():
    old = ["Did you report it?", "Yes.", "Did anyone answer?", "No.", "Would you go back?", "No."]
    new = [
        "Did you report it?",
        "Yes.",
        "Did anyone answer?",
        "No.",
        "Did they call?",
        "No.",
        "Would you go back?",
        "No.",
    ]
    result = anchor(old, new)
    assert [link.new for link in result.links] == [(0,), (1,), (2,), (3,), (6,), (7,)]
    assert result.added == [4, 5]


def test_a_short_sentence_does_not_move_on_its_own():
    """A "Yes." cut in one place and another "Yes." written elsewhere are not the same answer."""
    old = ["Did you report it?", "Yes.", "It went to the department.", "Was it read?", "Nobody knows."]
    new = ["Did you report it?", "It went to the department.", "Was it read?", "Nobody knows.", "Yes."]
    assert anchor(old, new).link_for(1).outcome == ORPHANED


def test_a_moved_sentence_goes_to_the_copy_between_its_old_neighbours():
    """Prefix/suffix context before position: the nearer copy has the wrong neighbours."""
    copy = "Read the full report on the council's website."
    old = [*OPENING, MIDDLE[1], copy, MIDDLE[2], *CLOSING, "Questions may be sent in writing."]
    new = [*OPENING, *CLOSING, copy, "Questions may be sent in writing.", MIDDLE[1], copy, MIDDLE[2]]
    assert anchor(old, new).link_for(3).new == (7,)


def test_an_empty_old_revision_adds_every_new_statement():
    result = anchor([], ["One sentence.", "Another one."])
    assert (result.links, result.added) == ([], [0, 1])


def test_an_empty_new_revision_orphans_every_old_statement():
    result = anchor(["One sentence.", "Another one."], [])
    assert [link.outcome for link in result.links] == [ORPHANED, ORPHANED]
    assert result.added == []


def test_two_empty_revisions_anchor_to_nothing():
    result = anchor([], [])
    assert (result.links, result.added, result.counts()) == (
        [],
        [],
        {"kept": 0, "moved": 0, "changed": 0, "new": 0, "removed": 0},
    )


def test_counts_name_each_outcome():
    edited = [MIDDLE[1].replace("12 million", "15 million"), "A new sentence about parking fees appears."]
    result = revise(OPENING, edited, CLOSING[::-1])
    assert result.counts() == {"kept": 3, "moved": 1, "changed": 1, "new": 1, "removed": 2}


def test_changed_pairs_name_old_and_new_for_each_changed_link():
    pieces = ["The mayor said the city would borrow 12 million euros.", "The money is for new schools."]
    edited = [MIDDLE[0], *pieces, MIDDLE[2].replace("2030", "2031")]
    assert revise(OPENING, edited, CLOSING).changed_pairs() == [(3, 3), (3, 4), (4, 5)]


def test_strings_and_passages_anchor_alike():
    old, new = [*OPENING, *MIDDLE], [*OPENING, MIDDLE[0], MIDDLE[2]]
    assert anchor(old, new) == anchor([Passage(text) for text in old], [Passage(text) for text in new])


@pytest.mark.parametrize("threshold", [0.95, 0.99])
def test_a_higher_threshold_orphans_a_looser_edit(threshold):
    edited = [MIDDLE[0], MIDDLE[1], "Critics warned that the loan could double the city's debt by 2030."]
    assert anchor(passages(OPENING, MIDDLE), passages(OPENING, edited), threshold=threshold).link_for(
        4
    ).outcome == (ORPHANED)


def test_a_chinese_figure_corrected_in_a_moved_paragraph_is_changed():
    old = ["台风于今天上午在福建登陆。", "已有5万人被紧急转移。", "多趟航班被取消。"]
    new = ["台风于今天上午在福建登陆。", "多趟航班被取消。", "已有8万人被紧急转移。"]
    link = anchor(old, new).links[1]
    assert (link.outcome, link.new) == (CHANGED, (2,))


def test_an_edited_sentence_that_swapped_places_with_its_neighbour_is_changed():
    old = [
        "A fire broke out at the plant.",
        "Residents were told to keep windows closed.",
        "Nobody was hurt.",
    ]
    new = [
        "Residents were told to keep windows closed until Tuesday.",
        "A fire broke out at the plant.",
        "Nobody was hurt.",
    ]
    links = anchor(old, new).links
    assert (links[1].outcome, links[1].new) == (CHANGED, (0,))


def test_a_merge_that_moves_a_clause_is_changed_for_both_sentences():
    old = [
        "The city museum won the national museum prize on Thursday.",
        "The prize is worth 100,000 euros.",
        "The jury praised its new wing.",
    ]
    new = [
        "The city museum won the national museum prize, worth 100,000 euros, on Thursday.",
        "The jury praised its new wing.",
    ]
    links = anchor(old, new).links
    assert [(link.outcome, link.new) for link in links[:2]] == [(CHANGED, (0,)), (CHANGED, (0,))]
