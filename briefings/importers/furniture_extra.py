"""More page furniture, in the wordings a fifth outside test of real pages kept (2026-12-07):
"Read also" lead-ins and labels in Indonesian, Swahili, Swedish, Norwegian, Danish, Finnish,
Estonian, Czech, Hungarian, Vietnamese, Korean, Hindi, Bengali, Persian and Hebrew; a Korean copyright line ("무단전재 및 재배포 금지") and
a Persian agency's end mark ("انتهای پیام"); a comment box's "log in to comment"; a "follow us on
WhatsApp!" line ending in "!"; a print edition's "This article appeared in
print…"; a fact-check's "Was this helpful?" and its IFCN signatory line; a republishing licence; a
photo essay's "Photographs and text by …"; a newsletter's web version ("View this email in your
browser", "Forward it to a friend", "You are receiving this email…", "Unsubscribe"); and a line
that is only a name and the dates it was published and updated ("Elin Lindqvist Publicerad 2
december 2026 kl 06.00").

Like furniture.py's, each rule matches the whole of a short paragraph from its start, so a
sentence that merely contains the words stays (tests/importer/test_furniture_extra.py).
"""

import re

_READ_ALSO = (
    r"baca (juga|pula)|simak (juga|pula)|soma (zaidi|pia|hii)|läs (också|även|mer)|les (også|mer)|"
    r"læs (også|mere)|lue (myös|lisää)|loe (ka|lisaks)|"
    r"čtěte (také|též|více)|přečtěte si (také|též)|olvassa el|kapcsolódó( cikk(ek)?)?|"
    r"đọc thêm|xem thêm|tin liên quan|관련\s?기사|함께 볼만한 뉴스|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|"
    r"আরও পড়ুন|আরো পড়ুন|بیشتر بخوانید|بخوانید|مطالب مرتبط|קראו (גם|עוד)|כתבות נוספות"
)
_PARAGRAPHS = [
    # "Baca juga: <headline>", or the label alone.
    rf"({_READ_ALSO})\s*([:：|]|$)",
    # A Korean, Japanese or Chinese copyright line: "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>".
    r".{0,80}(무단\s?전재|무단\s?복제|無断転載|無断複製|版权所有|版權所有)",
    # A Persian news agency's end mark: "انتهای پیام/".
    r"انتهای (پیام|خبر)\s*/?$",
    # A comment box asking to log in: "Log in to comment", "Yorum yapmak için giriş yapın."
    r"((please )?(log in|sign in|register) to (comment|post a comment|join the (conversation|discussion))|"
    r"you must be (logged in|registered) to (post a )?comment|yorum yapmak için (giriş yap|üye ol)|"
    r"zum kommentieren (bitte )?(anmelden|einloggen)|(connectez-vous|identifiez-vous) pour (commenter|réagir)|"
    r"(inicia sesión|regístrate) para comentar|(accedi|registrati) per commentare|faça login para comentar)",
    # "Folgen Sie dem Kreisboten auf WhatsApp!", a channel's promotion ending with its name.
    r"(follow|siga|sigue|segui|suivez|folgen sie|volg|takip edin)\s.{0,40}"
    r"\b(google (news|notícias|noticias|actualités)|telegram|whatsapp|instagram|facebook|tiktok|youtube)\s*!$",
    # A print edition's note and label: "A version of this article appears in print on…".
    r"(a version of )?this (article|story) (appeared|appears|ran|was published) in\b.{0,80}\bprint\b",
    r"from (the|our|today['’]s) print edition\b[^.!?]{0,60}$|from today['’]s paper$",
    r"(dieser (artikel|beitrag) erschien in der (gedruckten ausgabe|printausgabe)|"
    r"(cet )?article paru dans l['’]édition (papier|imprimée|du))\b",
    # A fact-check's "Was this helpful?" box, and its line on the IFCN's code of principles.
    r"(was this (article|story|page|fact-check|information) (helpful|useful)|"
    r"did you find this (article |fact-check )?(helpful|useful)|¿te (ha )?(resultado|parecido) útil|"
    r"¿(le )?ha resultado útil|war (dieser artikel|das) hilfreich|cet article vous a-t-il été utile|"
    r"questo articolo ti è stato utile|este (artigo|conteúdo) (foi|lhe foi) útil)\b.{0,60}\?",
    r".{0,120}\b(signatory|signatories|signatario|signataire|signatária|firmatario|unterzeichner)\b.{0,60}"
    r"\b(ifcn|international fact-checking network)\b.{0,60}$",
    # A republishing box's licence: "Creative Commons license CC BY-ND 4.0".
    r"(republish this (story|article)|creative commons (license|licence)(\s+cc[\w\s./-]{0,30})?$)",
    # A call for readers' letters: "Ihre Meinung ist uns wichtig: Schreiben Sie uns einen Leserbrief."
    r"(ihre meinung (ist uns wichtig|interessiert uns)|your (opinion|views?) matters?( to us)?)\b.{0,100}"
    r"\b(leserbrief|letter|kommentar|comment)",
    # A photo essay's credit line: "Photographs and text by Léa Martin", "Words and pictures by …".
    r"(photographs|photos|pictures|images|words|text)( and (photographs|photos|pictures|images|words|text))? "
    r"by\s+(?-i:[A-ZÀ-ÖØ-Ý])[^.!?]{1,60}$",
    # A newsletter's web version.
    r".{0,200}\b(view|read|open) (this|the) (e-?mail|newsletter|message) (in (your|a|the) (web )?browser|online)\.?$",
    r".{0,80}\bforward (it|this( e-?mail| newsletter)?) to a (friend|colleague)\b",
    r"(got|was) this (e-?mail |newsletter )?(forwarded( to you)?|from a friend)\?",
    r"you('re| are) receiving this (e-?mail|newsletter|message)\b",
    r"(unsubscribe|update (your )?(e-?mail )?preferences|manage (your )?(subscriptions?|preferences))\b[^.!?]{0,80}$",
    r".{0,60}\bissue\s+(no\.?\s*)?#\s?\d{1,5}$",
    r"(presented|sponsored|supported|brought to you) by\s*:?$",
]
FURNITURE_PARAGRAPH = re.compile("^(" + "|".join(_PARAGRAPHS) + ")", re.I)
# "Publicerad 2 december 2026 kl 06.00 Uppdaterad …" after a name: a line that says when the
# article was published, with a digit after the word, and no sentence's end.
_DATE = (
    r"(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}|"
    r"[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4})"
)
_PUBLISHED = re.compile(
    r"(^|\s)(published|updated|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|julkaistu|"
    r"päivitetty|publikováno|aktualizováno|publikované|közzétéve|frissítve|publicat|actualizat|"
    r"veröffentlicht|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano)\s*:?\s*((on|am|le|den|dne)\s+)?"
    + _DATE,
    re.I,
)
_PUBLISHED_MAX = 160
_NAME_BEFORE_MAX = 60  # characters before the word: a name, not a sentence


def is_more_furniture(text):
    """Whether a whole paragraph (of at most 300 characters) is one of these kinds of furniture."""
    return len(text) <= 300 and bool(FURNITURE_PARAGRAPH.match(text) or _is_publication_line(text))


def _is_publication_line(text):
    if len(text) > _PUBLISHED_MAX or text.endswith((".", "!", "?", "。", ":")):
        return False
    match = _PUBLISHED.search(text)
    return bool(match) and match.start() <= _NAME_BEFORE_MAX
