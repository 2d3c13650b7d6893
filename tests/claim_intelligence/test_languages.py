"""Spanish, French, German and Portuguese statements are read word by word, and English speaker
cases from the outside sets: "Nobody asked …", a document after "according to"."""

from briefings.checkworthiness import assess, find_speakers, score_statement


def test_a_spanish_source_after_segun_is_the_speaker():
    texts = ["La inflación bajó al 2,4 % en noviembre, según el Instituto Nacional de Estadística."]
    assert find_speakers(texts, language="es") == ["Instituto Nacional de Estadística"]


def test_a_spanish_hedge_lowers_the_score():
    hedged = score_statement("La inflación podría repuntar en enero, según Funcas.", language="es")
    plain = score_statement("La inflación repuntó en enero, según Funcas.", language="es")
    assert hedged.value < plain.value


def test_a_french_speaker_after_the_verb_is_found_past_their_titles():
    texts = ["« Nous sommes débordés », a confié le docteur Marc Dubois, pédiatre à la Timone."]
    assert find_speakers(texts, language="fr") == ["Marc Dubois"]


def test_a_german_noun_in_capitals_is_not_a_name():
    score = score_statement("Die Neuverschuldung liegt bei hohen Werten.", language="de")
    assert "names a person or organisation" not in score.reasons


def test_a_german_speaker_is_given_without_the_title_in_one_word():
    texts = ["Finanzminister Lars Klingbeil sagte, der Haushalt enthalte 126 Milliarden Euro."]
    assert find_speakers(texts, language="de") == ["Lars Klingbeil"]


def test_a_portuguese_verb_without_its_subject_keeps_the_speaker_before():
    texts = [
        "Mais de 600 bombeiros combatem as chamas, disse o comandante José Ribeiro aos jornalistas.",
        '"A situação é muito complicada", acrescentou.',
    ]
    assert find_speakers(texts, language="pt") == ["José Ribeiro", "José Ribeiro"]


def test_a_surname_alone_is_given_the_full_name_used_before_in_spanish():
    texts = ["La portavoz, Sandra Gómez, habló.", "Gómez recordó que se ejecutó el 61 %."]
    assert find_speakers(texts, language="es")[1] == "Sandra Gómez"


def test_a_document_with_no_named_issuer_is_no_speaker():
    assert find_speakers(["Nvidia earned $29.8 billion last year, according to its annual report."]) == [""]


def test_a_document_keeps_its_named_issuer_as_the_speaker():
    texts = ["The club was fined £25,000 in March, according to the EFL's disciplinary report."]
    assert find_speakers(texts) == ["EFL"]


def test_nobody_asked_is_no_speakers_line():
    assert find_speakers(["The mayor spoke at length.", "Nobody asked for that."]) == ["", ""]


def test_a_stock_index_move_scores_under_the_threshold():
    assert assess(["The FTSE 100 rose 0.3% to 8,120 points on Monday."])[0].check_worthiness < 50
