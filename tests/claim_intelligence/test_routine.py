"""A match's goals and a currency's quote are routine figures, in any language, and a line with
no full stop (a headline, a byline) scores lower than the same words as a sentence."""

from briefings.checkworthiness import score_statement

ROUTINE = "routine figures: a market's or a match's"
HEADLINE = "no full stop: a headline or a byline"


def test_goals_in_a_win_with_a_scoreline_are_routine():
    score = score_statement("Cole Palmer scored twice in the 3-1 win over Spurs on Sunday.")
    assert ROUTINE in score.reasons


def test_a_result_without_a_word_for_goals_is_not_routine():
    score = score_statement("Bristol Rovers beat Exeter City 1-0 on Saturday, their fourth straight win.")
    assert ROUTINE not in score.reasons


def test_german_goals_with_a_colon_scoreline_are_routine():
    score = score_statement("Harry Kane traf zweimal beim 3:1-Sieg gegen Leverkusen.", language="de")
    assert ROUTINE in score.reasons


def test_a_currency_opening_a_statement_with_a_figure_is_routine():
    assert ROUTINE in score_statement("Sterling fell 0.4% to $1.2650 on Tuesday.").reasons


def test_an_elided_italian_currency_is_routine():
    assert ROUTINE in score_statement("L'euro è scambiato a 1,0840 dollari.", language="it").reasons


def test_a_club_named_real_is_no_currency():
    score = score_statement(
        "El Real Betis eliminó al Sevilla tras ganar 3-2 ante 52.000 espectadores.", language="es"
    )
    assert ROUTINE not in score.reasons


def test_a_line_without_a_full_stop_is_read_as_a_headline():
    assert (
        HEADLINE
        in score_statement("Grève à la SNCF : un TGV sur deux circulera jeudi", language="fr").reasons
    )


def test_a_sentence_ending_in_a_quotation_mark_is_not_a_headline():
    assert HEADLINE not in score_statement('The minister said the plan was "a disgrace."').reasons


def test_the_amsterdam_index_is_a_routine_market_figure():
    assert ROUTINE in score_statement("De AEX sloot 0,4 procent hoger op 912 punten.", language="nl").reasons
