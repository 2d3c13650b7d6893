"""Sentence boundaries a second outside tester's news paragraphs in twenty more languages found
wrong (2026-12-07, bench/data/sentence_holdout_4/): a rule each, with other words than the
paragraph it came from."""

import pytest

from briefings.importers.sentences import sentence_spans

from .cpu_time import cpu_seconds_at_most


def sentences(paragraph, language):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph, language)]


def test_a_sentence_ending_in_a_norwegian_web_address_ends_before_the_next():
    paragraph = "Les mer på www.regjeringen.no. Høringen varer til april."
    assert sentences(paragraph, "no") == ["Les mer på www.regjeringen.no.", "Høringen varer til april."]


def test_a_sentence_ending_in_an_indonesian_address_without_www_ends_before_the_next():
    paragraph = "Data lengkap ada di bps.go.id. Angka itu diperbarui tiap bulan."
    assert len(sentences(paragraph, "id")) == 2


def test_a_title_run_together_with_its_degree_is_no_web_address():
    paragraph = "Predavanje je održao prof.dr.sc. Ivan Horvat. Dvorana je bila puna."
    assert sentences(paragraph, "hr")[0] == "Predavanje je održao prof.dr.sc. Ivan Horvat."


def test_a_polish_m_in_before_a_name_is_no_web_address():
    paragraph = "Zgłoszenia przyjmuje m.in. Urząd Miasta. Termin mija w piątek."
    assert len(sentences(paragraph, "pl")) == 2


def test_a_czech_list_ending_in_atd_ends_before_a_capital():
    paragraph = "Prodávají se boty, kabáty, čepice atd. Výtěžek dostane nemocnice."
    assert len(sentences(paragraph, "cs")) == 2


def test_a_slovak_list_ending_in_atd_ends_before_a_capital():
    paragraph = "Zbierajú sa plasty, papier, sklo atď. Kontajnery vyvezú v piatok."
    assert len(sentences(paragraph, "sk")) == 2


def test_a_danish_price_in_kroner_ends_a_sentence_before_a_capital():
    paragraph = "En liter mælk koster nu 13 kr. Prisen steg i marts."
    assert sentences(paragraph, "da") == ["En liter mælk koster nu 13 kr.", "Prisen steg i marts."]


def test_a_danish_amount_in_kroner_before_a_lower_case_word_does_not_end_a_sentence():
    paragraph = "Staten bruger 200 mio. kr. på nye tog. Det er et rekordbeløb."
    assert len(sentences(paragraph, "da")) == 2


def test_a_danish_share_in_per_cent_ends_a_sentence_before_a_capital():
    paragraph = "Momsen udgør 25 pct. Regeringen vil ikke ændre den."
    assert len(sentences(paragraph, "da")) == 2


def test_a_vietnamese_list_ending_in_v_v_ends_before_a_capital():
    paragraph = "Cửa hàng bán giày, áo, mũ, v.v. Doanh thu tăng mạnh."
    assert len(sentences(paragraph, "vi")) == 2


def test_a_nordic_kl_before_a_time_does_not_end_a_sentence():
    paragraph = "Toget går kl. 16.45 fra Bergen. Det er fullt."
    assert sentences(paragraph, "no") == ["Toget går kl. 16.45 fra Bergen.", "Det er fullt."]


def test_a_hungarian_kb_before_a_number_does_not_end_a_sentence():
    paragraph = "A tüntetésen kb. 5000 ember vett részt. A rendőrség nem avatkozott be."
    assert len(sentences(paragraph, "hu")) == 2


def test_an_estonian_nt_before_a_place_does_not_end_a_sentence():
    paragraph = "Üürid tõusid nt. Tartus kiiresti. Pärnus jäid need samaks."
    assert len(sentences(paragraph, "et")) == 2


def test_an_indonesian_title_before_a_name_does_not_end_a_sentence():
    paragraph = "Proyek itu dipimpin Ir. Joko Susilo. Biayanya Rp 2 triliun."
    assert len(sentences(paragraph, "id")) == 2


