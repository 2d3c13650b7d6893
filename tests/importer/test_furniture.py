"""Furniture an outside test of real pages found kept (briefings/importers/furniture.py), and the
sentences like it that stay."""

import pytest

from briefings.importers.boilerplate import is_boilerplate, strip_noise
from briefings.importers.html import parse_html

from .cpu_time import cpu_seconds_at_most

FURNITURE = [
    "اقرأ أيضا: ارتفاع أسعار المياه للقطاع الصناعي",
    "関連記事：羊蹄トンネル、掘削再開へ",
    "相关阅读：成都地铁27号线开始试运行",
    "Questo articolo è riservato agli abbonati",
    "Per continuare a leggere abbonati a Giornale di Valle: il primo mese a 1 euro.",
    "Sei già abbonato? Accedi",
    "Cet article est réservé aux abonnés.",
    "Dieser Artikel ist nur für Abonnenten verfügbar.",
    "This article is for subscribers only.",
    "Page 1 of 2",
    "Seite 3 von 10",
    "The views expressed are those of the author and do not necessarily reflect those of The Harbour Times.",
    "Do you agree? Send us a letter to the editor at letters@harbourtimes.com.au.",
    "Sign up here.",
    "Updated 2 hours ago",
    "10/04/2026 09h00 Atualizado há 2 horas",
    "Pressestelle BMV Invalidenstraße 44, 10115 Berlin Tel.: 030 18300-7200 E-Mail: presse@bmv.bund.de",
    "Siga o Jornal do Planalto no Google Notícias",
    "تابعونا على تطبيق واتساب لآخر الأخبار",
    "Sitemizde çerezler kullanılmaktadır.",
    "vor 5 Min.",
    "2h ago",
    "il y a 3 heures",
    "Dodaj komentarz",
    "Add a comment",
]

SENTENCES = [
    "The page of the report that mattered was page 4 of the annex.",
    "Updated figures show that 2 hours of delay were avoided.",
    "The views expressed by residents at the meeting were mixed.",
    "Sign up here was the slogan of the recruitment campaign, which ran until 2019.",
    "Complaints can be sent to complaints@council.gov.uk, the council said.",
    "Per continuare a leggere i dati bisogna attendere il rapporto di giugno.",
    "Follow the money, the auditor told the committee on Tuesday.",
    "Vor 5 Minuten hatte der Zug den Bahnhof verlassen, als die Oberleitung riss.",
    "Add a comment to the form if the payment is late, the guidance says.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_a_furniture_line_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_like_furniture_is_kept(text):
    assert not is_boilerplate(text)


def test_a_wiki_edit_link_is_stripped_from_a_heading():
    assert strip_noise("History[edit]") == "History"


def test_a_citation_needed_mark_is_stripped_from_its_sentence():
    assert strip_noise("The line closed in 1964.[citation needed]") == "The line closed in 1964."


def test_a_chinese_photographer_credit_is_stripped_from_its_caption():
    assert strip_noise("图为30号线列车驶入站台。（记者 李强 摄）") == "图为30号线列车驶入站台。"


def test_a_chinese_end_mark_is_stripped():
    assert strip_noise("（完）") == ""


@pytest.mark.parametrize("text", ["a@" * 150, "[" * 300, "（" * 150 + "摄", "Page 1 " * 40])
def test_a_hostile_line_is_judged_at_once(text):
    with cpu_seconds_at_most(2):
        for _ in range(100):
            is_boilerplate(text)
            strip_noise(text)


@pytest.mark.parametrize("text", [" [ " * 100_000, "（a" * 100_000 + "摄", " 完" * 100_000])
def test_a_long_hostile_paragraph_is_stripped_at_once(text):
    with cpu_seconds_at_most(2):
        strip_noise(text)


def test_a_live_tickers_relative_time_is_not_glued_to_its_entry():
    page = (
        '<html lang="de"><head><title>Streik</title></head><body><main><h1>Streik</h1><ul>'
        "<li><div class='ticker-time'>vor 5 Min.</div><p>Die Bahn meldet, dass rund 80 Prozent der Züge ausfallen.</p></li>"
        "<li><div class='ticker-time'>10:42 Uhr</div><p>In Köln warten mehrere hundert Reisende auf Ersatzbusse.</p></li>"
        "</ul></main></body></html>"
    )
    texts = [text for block in parse_html(page).blocks for text in block.texts]
    assert not any("vor 5 Min." in text for text in texts)


def test_a_sentence_that_opens_with_follow_up_and_names_a_platform_is_kept():
    assert not is_boilerplate("Follow-up investigations targeted Facebook.")
