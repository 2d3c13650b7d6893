"""Sentence boundaries an outside tester's news paragraphs found wrong (2026-12-07,
bench/data/sentence_holdout_2/): a rule each, with other words than the paragraph it came from."""

from briefings.importers.sentences import sentence_spans


def sentences(paragraph, language):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph, language)]


def test_it_keeps_a_russian_question_and_its_dashed_attribution_in_one_sentence():
    paragraph = "«Где деньги?» — поинтересовался журналист. Министр промолчал."
    assert sentences(paragraph, "ru") == ["«Где деньги?» — поинтересовался журналист.", "Министр промолчал."]


def test_it_keeps_a_ukrainian_exclamation_and_its_dashed_attribution_in_one_sentence():
    paragraph = "«Досить!» – крикнула жінка з натовпу. Поліція її вивела."
    assert sentences(paragraph, "uk") == ["«Досить!» – крикнула жінка з натовпу.", "Поліція її вивела."]


def test_a_dash_before_a_capital_still_starts_a_new_sentence():
    paragraph = "«Мы готовы», — сказал он. — Переговоры начнутся завтра."
    assert sentences(paragraph, "ru") == ["«Мы готовы», — сказал он.", "— Переговоры начнутся завтра."]
