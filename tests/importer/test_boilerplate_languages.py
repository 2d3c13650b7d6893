"""Page furniture in Dutch, Greek, Turkish and Romanian, and wordings the first rules for Spanish,
Italian, Portuguese, Polish, Russian and Ukrainian missed (an outside tester's saved pages)."""

import pytest

from briefings.importers.boilerplate import is_boilerplate, strip_noise


def test_a_dutch_read_also_line_is_boilerplate():
    assert is_boilerplate("Lees ook: Huizenprijzen stijgen voor het twaalfde kwartaal op rij")


def test_a_greek_read_also_line_is_boilerplate():
    assert is_boilerplate("Διαβάστε επίσης: Πότε θα καταβληθεί το επίδομα θέρμανσης")


def test_a_turkish_related_news_line_is_boilerplate():
    assert is_boilerplate("İlgili Haber: Dolar/TL güne yükselişle başladı")


def test_a_romanian_read_also_line_is_boilerplate():
    assert is_boilerplate("Citește și: Pensiile cresc cu 12,5% din ianuarie")


def test_a_read_also_line_with_a_bar_is_boilerplate():
    assert is_boilerplate("Lees ook | NS rijdt minder treinen door storm")


@pytest.mark.parametrize("text", ["LEA TAMBIÉN", "LEGGI ANCHE", "Leia mais", "Zobacz również", "Еще по теме"])
def test_a_read_also_label_on_its_own_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", ["Advertentie", "Διαφήμιση", "Reklam", "Publicitate", "Новости партнеров"])
def test_an_advertisement_label_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Continua após a publicidade",
        "Continua a leggere dopo la pubblicità",
        "Het artikel gaat verder onder de advertentie",
        "Story continues below advertisement",
    ],
)
def test_a_line_saying_the_article_goes_on_after_an_advertisement_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text", ["Фото: РИА Новости", "Beeld: ANP", "Φωτογραφία: Eurokinissi", "Fot. PAP/Leszek Szymański"]
)
def test_a_photo_credit_is_boilerplate(text):
    assert is_boilerplate(text)


def test_a_cyrillic_credit_after_a_caption_is_stripped():
    assert strip_noise("Вестибюль станции. Фото: пресс-служба Смольного") == "Вестибюль станции."


def test_a_polish_credit_after_a_caption_is_stripped():
    assert strip_noise("Głosowanie w Sejmie. Fot. PAP/Leszek Szymański") == "Głosowanie w Sejmie."


@pytest.mark.parametrize(
    "text",
    [
        "Iscriviti alla newsletter per ricevere ogni giorno le notizie più importanti.",
        "Zapisz się do newslettera i otrzymuj najważniejsze wiadomości.",
        "Подпишитесь на рассылку, чтобы получать главные новости дня.",
        "Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
    ],
)
def test_a_newsletter_sign_up_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подписывайтесь на наш Telegram-канал",
        "Siga o nosso canal no WhatsApp",
        "Ακολουθήστε μας στο Google News",
        "Google News'te bizi takip edin",
    ],
)
def test_a_follow_us_line_naming_a_platform_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", ["Warszawa, 04.12.2026, 16:40", "05.12.2026 | 08:14", "05-12-2026, 07:30"])
def test_a_dateline_of_digits_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", ["Tagi: budżet, Sejm", "Теги: экономика, ЦБ", "Etiquetas"])
def test_a_line_of_tags_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", ["di Giulia Rossi", "de Andrei Popescu"])
def test_a_byline_with_a_lower_case_preposition_is_boilerplate(text):
    assert is_boilerplate(text)


def test_a_heading_naming_people_after_di_is_not_a_byline():
    assert not is_boilerplate("Di Maio e Salvini")


@pytest.mark.parametrize(
    "text",
    [
        "Roma, 4 dicembre 2026 ore 18:30",
        "Porto Alegre, 5 dez 2026 - 08h30",
        "Lisboa, 3 de dezembro de 2026, 14:20",
    ],
)
def test_a_dateline_with_the_month_in_words_and_a_time_is_boilerplate(text):
    assert is_boilerplate(text)


def test_a_date_in_words_without_a_time_may_be_a_heading():
    assert not is_boilerplate("9 November 1989")


def test_a_line_of_footer_links_is_boilerplate():
    assert is_boilerplate("Aviso legal | Política de privacidad | Política de cookies")


@pytest.mark.parametrize(
    "text", ["Усі права захищено", "Todos os direitos reservados.", "Alle rechten voorbehouden"]
)
def test_all_rights_reserved_is_boilerplate(text):
    assert is_boilerplate(text)
