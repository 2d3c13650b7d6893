"""Furniture an eighth outside test of real pages found kept (briefings/importers/
furniture_languages.py, and the credit and agency marks in boilerplate.py and furniture.py), and
the sentences like it that stay."""

import pytest

from briefings.importers.boilerplate import is_boilerplate, strip_noise

from .cpu_time import cpu_seconds_at_most

FURNITURE = [
    "Още по темата: Синдикатите излизат на протест пред парламента",
    "LLEGIU TAMBÉ: La taxa turística es duplicarà per als creueristes",
    "Pročitajte i: Inflacija u studenom pala na 3,1 posto",
    "Čítajte aj: Parkovanie v Petržalke: prvý rok",
    "இதையும் படிக்க: வெள்ள நிவாரண நிதி அறிவிப்பு",
    "مزید پڑھیں: کراچی میں پانی کی قلت، شہری پریشان",
    "Читайте нас у Telegram: t.me/hromvisnyk",
    "ہمیں فیس بک اور ٹوئٹر پر فالو کریں",
    "אין תגובות עדיין. היו הראשונים להגיב!",
    "No comments yet. Be the first to comment!",
    "Forwarded this email? Subscribe here for more",
    "How did you like today's edition?",
    "Login or Subscribe to participate in polls.",
    "एमजी/एआर/आरपी/एसके",
    "MG/AR/RP/SK",
    "Punya informasi yang ingin dicek? Kirim ke WhatsApp 0811-0000-123.",
    "Got a tip? Send it to us on Signal at +1 202 555 0100.",
    'Zgodnie z RODO informujemy, że korzystamy z plików cookies i przetwarzamy dane osobowe. Kliknij „Akceptuję".',
    "Ảnh: Ngọc Thành",
    "Снимка: БГНЕС",
    "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
]
KEPT = [
    "Още по темата на бюджета ще говорят депутатите в четвъртък.",
    "Pročitajte i vi izvješće koje je Vlada objavila u ponedjeljak.",
    "The minister said on Telegram that the talks would resume.",
    "Be the first to comment on the draft, the council urged residents.",
    "The ministry said 1,200 farmers had registered by WhatsApp, 8% more than last year.",
    "The court ruled on the AB/CD merger on Tuesday.",
    "Polska firma korzysta z danych osobowych klientów, ustalił urząd.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_a_line_of_furniture_is_dropped(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", KEPT)
def test_a_sentence_like_the_furniture_is_kept(text):
    assert not is_boilerplate(text)


def test_a_photo_credit_after_a_caption_in_vietnamese_is_stripped():
    text = "Một trạm thu phí không dừng trên đường Nguyễn Trãi. Ảnh: Ngọc Thành"
    assert strip_noise(text) == "Một trạm thu phí không dừng trên đường Nguyễn Trãi."


def test_a_taiwanese_agencys_editor_and_date_code_is_stripped():
    text = "交通部也說，將同步規劃接駁公車與轉乘設施。（編輯：陳大文）1151207"
    assert strip_noise(text) == "交通部也說，將同步規劃接駁公車與轉乘設施。"


def test_the_rules_are_linear_on_a_long_line_of_slashes_and_questions():
    with cpu_seconds_at_most(1):
        for _ in range(200):
            is_boilerplate("AB/" * 90 + "ab")
            is_boilerplate("Why? " * 50 + "whatsapp " + "1 " * 40)
