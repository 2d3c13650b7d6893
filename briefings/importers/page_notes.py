"""Notes a newsroom's template puts under or inside the article, in the wordings an eighth outside
test of saved pages found kept (2026-12): a source line naming agencies ("المصدر: الجزيرة +
الفرنسية", "Źródło: PAP", "Kaynak: AA"); a wire's pointer to its coverage ("Follow AP’s coverage
of wildfires: https://…") and its funder's note ("The Associated Press receives support from … The
AP is solely responsible for all content."); a metered paywall's count and a gift box ("Você
atingiu o limite de 5 reportagens por mês", "Assinantes podem liberar 7 acessos por dia…"); an
advertisement's "SCROLL TO RESUME CONTENT" and a promoted video ("Simak Video …:", "Dalsza część
artykułu pod materiałem wideo"); a copyright line that does not open with the sign ("日本経済新聞社の
関連サイト … Copyright © 2026 Nikkei Inc."); a comment box's disclaimer; a Korean agency's tip box
("◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다."); "click here" lines; follow lines in
Hindi and Bengali, whose verb comes last ("… গুগল নিউজ চ্যানেল ফলো করুন").

Like furniture.py's, each rule matches the whole of a short paragraph from its start, so a
sentence that holds the words stays (tests/importer/test_page_notes.py).
"""

import re

# The label of a source line, in the languages of the outside tests.
_SOURCE = (
    r"sources?|fuentes?|fontes?|quellen?|źródł[oa]|kaynak(lar)?|sumber|chanzo|المصدر|المصادر|منبع|מקור|"
    r"स्रोत|উৎস|出典|出所|来源|來源|출처|nguồn|джерело|источник|πηγή|bron|kilde|källa|lähde|zdroj|forrás|izvor"
)
# What follows the label: a few names joined by "+", ",", "/", "and", never a sentence.
_SOURCE_LINE = re.compile(rf"^({_SOURCE})\s*[:：]\s*([^.!?。؟\s]+\s?){{1,8}}$", re.I)

_PARAGRAPHS = [
    # A wire's pointer to its coverage: "Follow AP’s coverage of wildfires: https://…", "For more
    # of AP's coverage, visit https://…".
    r"(follow|see|find|read) (\w+['’]s|our|the|more of \w+['’]s) (\w+ ){0,4}coverage\b.{0,120}"
    r"(https?://|www\.)\S+\s*\.?$",
    r"for (more|all) (of )?(\w+['’]s|our) (\w+ ){0,3}coverage,? (visit|go to|see|head to)\s+(https?://|www\.)\S+\s*\.?$",
    # A funder's note: "The Associated Press receives support from … The AP is solely responsible
    # for all content."
    r"(the )?[\w .’'&-]{1,80}? receives (financial )?support from\b.{0,240}?\bis solely responsible for "
    r"(all )?(the )?content\b.{0,160}$",
    # A metered paywall's count, and a gift box.
    r"(you['’]ve|you have) reached (your|the) (limit|maximum)\b.{0,200}$|"
    r"você atingiu o limite\b.{0,200}$|(has|ha) (alcanzado|llegado a) (el|tu) límite\b.{0,200}$|"
    r"vous avez atteint (la|votre) limite\b.{0,200}$|sie haben (das|ihr) limit\b.{0,200}$",
    r"(assinantes|subscribers|suscriptores|abonnés|abonnenten|abbonati) (podem|can|pueden|peuvent|können|"
    r"possono) (liberar|gift|share|regalar|offrir|verschenken|regalare)\b.{0,120}$",
    r"jiunge (na|sasa)\b.{0,80}\b(t?sh|ksh)\.?\s?\d.{0,60}$",
    # An advertisement's "SCROLL TO RESUME CONTENT", and a promoted video.
    r"(advertisement|advertisment|iklan|publicidad|anuncio|reklama)?\s*scroll (down )?to (continue|resume)\b"
    r"[^.!?]{0,30}$",
    r"(simak|saksikan|tonton) (juga )?video\b[^.!?]{0,120}$",
    r"dalsza część (artykułu|tekstu|materiału) (znajduje się )?pod (materiałem wideo|wideo|reklamą|filmem)\.?$",
    # A copyright line that names the site before the sign: "… Copyright © 2026 Nikkei Inc. …".
    r".{0,100}\bcopyright\s*(©|\(c\))\s*\d{4}\b",
    # A comment box's disclaimer.
    r"(os )?comentários (não representam|são de (inteira )?responsabilidade)|"
    r"(the )?comments (do not|don['’]t) (represent|reflect) the (views|opinions?)\b|"
    r"los comentarios (no representan|son (de )?(exclusiva )?responsabilidad)|"
    r"les commentaires (ne reflètent|n['’]engagent|sont sous la responsabilité)",
    # A Korean agency's tip box: "◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다."
    r"[◎▶■□※☞]?\s*.{0,60}(소중한 )?제보를 기다립니다",
    # "Click here", at a line's end.
    r"[^.!?]{0,80}\bclick here\s*[.!]?$|.{0,80}(यहां|यहाँ|इधर) क्लिक करें\s*[।.!]?$",
    # A follow line whose verb comes last: Hindi and Bengali.
    r".{0,80}(गूगल न्यूज़|गूगल न्यूज|फेसबुक|व्हाट्सऐप|व्हाट्सएप|यूट्यूब|टेलीग्राम|इंस्टाग्राम).{0,20}"
    r"(फॉलो|सब्सक्राइब|ज्वाइन) करें\s*[।!]?$",
    r".{0,80}(গুগল নিউজ|ফেসবুক|হোয়াটসঅ্যাপ|ইউটিউব|টেলিগ্রাম|ইনস্টাগ্রাম).{0,20}(ফলো|সাবস্ক্রাইব|লাইক|যুক্ত) "
    r"(করুন|হোন)\s*[।!]?$",
]
PAGE_NOTE = re.compile("^(" + "|".join(_PARAGRAPHS) + ")", re.I)
_MAX = 400  # a funder's note runs to two sentences and a link


def is_page_note(text):
    """Whether a whole paragraph is one of these notes (see the docstring)."""
    return len(text) <= _MAX and bool(PAGE_NOTE.match(text) or _SOURCE_LINE.match(text))
