"""Sentence boundaries an outside tester's news paragraphs found wrong (2026-12-07,
bench/data/sentence_holdout_2/): a rule each, with other words than the paragraph it came from."""

from briefings.importers.sentences import sentence_spans

from .cpu_time import cpu_seconds_at_most


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


def test_an_italian_article_of_law_before_its_number_does_not_end_a_sentence():
    paragraph = "Secondo l’art. 3 della legge il ricorso è inammissibile. La Corte lo ha respinto."
    assert len(sentences(paragraph, "it")) == 2


def test_a_polish_article_of_law_before_its_number_does_not_end_a_sentence():
    paragraph = "Sąd powołał się na art. 45 Konstytucji. Wyrok jest prawomocny."
    assert len(sentences(paragraph, "pl")) == 2


def test_a_hindi_rupee_abbreviation_before_an_amount_does_not_end_a_sentence():
    paragraph = "दूध की कीमत रु. 60 प्रति लीटर हो गई है। लोग परेशान हैं।"
    assert len(sentences(paragraph, "hi")) == 2


def test_a_dutch_title_before_a_name_does_not_end_a_sentence():
    paragraph = "Het woord is aan mevr. Bakker. Daarna stemt de raad."
    assert sentences(paragraph, "nl") == ["Het woord is aan mevr. Bakker.", "Daarna stemt de raad."]


def test_turkish_academic_titles_before_a_name_do_not_end_a_sentence():
    paragraph = "Toplantıya Doç. Dr. Elif Şahin katıldı. Sonuç bildirgesi yayımlandı."
    assert len(sentences(paragraph, "tr")) == 2


def test_an_italian_title_before_a_name_does_not_end_a_sentence():
    paragraph = "L’avv. Ferri ha presentato ricorso. Il giudice deciderà a maggio."
    assert len(sentences(paragraph, "it")) == 2


def test_a_german_sentence_ending_in_usw_ends_before_a_capital():
    paragraph = "Verkauft wurden Lampen, Stühle, Tische usw. Der Erlös geht an die Tafel."
    assert sentences(paragraph, "de") == [
        "Verkauft wurden Lampen, Stühle, Tische usw.",
        "Der Erlös geht an die Tafel.",
    ]


def test_usw_before_a_lower_case_word_stays_inside_the_sentence():
    paragraph = "Lampen, Stühle usw. wurden verkauft. Der Erlös geht an die Tafel."
    assert sentences(paragraph, "de") == [
        "Lampen, Stühle usw. wurden verkauft.",
        "Der Erlös geht an die Tafel.",
    ]


def test_a_greek_sentence_ending_in_klp_ends_before_a_capital():
    paragraph = "Συγκεντρώθηκαν τρόφιμα, φάρμακα κλπ. Η διανομή ξεκινά αύριο."
    assert len(sentences(paragraph, "el")) == 2


def test_a_greek_sentence_ending_in_a_date_before_christ_ends_before_a_capital():
    paragraph = "Η πόλη ιδρύθηκε το 657 π.Χ. Αργότερα έγινε αποικία."
    assert len(sentences(paragraph, "el")) == 2


def test_a_polish_sentence_ending_in_itd_ends_before_a_capital():
    paragraph = "Na stole leżały jabłka, gruszki, śliwki itd. Goście byli zadowoleni."
    assert len(sentences(paragraph, "pl")) == 2


def test_an_italian_sentence_ending_in_ecc_ends_before_a_capital():
    paragraph = "Sono stati rubati computer, telefoni ecc. La polizia indaga."
    assert len(sentences(paragraph, "it")) == 2


def test_a_paragraph_of_usw_before_capitals_is_split_at_once():
    paragraph = "Brot usw. Das " * 50_000

    with cpu_seconds_at_most(5):
        assert len(sentence_spans(paragraph, "de")) > 1


def test_a_dutch_sentence_opening_with_s_is_a_new_sentence():
    paragraph = "Overdag was het warm. ’s Nachts vroor het licht."
    assert sentences(paragraph, "nl") == ["Overdag was het warm.", "’s Nachts vroor het licht."]


def test_a_dutch_sentence_opening_with_t_is_a_new_sentence():
    paragraph = "De wedstrijd werd afgelast. 't Was te glad op het veld."
    assert sentences(paragraph, "nl") == ["De wedstrijd werd afgelast.", "'t Was te glad op het veld."]


def test_an_apostrophe_after_a_space_opens_the_next_sentence_instead_of_closing_the_last():
    paragraph = "Het regende.  ’s Middags klaarde het op."
    assert sentence_spans(paragraph, "nl") == [(0, 12), (14, len(paragraph))]


def test_it_keeps_a_chinese_quoted_question_and_its_attribution_in_one_sentence():
    paragraph = "“房价还会涨吗？”不少网友问道。专家认为会趋稳。"
    assert sentences(paragraph, "zh") == ["“房价还会涨吗？”不少网友问道。", "专家认为会趋稳。"]


def test_it_keeps_an_arabic_quoted_question_and_its_attribution_in_one_sentence():
    paragraph = '"أين الرواتب؟" سأل أحد الموظفين. ولم تعلق الوزارة.'
    assert sentences(paragraph, "ar") == ['"أين الرواتب؟" سأل أحد الموظفين.', "ولم تعلق الوزارة."]


def test_a_long_sentence_after_a_chinese_quotation_stays_a_sentence_of_its_own():
    paragraph = "“这是真的吗？”记者随后联系了相关部门，但对方拒绝置评。"
    assert len(sentences(paragraph, "zh")) == 2


def test_a_chinese_sentence_after_a_quotation_that_does_not_open_its_sentence_stays_apart():
    paragraph = "他说：“我们不会放弃。”随后离开。"
    assert len(sentences(paragraph, "zh")) == 2


def test_a_paragraph_of_quoted_questions_and_attributions_is_split_at_once():
    paragraph = '"لماذا؟" سأل رجل. ' * 50_000

    with cpu_seconds_at_most(5):
        assert len(sentence_spans(paragraph, "ar")) == 50_000


def test_a_window_that_ends_inside_a_quotation_pairs_the_marks_after_it_as_written():
    # Each window of SEGMENT_CHARS ends somewhere; whichever quotation it cuts, the sentences after
    # it are the same as in a paragraph short enough for one window.
    # Before, the window's end fell between `"` and `Почему`, and the 79,001 characters after it
    # became one statement.
    paragraph = '"Почему сейчас?" Житель спросил. ' * 3_000
    spans = sentence_spans(paragraph, "ru")
    assert {paragraph[start:end] for start, end in spans} == {'"Почему сейчас?"', "Житель спросил."}


def test_a_portuguese_avenue_before_its_name_does_not_end_a_sentence():
    paragraph = "O protesto ocupou a Av. Brasil durante a tarde. Não houve feridos."
    assert len(sentences(paragraph, "pt")) == 2


def test_a_spanish_road_before_its_name_does_not_end_a_sentence():
    paragraph = "El accidente ocurrió en la Ctra. Nacional 340. Hubo dos heridos."
    assert len(sentences(paragraph, "es")) == 2
