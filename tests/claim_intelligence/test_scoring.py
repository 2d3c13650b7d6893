"""score_statement: a 0–100 score with the reasons a checker reads."""

import pytest

from briefings.checkworthiness import NEUTRAL, THRESHOLD, score_statement


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The bridge opened on 13 May 2014 after a long wait.", "a date"),
        ("The council hired 40 new officers for the town.", "a number"),
        ("The plan was backed by Maria Ortega and the Treasury.", "names a person or organisation"),
        ("Prices rose sharply, according to the statistics office.", "attributed: 'according to …'"),
        ("“We will not stop,” she told the crowd outside.", "a quotation"),
        ("Rents are higher than they were before the pandemic.", "a comparison"),
    ],
)
def test_it_names_what_raises_a_score(text, reason):
    assert reason in score_statement(text).reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The city will open a new library in the spring.", "prediction"),
        ("The framework could serve as a basis for talks.", "hedged: 'could'"),
        ("The council should have cut spending instead of this.", "opinion"),
        ("Will the new officers make the streets any safer?", "question"),
        ("Sign up for our daily newsletter to get local news.", "boilerplate"),
    ],
)
def test_it_names_what_lowers_a_score(text, reason):
    assert reason in score_statement(text).reasons


def test_it_quotes_every_hedge_it_found():
    score = score_statement("Officials may act, and the plan could still pass.")
    assert "hedged: 'could', 'may'" in score.reasons


def test_a_dated_figure_outranks_a_hedged_guess():
    fact = score_statement("Russia invaded Ukraine on February 24, 2022.")
    guess = score_statement("This framework could serve as a foundation for renewed peace talks.")
    assert fact.value >= THRESHOLD > guess.value


def test_raising_reasons_come_before_lowering_ones():
    reasons = score_statement("Prices may rise 5 percent next year, the bank said.").reasons
    assert reasons.index("a number") < reasons.index("prediction")


def test_the_score_stays_between_0_and_100():
    high = score_statement(
        "On March 3, 2024, the U.S. Labor Department reported 4.1 percent inflation, more than the "
        "3.2 percent a year earlier, according to Reuters, which recorded “record” rises."
    )
    low = score_statement("Should we worry? I think the future could be terrible, and we may fear it?")
    assert (high.value, low.value) == (100, 0)


def test_a_language_without_word_cues_is_read_by_its_figures_only_and_says_so():
    plain = score_statement("Ministern har skrivit under lagen.", language="sv")
    figured = score_statement("Bron öppnades den 13 maj 2014.", language="sv")
    assert plain.value == NEUTRAL
    assert plain.reasons == ["words not read: language sv"]
    assert figured.value > NEUTRAL
    assert "a date" in figured.reasons


def test_an_empty_statement_scores_nothing():
    assert score_statement("   ").value == 0


def test_a_live_blog_time_stamp_is_not_a_figure():
    assert "a number" not in score_statement("11:30 That's all from me for now.").reasons


def test_a_transcript_turn_label_is_not_a_name():
    assert "names a person or organisation" not in score_statement("COLE: That's just not true.").reasons


def test_a_quoted_judgement_with_nothing_measured_is_below_the_threshold():
    assert (
        score_statement("Sue Barnes said the decision was “a kick in the teeth for families”.").value
        < THRESHOLD
    )


def test_a_quotation_with_a_figure_is_not_marked_as_words_only():
    text = "“Rents rose 31 percent,” Harris said."
    assert not any(reason.startswith("reported words") for reason in score_statement(text).reasons)


def test_a_named_persons_act_without_a_quotation_keeps_its_score():
    text = "However, retired General Keith Kellogg dismissed the agreement as outdated."
    assert not any(
        reason.startswith("reported words") for reason in score_statement(text, attributed=True).reasons
    )


def test_a_contracted_first_person_reads_as_opinion():
    assert "opinion" in score_statement("“I’m so proud of these lads,” Grant said.").reasons


def test_a_contracted_will_reads_as_a_prediction():
    assert "prediction" in score_statement("We'll have an update on flights shortly.").reasons


def test_an_ordinal_counts_as_a_number():
    assert "a number" in score_statement("It was the fifth attack on the power grid this month.").reasons


def test_no_reply_to_a_request_for_comment_is_a_routine_non_event():
    text = "A spokesperson for X did not respond to a request for comment."
    assert score_statement(text).value < THRESHOLD


def test_a_scheduled_date_reads_as_a_prediction():
    assert "prediction" in score_statement("The bank's next decision is due on Jan. 28.").reasons
