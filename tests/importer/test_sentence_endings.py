"""Abbreviations that end a sentence or not by what follows them (company forms, Spanish and
Lithuanian dates, Serbian "бр."), and Thai sentence breaks (2026-12, bench/data/sentence_holdout_6/):
a rule each, with other words than the held-out paragraphs."""

import pytest

from briefings.importers.sentences import sentence_spans

from .cpu_time import cpu_seconds_at_most
from .test_sentences import characters_copied


def sentences(paragraph, language):
    return [paragraph[start:end] for start, end in sentence_spans(paragraph, language)]


def test_a_sentence_ending_in_corp_ends_before_a_capitalised_sentence():
    paragraph = "The order was placed with Halden Steel Corp. Deliveries start in March."
    assert sentences(paragraph, "en") == [
        "The order was placed with Halden Steel Corp.",
        "Deliveries start in March.",
    ]


def test_a_sentence_ending_in_inc_ends_before_a_quotation():
    paragraph = 'The patent belongs to Lumen Optics Inc. "We will appeal," its lawyer said.'
    assert len(sentences(paragraph, "en")) == 2


def test_corp_before_said_stays_inside_its_sentence():
    paragraph = "Redfield Corp. said profits doubled. Its shares rose."
    assert sentences(paragraph, "en")[0] == "Redfield Corp. said profits doubled."


def test_corp_before_an_officers_title_stays_inside_its_sentence():
    paragraph = "Tallis Mining Corp. Chief Financial Officer Ann Lee resigned on Friday. No reason was given."
    assert len(sentences(paragraph, "en")) == 2


def test_ltd_before_a_president_stays_inside_its_sentence():
    paragraph = "Okada Shipping Ltd. President Hiro Mori met the minister. Talks will resume."
    assert sentences(paragraph, "en")[0] == "Okada Shipping Ltd. President Hiro Mori met the minister."


def test_may_at_the_end_of_a_sentence_ends_it():
    paragraph = "The vote was delayed until May. Lawmakers left for the recess."
    assert len(sentences(paragraph, "en")) == 2


def test_a_spanish_date_before_christ_ends_its_sentence_before_a_capital():
    paragraph = "El puente fue construido en el 109 a. C. Todavía se usa hoy."
    assert sentences(paragraph, "es") == ["El puente fue construido en el 109 a. C.", "Todavía se usa hoy."]


def test_a_spanish_date_after_christ_is_not_cut_between_its_letters():
    paragraph = "La villa data del siglo II d. C. Fue excavada en 1990."
    assert sentences(paragraph, "es") == ["La villa data del siglo II d. C.", "Fue excavada en 1990."]


def test_a_spanish_date_before_christ_opening_a_sentence_goes_on_with_a_name():
    paragraph = "Hacia el 500 a. C. Atenas adoptó la democracia. Duró dos siglos."
    assert sentences(paragraph, "es")[0] == "Hacia el 500 a. C. Atenas adoptó la democracia."


def test_a_spanish_company_form_ends_its_sentence_before_a_capital():
    paragraph = "El suministro lo gestiona Aguas del Sur S.A. La concesión vence en 2030."
    assert len(sentences(paragraph, "es")) == 2


def test_a_lithuanian_date_in_d_ends_its_sentence_before_a_capital():
    paragraph = "Konkursas baigsis lapkričio 20 d. Nugalėtojai bus paskelbti gruodį."
    assert sentences(paragraph, "lt") == [
        "Konkursas baigsis lapkričio 20 d.",
        "Nugalėtojai bus paskelbti gruodį.",
    ]


def test_a_lithuanian_date_opening_its_sentence_goes_on_with_a_name():
    paragraph = "Nuo 2023 m. rugsėjo 1 d. Vyriausybė didino algas mokytojams. Profsąjungos patenkintos."
    assert sentences(paragraph, "lt")[0] == "Nuo 2023 m. rugsėjo 1 d. Vyriausybė didino algas mokytojams."


