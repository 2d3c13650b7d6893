"""Italian and Dutch statements are read word by word (languages/italian.py, languages/dutch.py),
no longer only by their figures."""

from briefings.checkworthiness import find_speakers, score_statement


def test_an_italian_statement_is_read_word_by_word():
    score = score_statement("Il consiglio ha approvato il bilancio con 29 voti.", language="it")
    assert not any(reason.startswith("words not read") for reason in score.reasons)


def test_an_italian_hedge_lowers_the_score():
    hedged = score_statement("Il biglietto potrebbe salire a 2,50 euro.", language="it")
    plain = score_statement("Il biglietto è salito a 2,50 euro.", language="it")
    assert hedged.value < plain.value


def test_an_italian_source_after_secondo_is_the_speaker():
    texts = ["I prezzi sono aumentati del 6,2%, secondo l'Istat."]
    assert find_speakers(texts, language="it") == ["Istat"]


def test_secondo_me_is_an_opinion_with_no_speaker():
    assert find_speakers(["Secondo me la città merita di più."], language="it") == [""]


def test_an_italian_speaker_after_ha_detto_is_found_past_their_title():
    texts = ['"Abbiamo giocato bene", ha detto l\'allenatore Simone Inzaghi.']
    assert find_speakers(texts, language="it") == ["Simone Inzaghi"]


def test_a_dutch_opinion_scores_below_the_threshold():
    score = score_statement("Ik vind het schandalig dat starters geen kans maken.", language="nl")
    assert score.value < 50


def test_a_dutch_speaker_after_aldus_is_given_in_full():
    texts = [
        "Minister Mona Keijzer zei dat er meer gebouwd wordt.",
        '"We moeten sneller bouwen", aldus Keijzer.',
    ]
    assert find_speakers(texts, language="nl") == ["Mona Keijzer", "Mona Keijzer"]


def test_a_dutch_source_after_volgens_is_the_speaker():
    texts = ["De Maas bereikte een waterstand van 45,9 meter, volgens Rijkswaterstaat."]
    assert find_speakers(texts, language="nl") == ["Rijkswaterstaat"]
