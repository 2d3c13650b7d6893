"""leads: a live blog's time stamp, a transcript's turn and an interview's Q and A before a statement."""

from briefings.checkworthiness.leads import split_lead, words_of


def test_it_takes_a_time_stamp_off_a_live_blog_entry():
    assert (
        words_of("07:25 A gust of 93mph was recorded overnight.") == "A gust of 93mph was recorded overnight."
    )


def test_it_takes_a_time_stamp_with_am_or_pm_off():
    assert words_of("7.10am – Trains are cancelled.") == "Trains are cancelled."


def test_it_does_not_take_a_decimal_figure_for_a_time_stamp():
    assert words_of("12.50 euros was the price.") == "12.50 euros was the price."


def test_it_reads_a_turn_label_in_capitals():
    assert split_lead("HARRIS: Rents have gone up 31 percent.") == (
        "HARRIS",
        "Rents have gone up 31 percent.",
    )


def test_it_reads_an_interviewers_question_label():
    assert split_lead("Q: How long are people waiting?") == ("Q", "How long are people waiting?")


def test_it_does_not_take_breaking_for_a_turn():
    assert split_lead("BREAKING: The bridge has closed.") == ("", "BREAKING: The bridge has closed.")


def test_a_statement_without_a_lead_is_left_as_it_is():
    assert split_lead("The Met Office said winds reached 93mph.") == (
        "",
        "The Met Office said winds reached 93mph.",
    )
