"""Furniture a fifth outside test of real pages found kept (briefings/importers/furniture.py),
and the sentences like it that stay."""

import pytest

from briefings.importers.boilerplate import is_boilerplate

from .cpu_time import cpu_seconds_at_most

FURNITURE = [
    "Baca juga: Stok Beras Nasional Aman hingga Maret, Kata Mentan",
    "SOMA ZAIDI: Mvua za vuli zaleta mafuriko Morogoro",
    "Läs också",
    "Les også: Ny bydel skal bygges på den gamle flyplassen",
    "Lue myös: Lentokentän ratikkalinjasta tehdään selvitys",
    "Čtěte také: Akutní příjem v Gällivare zůstane v noci zavřený",
    "Kapcsolódó cikk",
    "Tin liên quan",
    "관련기사",
    "ये भी पढ़ें: पराली जलाने के मामलों में 30 फीसदी की कमी",
    "بیشتر بخوانید: تعطیلی مدارس تهران",
    "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>",
    "انتهای پیام/",
    "Yorum yapmak için giriş yapın.",
    "Log in to comment",
    "Folgen Sie dem Kreisboten auf WhatsApp!",
    "This article appeared in print on page A7 of the Thursday 3 December 2026 edition of The Midland Courier, with the headline: Council tax up 4.99%.",
    "A version of this article appears in print on Dec. 3, 2026, Section A, Page 7 of the New York edition.",
    "From the print edition · Section A, page 7",
    "¿Te ha resultado útil esta verificación? Sí No",
    "Was this article helpful?",
    "Verifica Ya es signatario del Código de Principios de la IFCN.",
    "Creative Commons license CC BY-ND 4.0",
    "Photographs and text by Léa Martin",
    "Ihre Meinung ist uns wichtig: Schreiben Sie uns einen Leserbrief.",
    "Water bills to rise 9%, the Elm Street bridge reopens, and more. View this email in your browser",
    "Enjoying The Morning Ledger? Forward it to a friend or share on Facebook.",
    "Got this from a friend? Subscribe here.",
    "You are receiving this email because you signed up at morningledger.com.",
    "Unsubscribe · Update your preferences",
    "Wednesday, December 2, 2026 · Issue #412",
    "Presented by",
    "Elin Lindqvist Publicerad 2 december 2026 kl 06.00 Uppdaterad 3 december 2026 kl 15.40",
    "Published 3 December 2026",
]
KEPT = [
    "Baca juga laporan lengkap kami tentang harga beras di Jawa Timur yang terbit pekan lalu.",
    "The ministry announced the measures on its Telegram channel.",
    "Updated figures for 2025",
    "Images by the numbers",
    "From the paper mills of Finland to the printing presses of Leipzig",
    "The report, published 3 December 2026 by the ministry, found that 8% of pupils were absent.",
    "Readers who log in to comment must use their real names, the editor said.",
    "The site, which says it was forwarded the document by a friend of the minister, published it in full.",
    "Unsubscribe rates rose by a third after the change, the company said.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_a_line_of_furniture_is_dropped(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", KEPT)
def test_a_sentence_like_the_furniture_is_kept(text):
    assert not is_boilerplate(text)


def test_the_rules_are_linear_on_a_long_line_of_spaces_and_digits():
    text = "Published " + "1 " * 150
    with cpu_seconds_at_most(1):
        for _ in range(200):
            is_boilerplate(text)
            is_boilerplate("a " * 150 + "View this email in your browser" + "x" * 100)
