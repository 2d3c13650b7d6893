"""A document is a source, never a speaker; its issuer is, where the text names it. A view given
"Para a X, …" is X's. A company's noun ("das Unternehmen") stands for the company named."""

from briefings.checkworthiness import find_speakers


def test_annual_accounts_after_according_to_are_no_speaker():
    texts = ["Chelsea reported a loss of £262 million, according to its annual accounts."]
    assert find_speakers(texts) == [""]


def test_spanish_annual_accounts_after_segun_are_no_speaker():
    texts = ["El Real Madrid ingresó 1.073 millones de euros, según sus cuentas anuales."]
    assert find_speakers(texts, language="es") == [""]


def test_a_german_annual_report_is_no_speaker_even_with_von_later():
    texts = ["Laut dem Geschäftsbericht hat der Verein einen Umsatz von 854 Millionen Euro erzielt."]
    assert find_speakers(texts, language="de") == [""]


def test_an_italian_document_names_its_issuer_after_dell():
    texts = ["Secondo i dati dell'Arpat, le diossine hanno superato i limiti di legge."]
    assert find_speakers(texts, language="it") == ["Arpat"]


def test_a_dutch_annual_report_names_its_issuer_after_van():
    texts = ["Volgens het jaarverslag van Ajax zijn de salariskosten met 18 procent gedaald."]
    assert find_speakers(texts, language="nl") == ["Ajax"]


def test_para_a_with_a_named_person_gives_the_speaker():
    texts = ['Para a infectologista Rosana Richtmann, o país "perdeu o controle" da epidemia.']
    assert find_speakers(texts, language="pt") == ["Rosana Richtmann"]


def test_para_before_a_year_gives_no_speaker():
    assert find_speakers(["Para 2025, o governo prevê um déficit de 1 %."], language="pt") == [""]


def test_wie_das_unternehmen_mitteilte_names_the_company_the_statement_opens_with():
    texts = ["Siemens baut 2.850 Stellen ab, wie das Unternehmen am Montag mitteilte."]
    assert find_speakers(texts, language="de") == ["Siemens"]


def test_teilte_der_konzern_mit_keeps_the_company_named_before():
    texts = [
        "Siemens baut 2.850 Stellen ab, wie das Unternehmen mitteilte.",
        "Der Umsatz sank um 4 Prozent, teilte der Konzern mit.",
    ]
    assert find_speakers(texts, language="de") == ["Siemens", "Siemens"]


def test_a_company_noun_before_its_name_gives_the_name():
    texts = ["Wie der Autobauer Volkswagen bestätigte, wurden 9 Millionen Fahrzeuge ausgeliefert."]
    assert find_speakers(texts, language="de") == ["Volkswagen"]
