"""Speakers the outside_8 set found missing, as families (languages/families.py): a document's
issuer after "говорится в сообщении" or "Jak wynika z danych", a company named by its noun
("сообщила компания", "podała spółka"), promise and assurance verbs in every gender, and a
source without a comma ("Zdaniem ekspertów …"). A promise is about the future: it lowers the score."""

from briefings.checkworthiness import find_speakers, score_statement


def test_a_russian_document_after_govoritsya_names_its_issuer():
    texts = ["Безработица в ноябре составила 2,3%, говорится в сообщении Минтруда."]
    assert find_speakers(texts, language="ru") == ["Минтруда"]


def test_a_russian_press_release_after_otmechaetsya_names_its_issuer():
    texts = ["Как отмечается в докладе Счетной палаты, расходы выросли на 12%."]
    assert find_speakers(texts, language="ru") == ["Счетной палаты"]


def test_sleduet_without_a_document_is_no_source():
    texts = ["Правительству следует снизить налоги для малого бизнеса."]
    assert find_speakers(texts, language="ru") == [""]


def test_a_ukrainian_document_after_ydetsya_names_its_issuer():
    texts = ["Експорт металу за жовтень скоротився на 8%, йдеться у звіті Держстату."]
    assert find_speakers(texts, language="uk") == ["Держстату"]


def test_a_polish_jak_wynika_z_danych_names_the_issuer():
    texts = ["Jak wynika z danych ZUS, w październiku wypłacono 9,8 mln emerytur."]
    assert find_speakers(texts, language="pl") == ["ZUS"]


def test_a_polish_company_noun_is_the_company_the_statement_opens_with():
    texts = ["Poczta Polska doręczyła w 2024 roku 1,1 mld listów, podała spółka."]
    assert find_speakers(texts, language="pl") == ["Poczta Polska"]


def test_a_russian_company_noun_is_the_name_in_quotation_marks():
    texts = ["Авиакомпания «Победа» перевезла 15 млн пассажиров, сообщили в компании."]
    assert find_speakers(texts, language="ru") == ["Победа"]


def test_a_ukrainian_company_noun_is_the_company_the_statement_opens_with():
    texts = ["Нафтогаз видобув 14 млрд кубометрів газу, повідомила компанія."]
    assert find_speakers(texts, language="uk") == ["Нафтогаз"]


def test_a_russian_promise_names_its_speaker_in_any_gender():
    texts = ["Вице-премьер Марат Хуснуллин пообещал достроить мост к 2027 году."]
    assert find_speakers(texts, language="ru") == ["Марат Хуснуллин"]
    texts = ["Губернатор Ольга Сидорова пообещала открыть три школы."]
    assert find_speakers(texts, language="ru") == ["Ольга Сидорова"]


def test_a_polish_assurance_names_its_speaker():
    texts = ["Minister zdrowia Izabela Leszczyna zapewniła, że szpitale otrzymały 2 mld zł."]
    assert find_speakers(texts, language="pl") == ["Izabela Leszczyna"]


def test_a_ukrainian_assurance_names_its_speaker():
    texts = ["Прем'єр-міністр Денис Шмигаль запевнив, що пенсії виплатили вчасно."]
    assert find_speakers(texts, language="uk") == ["Денис Шмигаль"]


def test_a_promise_scores_below_the_threshold_though_its_speaker_is_found():
    promise = score_statement("Мэр Сергей Собянин пообещал открыть 10 станций метро.", language="ru")
    assert promise.value < 50


def test_a_polish_source_without_a_comma_is_its_first_word():
    texts = ["Zdaniem analityków stopy procentowe spadną w marcu."]
    assert find_speakers(texts, language="pl") == ["analityków"]


def test_a_source_without_a_comma_keeps_a_word_of_quantity():
    texts = ["По мнению многих экономистов рубль ослабнет к весне."]
    assert find_speakers(texts, language="ru") == ["многих экономистов"]


def test_moim_zdaniem_names_nobody():
    texts = ["Moim zdaniem rząd powinien obniżyć podatki dla rodzin."]
    assert find_speakers(texts, language="pl") == [""]


def test_a_german_promise_names_its_speaker():
    texts = ["Bürgermeisterin Katja Dörner versprach, die Brücke bis 2026 zu sanieren."]
    assert find_speakers(texts, language="de") == ["Katja Dörner"]