def test_a_lithuanian_date_before_a_place_in_the_locative_goes_on():
    paragraph = "Forumas vyks spalio 2 d. Kaune. Registracija jau atidaryta."
    assert sentences(paragraph, "lt")[0] == "Forumas vyks spalio 2 d. Kaune."


def test_a_lithuanian_century_ends_its_sentence_before_a_capital():
    paragraph = "Pilis iškilo XIV a. Vėliau ji sugriauta."
    assert len(sentences(paragraph, "lt")) == 2


def test_a_hungarian_company_form_ends_its_sentence_before_an_article():
    paragraph = (
        "A pályázatot a Pannon Víz Zrt. nyerte, a szerződő fél az Alföldi Tej Kft. A részletek titkosak."
    )
    assert len(sentences(paragraph, "hu")) == 2


def test_a_hungarian_company_form_before_a_name_stays_inside_its_sentence():
    paragraph = "Az OTP Bank Nyrt. Nagy Pétert bízta meg a vezetéssel. Ő januárban kezd."
    assert sentences(paragraph, "hu")[0] == "Az OTP Bank Nyrt. Nagy Pétert bízta meg a vezetéssel."


def test_a_serbian_number_abbreviation_before_a_number_ends_no_sentence():
    paragraph = "Одлука бр. 17 објављена је јуче. Примењује се одмах."
    assert sentences(paragraph, "sr")[0] == "Одлука бр. 17 објављена је јуче."


def test_a_serbian_company_before_its_seat_stays_inside_its_sentence():
    paragraph = "Posao je dobila firma Gradnja d.o.o. Beograd, a radovi počinju sutra. Trajaće godinu dana."
    assert len(sentences(paragraph, "sr")) == 2


def test_a_serbian_company_form_ends_its_sentence_before_a_capital():
    paragraph = "Ugovor je potpisan sa firmom Elektrogradnja d.o.o. Vrednost nije objavljena."
    assert len(sentences(paragraph, "sr")) == 2


def test_a_thai_connective_after_a_space_opens_a_sentence():
    paragraph = "ฝนตกหนักทั้งคืน อย่างไรก็ตาม ไม่มีรายงานน้ำท่วม"
    assert sentences(paragraph, "th") == ["ฝนตกหนักทั้งคืน", "อย่างไรก็ตาม ไม่มีรายงานน้ำท่วม"]


def test_a_thai_connective_after_that_stays_in_the_reported_clause():
    paragraph = "โฆษกกล่าวว่า ดังนั้นรัฐบาลจะไม่ขึ้นภาษี"
    assert sentences(paragraph, "th") == [paragraph]


def test_a_thai_polite_particle_ends_a_spoken_sentence():
    paragraph = "ขอบคุณที่มาร่วมงานค่ะ งานจะเริ่มเวลาสิบโมง"
    assert len(sentences(paragraph, "th")) == 2


def test_a_thai_space_without_a_connective_stays_inside_its_sentence():
    paragraph = "ผู้ว่าราชการจังหวัด ลงพื้นที่ตรวจน้ำท่วม ในอำเภอเมือง"
    assert sentences(paragraph, "th") == [paragraph]


@pytest.mark.parametrize(
    ("unit", "language"),
    [
        ("Acme Corp. ", "en"),
        ("Kovo 1 d. Ab ", "lt"),
        ("En el 44 a. C. ", "es"),
        ("Zrt. Kovács ", "hu"),
        ("ครับ ทั้งนี้ ", "th"),
    ],
)
def test_a_long_run_of_endings_is_read_in_linear_time(unit, language):
    paragraph = unit * (1_000_000 // len(unit))
    with cpu_seconds_at_most(20):
        sentence_spans(paragraph, language)


@pytest.mark.parametrize(
    ("unit", "language"), [("Acme Corp. Analysts said. ", "en"), ("Rinkimai 2024 m. kovo 5 d. ", "lt")]
)
def test_splitting_after_endings_copies_no_more_of_a_paragraph_twice_as_long_than_twice_as_much(
    unit, language
):
    assert characters_copied(unit * 4000, language) <= 2.2 * characters_copied(unit * 2000, language)