def test_an_indonesian_street_before_its_name_does_not_end_a_sentence():
    paragraph = "Kebakaran terjadi di Jl. Gatot Subroto. Tidak ada korban jiwa."
    assert len(sentences(paragraph, "id")) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "Saham PT. Pertamina naik 3 persen. Investor asing membeli.",
        "Kontrak diberikan kepada CV. Maju Jaya tahun lalu. Nilainya Rp 5 miliar.",
        "Pernyataan itu disampaikan Bpk. Hartono di Jakarta. Ia membantah tuduhan itu.",
    ],
)
def test_an_indonesian_company_form_or_title_before_a_name_does_not_end_a_sentence(paragraph):
    assert len(sentences(paragraph, "id")) == 2


def test_an_indonesian_listed_company_closing_a_sentence_still_ends_it():
    paragraph = "Laba naik di PT Bank Central Asia Tbk. Analis memperkirakan kenaikan berlanjut."
    assert len(sentences(paragraph, "id")) == 2


def test_a_malay_paragraph_follows_the_indonesian_rules():
    paragraph = "Kemalangan berlaku di Jln. Ampang. Dua orang cedera."
    assert len(sentences(paragraph, "ms")) == 2


def test_a_vietnamese_title_before_a_name_does_not_end_a_sentence():
    paragraph = "Hội thảo do ThS. Phạm Thu Hà chủ trì. Có 200 người tham dự."
    assert len(sentences(paragraph, "vi")) == 2


def test_a_vietnamese_city_abbreviation_before_its_name_does_not_end_a_sentence():
    paragraph = "Giá nhà ở TP. Đà Nẵng tăng 10%. Người mua vẫn đông."
    assert len(sentences(paragraph, "vi")) == 2


def test_a_catalan_street_type_before_its_name_does_not_end_a_sentence():
    paragraph = "La manifestació va baixar per l'av. Meridiana. No hi va haver incidents."
    assert len(sentences(paragraph, "ca")) == 2


def test_a_persian_solar_hijri_year_does_not_end_a_sentence():
    paragraph = "این پل در سال ۱۳۹۸ ه.ش. افتتاح شد. هزینه آن زیاد بود."
    assert len(sentences(paragraph, "fa")) == 2


def test_hebrew_initials_before_a_surname_do_not_end_a_sentence():
    paragraph = "השיר נכתב על ידי ח. נ. ביאליק. הוא נלמד בבתי הספר."
    assert sentences(paragraph, "he") == ["השיר נכתב על ידי ח. נ. ביאליק.", "הוא נלמד בבתי הספר."]


def test_a_thai_abbreviation_with_periods_does_not_end_a_sentence():
    paragraph = "โครงการนี้เริ่มในปี พ.ศ. 2567 และจะเสร็จในอีกสองปี"
    assert len(sentences(paragraph, "th")) == 1


def test_a_thai_question_mark_still_ends_a_sentence():
    paragraph = "ใครจะรับผิดชอบ? รัฐบาลยังไม่ตอบ"
    assert len(sentences(paragraph, "th")) == 2


def test_a_long_run_of_dotted_words_is_split_in_linear_time():
    paragraph = "ab.cd.no. Ab " * 40_000
    with cpu_seconds_at_most(5):
        assert len(sentence_spans(paragraph, "no")) > 1


def test_a_long_run_of_letters_hyphens_and_dots_is_read_in_linear_time():
    paragraph = "www." + "a-a." * 100_000 + "no. A"  # too many labels to be an address
    with cpu_seconds_at_most(5):
        assert len(sentence_spans(paragraph, "no")) == 1


def test_a_long_run_of_hebrew_initials_is_read_in_linear_time():
    paragraph = "א. " * 100_000 + "כהן."
    with cpu_seconds_at_most(5):
        assert len(sentence_spans(paragraph, "he")) == 1


def test_slovenian_for_example_ends_no_sentence_before_a_name():
    paragraph = "Več občin, npr. Kranj in Celje, je sprejelo ukrep. Vlada ga podpira."
    assert sentences(paragraph, "sl") == [
        "Več občin, npr. Kranj in Celje, je sprejelo ukrep.",
        "Vlada ga podpira.",
    ]


def test_a_slovenian_title_ends_no_sentence_before_the_name():
    paragraph = "Izšla je knjiga mag. Horvat o vodi. Prodaja se dobro."
    assert sentences(paragraph, "sl") == ["Izšla je knjiga mag. Horvat o vodi.", "Prodaja se dobro."]
