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


def test_another_language_is_read_by_its_figures_only_and_says_so():
    plain = score_statement("Die Ministerin hat das Gesetz unterschrieben.", language="de")
    figured = score_statement("Am 13. Mai 2014 wurde die Brücke eröffnet.", language="de")
    assert plain.value == NEUTRAL
    assert plain.reasons == ["words not read: language de"]
    assert figured.value > NEUTRAL
    assert "a date" in figured.reasons


def test_an_empty_statement_scores_nothing():
    assert score_statement("   ").value == 0
