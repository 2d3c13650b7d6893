"""Initials and titles before a name, and words sentencex takes for abbreviations, in languages
its rules miss them in (an outside tester's cases)."""

from briefings.importers.sentences import sentence_spans


def sentences(paragraph, language):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph, language)]


def test_two_russian_initials_before_a_surname_do_not_end_a_sentence():
    text = "Председатель ЦБ Э. С. Набиуллина выступила в Думе. Депутаты задали ей вопросы."
    assert len(sentences(text, "ru")) == 2


def test_a_ukrainian_initial_before_a_surname_does_not_end_a_sentence():
    text = "Міський голова А. Садовий відкрив центр. Перші пацієнти прибудуть наступного тижня."
    assert len(sentences(text, "uk")) == 2


def test_a_greek_initial_before_a_surname_does_not_end_a_sentence():
    text = "Ο καθηγητής Ε. Λέκκας μίλησε στην ΕΡΤ. Είπε ότι δεν υπάρχει λόγος ανησυχίας."
    assert len(sentences(text, "el")) == 2


def test_an_initial_after_a_title_does_not_end_a_sentence():
    assert len(sentences("Il prof. M. Di Vito ha parlato. La riunione è finita.", "it")) == 2


def test_a_lone_latin_capital_still_ends_a_sentence():
    assert sentences("He takes vitamin C. The doctor agrees.", "en") == [
        "He takes vitamin C.",
        "The doctor agrees.",
    ]


def test_a_romanian_title_does_not_end_a_sentence():
    assert len(sentences("Dl. Popescu a declarat că nu demisionează. Partidul îl susține.", "ro")) == 2


def test_a_dutch_title_does_not_end_a_sentence():
    assert len(sentences("Mr. De Vries verdedigde de verdachte. De rechter doet later uitspraak.", "nl")) == 2


def test_percent_of_gdp_does_not_end_a_polish_sentence():
    assert len(sentences("Deficyt ma wynieść 5,5 proc. PKB. Rząd uważa, że to bezpieczny poziom.", "pl")) == 2


def test_a_dutch_sentence_can_end_in_dat():
    assert sentences("De minister zegt dat. Dan volgt het debat.", "nl") == [
        "De minister zegt dat.",
        "Dan volgt het debat.",
    ]
