"""More page furniture, in the wordings an eighth outside test of real pages found kept (2026-12):
"Read also" labels in Bulgarian, Catalan, Croatian (and Serbian, Bosnian), Slovak, Slovenian,
Tamil and Urdu; follow-us lines naming the platform ("Читайте нас у Telegram", Urdu "ہمیں … فالو
کریں"); a comment box's "Be the first to comment" (Hebrew and eight more languages); a newsletter's
"Forwarded this email?", its reader poll ("How did you like today's edition?", "Login or Subscribe
to participate in polls."); a government press release's sign-off of initials ("MG/AR/RP/SK",
"एमजी/एआर/आरपी/एसके"); a fact-checker's tip line (a question, then where to send it: "Punya
informasi yang ingin dicek? Kirim ke WhatsApp 0811-0000-123."); a Polish cookie notice
("korzystamy z plików cookies").

Like furniture.py's, each rule matches the whole of a short paragraph from its start, so a
sentence that holds the words stays (tests/importer/test_furniture_languages.py).
"""

import re

_READ_ALSO = (
    r"още по темата|прочетете (още|също)|вижте (още|също)|"
    r"llegiu també|llegeix també|també et pot interessar|"
    r"pročitajte (i|još|također)|pročitaj (i|još)|vezane vijesti|povezane vijesti|прочитајте (и|још)|"
    r"čítajte (aj|tiež|viac)|prečítajte si (aj|tiež)|súvisiace články|preberite (tudi|še)|"
    r"இதையும் படிக்க(வும்)?|மேலும் படிக்க|இதையும் படியுங்கள்|مزید پڑھیں|یہ بھی پڑھیں|"
    # Georgian, Lithuanian, Latvian, Nepali, Filipino and Spanish (a ninth outside test, 2026-12).
    r"ასევე (წაიკითხეთ|იხილეთ|ნახეთ)|(წაიკითხეთ|იხილეთ) ასევე|მსგავსი სიახლეები|დაკავშირებული (სიახლეები|სტატიები)|"
    r"taip pat (skaitykite|skaityk|žiūrėkite)|skaitykite (taip pat|daugiau)|susiję straipsniai|"
    r"susijusios naujienos|daugiau skaitykite|lasi (arī|vairāk)|lasiet arī|saistītie raksti|"
    r"यो पनि (पढ्नुहोस्|पढ्नुस्|हेर्नुहोस्)|यी पनि पढ्नुहोस्|सम्बन्धित (समाचार|खबर)|थप पढ्नुहोस्|"
    r"basahin( din| rin)?( ang)?|basahin ang (buong|iba pang)\b.{0,20}|kaugnay na (balita|artikulo)|"
    r"más información|más noticias"
)
_PARAGRAPHS = [
    rf"({_READ_ALSO})\s*([:：|]|$)",
    # A follow-us line naming the platform: "Читайте нас у Telegram: t.me/…".
    r"(читайте|слідкуйте за|стежте за) (нас|нами|новинами) (у|в|на) (telegram|телеграм|viber|facebook|instagram)\b",
    r"ہمیں .{0,60}(فالو|سبسکرائب) کریں",
    # A comment box with no comments yet.
    r"((no comments yet\.?\s*)?be the first to (comment|reply)|(אין תגובות( עדיין)?\.?\s*)?(היו|היה|היי) "
    r"(ה)?ראשונ(ים|ה|ות)? להגיב|(noch )?keine kommentare( vorhanden)?(\.?\s*schreiben sie den ersten)?|"
    r"soyez (le|la) premi(er|ère) à (commenter|réagir)|sé el primero en comentar|commenta per prim[oa]|"
    r"seja o primeiro a comentar|bądź pierwsz(y|ą),? (który|która) skomentuje|будьте первым,? кто "
    r"(прокомментирует|оставит комментарий))\s*[.!]?$",
    # A newsletter's "Forwarded this email?" and its reader poll.
    r"(forwarded|was forwarded) this (e-?mail|newsletter)\?",
    r"(how did you like|what did you think of|how would you rate) (today['’]s|this( week['’]s)?) "
    r"(edition|newsletter|issue|e-?mail)\?",
    r"(log ?in|sign in) or subscribe to participate in polls\.?$",
    # A press release's sign-off of initials: "MG/AR/RP/SK", "एमजी/एआर/आरपी/एसके".
    r"(?-i:[^\s/a-z0-9.,;:!?]{1,6})(\s?/\s?(?-i:[^\s/a-z0-9.,;:!?]{1,6})){2,}$",
    # A tip line: a question, then where to send it.
    r"[^.!?]{5,120}\?\s+[^.!?]{0,60}\b(whatsapp|telegram|signal|viber|sms|e-?mail)\b[^.!?]{0,40}"
    r"\+?\d[\d\s-]{6,}\d\.?$",
    # A Polish cookie notice: "Zgodnie z RODO informujemy, że korzystamy z plików cookies…".
    r".{0,120}\b(korzystamy z|stosujemy|wykorzystujemy) (plików |pliki )?cookies?\b",
]
MORE_FURNITURE = re.compile("^(" + "|".join(_PARAGRAPHS) + ")", re.I)
_MAX = 300


def is_more_furniture(text):
    """Whether a whole paragraph is one of these kinds of furniture (see the docstring)."""
    return len(text) <= _MAX and bool(MORE_FURNITURE.match(text))
