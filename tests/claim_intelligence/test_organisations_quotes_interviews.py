"""Speakers outside_11 found missing: an English company or ministry noun stands for the body named
before ("…, the company said."); German "Nach Angaben des/der …" is a source; "a confirmé",
"ha definito" and their kin are verbs of saying; a clitic ("Lo ha detto X", "Así lo confirmó X")
names the speaker after the verb and of the sentence before; a quotation in « » or „ “ followed by
a name (", so X", "», Jean Dupont, …") is that person's; an interview's answers are from the person
its introduction names. Other words than outside_11's."""

from briefings.checkworthiness import find_speakers


def test_an_english_company_noun_at_the_end_stands_for_the_company_the_statement_opens_with():
    texts = ["Rolls-Royce doubled its profit to £2.4 billion, the company said."]
    assert find_speakers(texts) == ["Rolls-Royce"]


def test_an_english_company_noun_as_a_subject_stands_for_the_company_named_before():
    texts = [
        "Shares in Ocado rose on Monday.",
        "Ocado sold 5,000 robots last year, the company said.",
        "The company said it had hired 300 engineers.",
    ]
    assert find_speakers(texts)[1:] == ["Ocado", "Ocado"]


def test_an_english_capitalised_word_opening_only_its_statement_is_no_company():
    assert find_speakers(["Revenue rose 5% to £2 billion, the company said."]) == ["company"]


def test_an_english_ministry_noun_in_a_statement_stands_for_the_ministry_named_before():
    texts = [
        "Prisons held 88,000 people in June, the Ministry of Justice said.",
        "The ministry said in a statement that 2,000 places had been added.",
    ]
    assert find_speakers(texts) == ["Ministry of Justice", "Ministry of Justice"]


def test_an_english_company_noun_with_no_company_before_is_kept_as_written():
    assert find_speakers(["The company said it had closed two plants."]) == ["company"]


def test_a_german_source_after_nach_angaben_is_the_body_in_the_genitive():
    texts = ["Nach Angaben der Bundesagentur für Arbeit waren im Mai 2,9 Millionen Menschen arbeitslos."]
    assert find_speakers(texts, language="de") == ["Bundesagentur"]


def test_german_nach_eigenen_angaben_keeps_the_subject_as_speaker():
    texts = ["Der Konzern Bosch hat nach eigenen Angaben 5.000 Stellen gestrichen."]
    assert find_speakers(texts, language="de") == [""]


def test_a_german_quotation_followed_by_so_and_a_name_is_that_persons():
    texts = ["„Der Umsatz ist um 9 Prozent gestiegen“, so Finanzvorstand Jens Weidmann."]
    assert find_speakers(texts, language="de") == ["Jens Weidmann"]


def test_a_french_subject_before_a_confirme_is_the_speaker():
    texts = ["Le maire de Lyon, Grégory Doucet, a confirmé que 300 arbres avaient été plantés."]
    assert find_speakers(texts, language="fr") == ["Grégory Doucet"]


def test_a_french_quotation_in_guillemets_followed_by_a_name_is_that_persons():
    texts = ["« Les ventes ont baissé de 4 % », Sophie Martin, directrice du salon, lors d'un point presse."]
    assert find_speakers(texts, language="fr") == ["Sophie Martin"]


def test_an_italian_subject_before_ha_definito_is_the_speaker():
    texts = ["Il sindaco Giuseppe Sala ha definito il progetto «necessario»."]
    assert find_speakers(texts, language="it") == ["Giuseppe Sala"]


def test_an_italian_clitic_names_the_speaker_after_the_verb():
    texts = ["Lo ha detto il rettore dell'università, Franco Anelli, ai giornalisti."]
    assert find_speakers(texts, language="it") == ["Franco Anelli"]


def test_an_italian_clitic_gives_its_speaker_to_the_sentence_before_without_one():
    texts = [
        "Gli iscritti sono saliti a 42.000 quest'anno.",
        "Lo ha detto il rettore Franco Anelli.",
    ]
    assert find_speakers(texts, language="it") == ["Franco Anelli", "Franco Anelli"]


def test_a_clitic_leaves_the_sentence_before_with_its_own_speaker():
    texts = [
        "Secondo l'Istat, i prezzi sono saliti del 2 per cento.",
        "Lo ha ricordato il ministro Giancarlo Giorgetti.",
    ]
    assert find_speakers(texts, language="it") == ["Istat", "Giancarlo Giorgetti"]


def test_an_interviews_answers_are_from_the_person_the_introduction_names_not_the_company():
    texts = [
        "British Gas profits rise as British Gas cuts prices",
        "Sarah Bell, chief executive of British Gas, spoke to us.",
        "Q: Why did prices fall?",
        "A: We cut the price of 3,000 products.",
    ]
    assert find_speakers(texts)[3] == "Sarah Bell"


def test_an_interviews_answers_in_another_language_are_from_the_interviewee():
    texts = [
        "Entrevista con la alcaldesa Ada Colau.",
        "Q: ¿Cuántas viviendas se han construido?",
        "A: Construimos 2.400 viviendas públicas en 2024.",
    ]
    assert find_speakers(texts, language="es") == ["", "", "Ada Colau"]


def test_a_clitic_attribution_alone_scores_below_the_threshold():
    from briefings.checkworthiness import THRESHOLD, score_statement

    text = "Lo ha detto il presidente della Camera di commercio, Carlo Sangalli, a Milano."
    assert score_statement(text, language="it", attributed=True).value < THRESHOLD
