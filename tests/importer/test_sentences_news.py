"""Sentence boundaries a third outside tester's news paragraphs in 27 languages found wrong
(2026-12, bench/data/sentence_holdout_8/): a rule each, with other words than the paragraph it came
from (sentence_news.py)."""

from briefings.importers.sentences import sentence_spans

from .cpu_time import cpu_seconds_at_most


def sentences(paragraph, language):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph, language)]


def test_an_italian_sentence_ending_in_an_agency_ends_before_a_capital():
    paragraph = "I dati sono stati diffusi dall'Inps. Il ministro ha commentato."
    assert sentences(paragraph, "it") == [
        "I dati sono stati diffusi dall'Inps.",
        "Il ministro ha commentato.",
    ]


def test_an_italian_sentence_ending_in_an_acronym_in_capitals_ends_before_a_capital():
    paragraph = "La missione è guidata dalla NATO. Roma invierà due navi."
    assert len(sentences(paragraph, "it")) == 2


def test_an_italian_title_with_a_capital_still_goes_on_into_a_name():
    paragraph = "Alla cerimonia c'era anche Mons. Paglia con il sindaco. Poi è iniziata la messa."
    assert sentences(paragraph, "it")[0] == "Alla cerimonia c'era anche Mons. Paglia con il sindaco."


def test_an_italian_saint_abbreviated_to_one_letter_goes_on_into_its_name():
    paragraph = "La festa si tiene in piazza S. Marco ogni anno. Arrivano migliaia di turisti."
    assert sentences(paragraph, "it")[0] == "La festa si tiene in piazza S. Marco ogni anno."


def test_an_italian_acronym_before_a_lower_case_word_stays_inside_its_sentence():
    paragraph = "Secondo l'Istat. la crescita rallenta."
    assert len(sentences(paragraph, "it")) == 1


def test_a_dutch_among_others_goes_on_into_a_place_name():
    paragraph = "Er waren demonstraties in o.a. Rotterdam en Den Haag. De politie greep in."
    assert sentences(paragraph, "nl")[0] == "Er waren demonstraties in o.a. Rotterdam en Den Haag."


def test_a_swedish_sentence_ending_in_the_month_of_may_ends_before_a_capital():
    paragraph = "Valet hölls den 12 maj. Resultatet kom dagen efter."
    assert len(sentences(paragraph, "sv")) == 2


def test_a_norwegian_sentence_ending_in_late_ends_before_a_capital():
    paragraph = "Hjelpen kom altfor sen. Kommunen beklager."
    assert len(sentences(paragraph, "nb")) == 2


def test_a_swedish_for_example_goes_on_into_a_name():
    paragraph = "Flera städer, t.ex. Malmö och Lund, har infört avgiften. Fler väntas följa."
    assert sentences(paragraph, "sv")[0] == "Flera städer, t.ex. Malmö och Lund, har infört avgiften."


def test_a_bulgarian_sentence_ending_in_leva_ends_before_a_capital():
    paragraph = "Глобата е 500 лв. Общината ще я събира от юли."
    assert sentences(paragraph, "bg") == ["Глобата е 500 лв.", "Общината ще я събира от юли."]


def test_a_bulgarian_amount_in_leva_inside_a_sentence_stays_whole():
    paragraph = "Глобата е 500 лв. за всяко нарушение."
    assert len(sentences(paragraph, "bg")) == 1


def test_a_latvian_time_after_o_clock_ends_its_sentence_before_a_capital():
    paragraph = "Koncerts sāksies plkst. 19. Biļetes vēl ir pieejamas."
    assert sentences(paragraph, "lv") == ["Koncerts sāksies plkst. 19.", "Biļetes vēl ir pieejamas."]


def test_a_latvian_list_ending_in_and_others_ends_before_a_capital():
    paragraph = "Piedalījās Latvija, Igaunija u.c. Sanāksme ilga divas dienas."
    assert len(sentences(paragraph, "lv")) == 2


def test_a_swahili_title_goes_on_into_a_name():
    paragraph = "Mkuu wa mkoa, Mhe. Albert Chalamila, alizindua mradi huo. Wananchi walifurahi."
    assert sentences(paragraph, "sw")[0] == "Mkuu wa mkoa, Mhe. Albert Chalamila, alizindua mradi huo."


def test_a_tagalog_title_goes_on_into_a_name():
    paragraph = "Nagsalita si Gng. Maria Santos sa pagtitipon. Maraming dumalo."
    assert sentences(paragraph, "tl")[0] == "Nagsalita si Gng. Maria Santos sa pagtitipon."


def test_a_bengali_title_goes_on_into_a_name():
    paragraph = "মো. করিম উদ্দিন মামলাটি করেন। আদালত শুনানি মুলতবি করেছে।"
    assert sentences(paragraph, "bn") == ["মো. করিম উদ্দিন মামলাটি করেন।", "আদালত শুনানি মুলতবি করেছে।"]


def test_a_long_run_of_capitalised_words_and_periods_is_read_in_linear_time():
    paragraph = "Lo dice l'Istat. " * 120_000  # two megabytes: sentencex never cuts there
    with cpu_seconds_at_most(20):
        assert len(sentence_spans(paragraph, "it")) == 120_000
