"""What a page asks of its reader (briefings/importers/page_calls.py, a ninth outside test of real
pages, 2026-12), the read-also labels and wire credits found with it, and sentences like them
that stay."""

import pytest

from briefings.importers.boilerplate import is_boilerplate, strip_noise

CALLS = [
    "Follow BBC Cornwall on X, Facebook and Instagram. Send your story ideas to spotlight.cornwall@bbc.co.uk.",
    "Follow us on Instagram for more photos from the festival",
    "Ikuti kami di saluran Telegram untuk berita terkini.",
    "Sertai saluran WhatsApp kami untuk berita terkini",
    "📲 Participe do canal do Portal Sul PR no WhatsApp",
    "Siga-nos no Instagram e no Facebook para acompanhar as notícias da cidade.",
    "Síguenos en Google News y no te pierdas nada",
    "Suivez-nous sur Facebook et Instagram",
    "Folgen Sie uns auf Instagram und TikTok.",
    "ما را در تلگرام دنبال کنید",
    "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.",
    "Подписывайтесь на наш канал в Telegram",
    "הצטרפו לערוץ הטלגרם שלנו",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
    "berita Kompas.com WhatsApp Channel: https://bit.ly/WACompas.",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram.",
    "Send your story ideas to newsdesk@example.org",
    "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
    "Recarga la página para ver las últimas entradas",
    "Refresh the page to see the latest updates",
    "扫一扫在手机打开当前页",
    "VÍDEOS: mais assistidos do Portal Sul PR",
    "Veja mais notícias da região no Portal Sul PR.",
    "For information media. Not an official record.",
    "For information media - not an official record",
    "À l'intention des organes d'information • Document non officiel",
    "9,812th Meeting (AM)",
    "Purchase Licensing Rights, opens new tab",
]
LABELS = [
    "ასევე წაიკითხეთ: მგზავრობის საფასური იზრდება",
    "Taip pat skaitykite: Sostinėje brangsta viešasis transportas",
    "Susiję straipsniai",
    "यो पनि पढ्नुहोस्: पेट्रोलको मूल्य फेरि घट्यो",
    "BASAHIN: Presyo ng gulay tumaas dahil sa bagyo",
    "Basahin din: Bagong tulay sa Marikina",
    "Más información: Quién es quién en la segunda vuelta",
    "相关阅读",
    "Penulis",
    "Reporting by Fabián Cambero; Editing by Sonali Paul",
    "Writing by Ana Ruiz; additional reporting by Tom Hale; Editing by Lee Park.",
]
KEPT = [
    "Follow the money on Facebook's ad library, the report said.",
    "Follow-up talks on WhatsApp's privacy rules were held in Brussels on Monday.",
    "Join us on the picket line, the union's leader told workers at the depot.",
    "The ministry said it would follow us on the matter, then posted on Telegram.",
    "Siga a investigação: a polícia disse que o suspeito usava o Telegram para vender armas, "
    "mas o juiz rejeitou o pedido de prisão, e o caso segue no tribunal regional desde março deste ano, "
    "com audiências marcadas para fevereiro, quando os advogados vão ouvir as testemunhas da acusação.",
    "Reporting by the BBC found that 40 councils had cut bus subsidies.",
    "Taip pat skaitykite ataskaitą, kurią ministerija paskelbė pirmadienį.",
    "Más información sobre el plan estará disponible en marzo, dijo la ministra.",
    "The UN said the meeting was not an official record of the talks.",
    "Ctrl+Enter sends the message in most chat apps, the guide explains to new users of the service.",
]


@pytest.mark.parametrize("text", CALLS + LABELS)
def test_a_call_to_the_reader_or_a_label_is_dropped(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", KEPT)
def test_a_sentence_like_them_is_kept(text):
    assert not is_boilerplate(text)


def test_a_chinese_agencys_reporter_after_its_dateline_is_stripped():
    text = "新华社北京12月7日电（记者李华）工业和信息化部7日发布数据显示，全国新建5G基站62.4万个。"
    assert strip_noise(text) == "新华社北京12月7日电工业和信息化部7日发布数据显示，全国新建5G基站62.4万个。"
