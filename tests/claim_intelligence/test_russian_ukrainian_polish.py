"""Russian, Ukrainian and Polish statements are read word by word (languages/russian.py,
ukrainian.py, polish.py), and their speakers found in those languages' patterns: a verb of
saying after its subject or after a quotation's dash, "по словам", "за даними", "według", names
in the case the text gives them."""

from briefings.checkworthiness import find_speakers, score_statement


def test_a_russian_statement_is_read_word_by_word():
    score = score_statement("Совет Федерации в среду одобрил закон о бюджете.", language="ru")
    assert not any(reason.startswith("words not read") for reason in score.reasons)


def test_a_russian_hedge_lowers_the_score():
    hedged = score_statement("Цены, возможно, вырастут на 5% в январе.", language="ru")
    plain = score_statement("Цены выросли на 5% в январе.", language="ru")
    assert hedged.value < plain.value


def test_a_russian_opinion_scores_below_the_threshold():
    assert score_statement("Я считаю, что мы должны защищать наших детей.", language="ru").value < 50


def test_a_russian_speaker_is_found_past_a_title_and_a_country_in_the_genitive():
    texts = ["Министр обороны Германии Борис Писториус заявил, что Берлин передаст Киеву 20 танков."]
    assert find_speakers(texts, language="ru") == ["Борис Писториус"]


def test_a_russian_source_after_po_slovam_is_the_name_as_the_text_declines_it():
    texts = ["По словам губернатора области Вячеслава Гладкова, пострадали три человека."]
    assert find_speakers(texts, language="ru") == ["Вячеслава Гладкова"]


def test_a_russian_body_of_several_words_is_the_speaker_whole():
    texts = ["Министерство иностранных дел Франции сообщило о высылке дипломата."]
    assert find_speakers(texts, language="ru") == ["Министерство иностранных дел Франции"]


def test_a_russian_verb_after_a_quotation_and_a_dash_names_the_speaker():
    texts = ["Мэр Москвы Сергей Собянин заявил, что станцию открыли.", "«Это важный день», — сказал Собянин."]
    assert find_speakers(texts, language="ru") == ["Сергей Собянин", "Сергей Собянин"]


def test_a_russian_he_said_keeps_the_speaker_before():
    texts = ["Глава Минздрава Михаил Мурашко сообщил о 40 новых случаях.", "Он добавил, что больниц хватает."]
    assert find_speakers(texts, language="ru") == ["Михаил Мурашко", "Михаил Мурашко"]


def test_a_russian_kak_soobshchaet_names_the_source_after_the_verb():
    texts = ["Как сообщает «Интерфакс», рейс задержали на пять часов."]
    assert find_speakers(texts, language="ru") == ["Интерфакс"]


def test_a_ukrainian_source_after_za_danymy_is_the_speaker():
    texts = ["За даними Нацбанку, ціни у жовтні зросли на 1,8%."]
    assert find_speakers(texts, language="uk") == ["Нацбанку"]


def test_a_ukrainian_speaker_after_yak_zaznachyv_is_found_past_their_title():
    texts = ["Як зазначив мер Києва Віталій Кличко, у місті відкрили 12 нових укриттів."]
    assert find_speakers(texts, language="uk") == ["Віталій Кличко"]


def test_a_ukrainian_body_after_u_is_the_speaker_without_the_preposition():
    texts = ["У Міноборони повідомили, що отримали 40 нових машин."]
    assert find_speakers(texts, language="uk") == ["Міноборони"]


def test_a_ukrainian_synthetic_future_is_a_prediction():
    assert (
        "prediction"
        in score_statement("Тарифи на газ зростатимуть і наступного року.", language="uk").reasons
    )


def test_a_ukrainian_question_scores_below_the_threshold():
    assert score_statement("Чи вистачить коштів на ремонт 300 шкіл?", language="uk").value < 50


def test_a_polish_source_after_wedlug_is_the_person_not_their_office():
    texts = ["Według rzecznika rządu Adama Szłapki inflacja spadnie w marcu."]
    assert find_speakers(texts, language="pl") == ["Adama Szłapki"]


def test_a_polish_speaker_after_a_quotation_and_a_dash_is_found():
    texts = ["„Nie podniesiemy podatków” – powiedział minister finansów Andrzej Domański."]
    assert find_speakers(texts, language="pl") == ["Andrzej Domański"]


def test_a_polish_jak_podal_names_the_source_after_the_verb():
    assert find_speakers(["Jak podał GUS, bezrobocie wyniosło 5%."], language="pl") == ["GUS"]


def test_a_polish_data_source_names_its_issuer_in_the_genitive():
    texts = ["Według danych NBP w październiku rezerwy wzrosły do 230 mld dolarów."]
    assert find_speakers(texts, language="pl") == ["NBP"]


def test_zdaniem_is_an_opinion_cue_in_polish():
    assert (
        "opinion"
        in score_statement("Zdaniem ekspertów rząd powinien działać szybciej.", language="pl").reasons
    )


def test_a_polish_number_word_counts_as_a_number():
    assert (
        "a number"
        in score_statement("Na stadion przyszło czterdzieści tysięcy kibiców.", language="pl").reasons
    )


def test_a_polish_boilerplate_line_scores_below_the_threshold():
    assert score_statement("Czytaj także: Ceny prądu w 2025 roku.", language="pl").value < 50
