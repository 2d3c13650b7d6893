"""Abbreviations that end a sentence or not by what follows them, and Thai sentence breaks
(2026-12, bench/data/sentence_holdout_6/). sentences.py cuts after them once its other rules have
run (split_after_endings) and asks ends_no_sentence before keeping a break of sentencex's.

- A company's legal form ("Corp.", "Inc.", "Ltd.", "S.A.", "Ltda.", "d.o.o.", "Zrt.", "Kft.") ends
  a sentence when a capital or a quotation follows, unless what follows goes on the name: a title
  ("Acme Corp. Chief Executive Jane Doe…", "Inc. CEO"), another legal form ("S.A.B. de C.V."), the
  seat of a Serbian company ("d.o.o. Beograd"). In Hungarian a name often follows the company
  ("A MÁV Zrt. Kovács Lászlót nevezte ki"), so there only a word that opens sentences ("A",
  "Az", "Ez", "Egy"…) or a quotation ends one.
- A date that sentencex takes for an abbreviation: Spanish "a. C." / "d. C." (BC / AD) after a
  year or a century, Lithuanian "2024 m. kovo 5 d." (year, day), "1936 m.", "XVIII a." (century).
  It ends a sentence before a capital, unless it opens its sentence or clause, with only
  prepositions and time words before it ("En el siglo III a. C." | "Roma…", "Kovo 11 d." |
  "Lietuva…"), or, in Lithuanian, a place in the locative follows ("birželio 3 d. Briuselyje").
- Thai puts a space, not a mark, between sentences, but spaces also stand inside them. A break is
  made only where the evidence is strong: before a connective that opens a sentence ("ทั้งนี้",
  "อย่างไรก็ตาม", "นอกจากนี้"…) unless it follows "ว่า" (that: a reported clause), and after a
  polite particle ending a spoken sentence ("ครับ", "ค่ะ").

Every pattern matches a bounded number of characters from where it starts: linear on any input.
"""

import re

_QUOTES = '"“„«‘‚'
#: Legal forms of a company, written with a final period. Not "Co." ("Co. Cork", an Irish county)
#: nor "Bros." ("Warner Bros. Discovery"): sentencex decides those.
COMPANY_FORMS = {
    "en": ("Corp.", "Inc.", "Ltd.", "Plc.", "plc.", "LLC.", "L.L.C."),
    "es": ("S.A.", "S.L.", "S.A.U.", "S.L.U.", "S.A.B.", "S.A.S.", "S.R.L.", "C.V.", "Ltda."),
    "hu": ("Zrt.", "Kft.", "Nyrt.", "Bt.", "Kkt."),
    "sr": ("d.o.o.", "д.о.о.", "a.d.", "а.д."),
}
#: Words that go on a company's name after its legal form: titles of its officers, another form.
GOES_ON = {
    "en": {
        "Chief", "CEO", "CFO", "COO", "CTO", "President", "Chairman", "Chairwoman", "Chair", "Vice",
        "Executive", "Senior", "Managing", "Director", "Founder", "Co-founder", "Spokesman",
        "Spokeswoman", "Spokesperson", "General", "Head", "Treasurer", "Ltd.", "Inc.", "Co.",
    },
    "es": {"Presidente", "Presidenta", "Consejero", "Consejera", "Director", "Directora", "CEO", "Gerente"},
    # The seat after a Serbian company's form: "NIS a.d. Novi Sad", "Putevi d.o.o. Beograd".
    "sr": {
        "Beograd", "Београд", "Novi", "Нови", "Niš", "Ниш", "Kragujevac", "Крагујевац", "Subotica",
        "Суботица", "Zagreb", "Загреб", "Sarajevo", "Сарајево", "Podgorica", "Подгорица", "Banja",
        "Бања", "Čačak", "Чачак", "Kraljevo", "Краљево", "Pančevo", "Панчево", "Zrenjanin", "Зрењанин",
    },
}  # fmt: skip
#: Hungarian words that open sentences: articles, demonstratives, pronouns, connectives.
OPENERS = {
    "hu": {
        "A", "Az", "Egy", "Ez", "Ezt", "Ezzel", "Ezért", "Emiatt", "Erre", "Ennek", "Ebben", "Ekkor",
        "Így", "De", "Azonban", "Ugyanakkor", "Mint", "Most", "Tavaly", "Idén", "Jelenleg", "Korábban",
        "Később", "Szerinte", "Szerintük", "Közben", "Eközben", "Ő", "Ők", "Nem", "Már", "Még", "Ha",
        "Bár", "Mivel", "Akkor", "Utána", "Ezután", "Végül",
    },
}  # fmt: skip
_LT_MONTHS = (
    "sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio"
)
DATES = {
    "es": r"(?:\d{1,4}|[IVXLC]{1,7}) {1,3}[ad]\. ?(?:de )?C\.",
    "lt": rf"(?:\d{{4}} {{1,3}}m\.(?: {{1,3}}(?:{_LT_MONTHS}) {{1,3}}\d{{1,2}} {{1,3}}d\.)?"
    rf"|(?:{_LT_MONTHS}) {{1,3}}\d{{1,2}} {{1,3}}d\.|[IVXL]{{1,6}} {{1,3}}a\.|\d{{1,2}}(?:[.:]\d\d)? {{1,3}}val\.)",
}
#: Prepositions and time words that may stand before a date opening its sentence.
_OPENER_WORDS = {
    "es": "en|el|la|los|las|del|de|desde|hacia|hasta|año|años|siglo|siglos|a|al|finales|principios|"
    "mediados|comienzos|alrededor|ya|entre|y|o|durante|antes|después|sobre|por|milenio|ya en",
    "lt": "nuo|iki|po|prieš|per|jau|dar|ir|o|bet|tik|apie|pernai|dar|tačiau|pat|tą|šių|metų|"
    "šiandien|rytoj|poryt|vakar|užvakar|šįryt|šįvakar|ryte|vakare|pirmadienį|antradienį|trečiadienį|"
    "ketvirtadienį|penktadienį|šeštadienį|sekmadienį",
}
_DATE_OPENER = {
    language: re.compile(rf"(?:^|[,;:]\s{{1,3}})(?:(?:{words})\s{{1,3}}){{0,6}}(?:{DATES[language]})$", re.I)
    for language, words in _OPENER_WORDS.items()
}
#: Lithuanian pronouns in the locative, which open sentences ("Jame dalyvaus…").
_LT_LOCATIVE_OPENERS = {"Jame", "Joje", "Juose", "Jose", "Tame", "Toje", "Šiame", "Šioje", "Kitame", "Kitoje"}
_NEXT = r"(?=\s{1,3}(?P<quote>[" + _QUOTES + r"]?)(?P<word>[^\W\d_][\w'’.-]{0,40}))"


def _ending_pattern(language):
    parts = []
    if forms := COMPANY_FORMS.get(language):
        parts.append(rf"(?<![\w.])(?P<form>{'|'.join(re.escape(form) for form in forms)})")
    if date := DATES.get(language):
        flags = "(?i:" if language == "lt" else "(?:"  # "Kovo 11 d." opens a sentence in capitals
        parts.append(rf"(?<![\w.])(?P<date>{flags}{date}))")
    return re.compile(rf"(?:{'|'.join(parts)}){_NEXT}")


_ENDINGS = {language: _ending_pattern(language) for language in COMPANY_FORMS.keys() | DATES.keys()}
_LAST_FORM = {
    language: re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(form) for form in forms)})$")
    for language, forms in COMPANY_FORMS.items()
}
_WORD = re.compile(r"[" + _QUOTES + r"]?([^\W\d_][\w'’.-]{0,40})")
_ERA_CUT = re.compile(r"(?<![\w.])(?:\d{1,4}|[IVXLC]{1,7}) {1,3}[ad]\.$")  # "120 d." | "C. Hoy…"


def _form_ends(language, quote, word):
    """Whether a company's legal form before `word` (maybe after a quotation mark) ends a sentence."""
    if quote:
        return True
    if language in OPENERS:
        return word in OPENERS[language]
    return word[:1].isupper() and word not in GOES_ON.get(language, ())


def _opens(language, text, whole):
    """Whether `text`, ending in a date, is only that date and its prepositions: the sentence's
    or clause's opening. `whole` says whether `text` starts where its sentence does."""
    match = _DATE_OPENER[language].search(text)
    return bool(match) and (match.start() > 0 or whole)


def _date_ends(language, quote, word, before, whole):
    if not (quote or word[:1].isupper()) or _opens(language, before, whole):
        return False
    word = word.rstrip(".")
    locative = word.endswith("e") and word not in _LT_LOCATIVE_OPENERS  # "Vilniuje", "Kaune", "Seime"
    return not (language == "lt" and not quote and locative)


def _cuts(paragraph, start, end, language):
    """Where the sentence paragraph[start:end] ends after a company's form or a date."""
    for match in _ENDINGS[language].finditer(paragraph, start, end):
        quote, word = match.group("quote"), match.group("word")
        if match.groupdict().get("form"):
            ends = _form_ends(language, quote, word)
        else:
            begin = max(start, match.end() - 120)
            ends = _date_ends(language, quote, word, paragraph[begin : match.end()], begin == start)
        if ends:
            yield match.end()


def split_after_endings(paragraph, spans, language):
    """Each span cut after a company's form or a date that ends a sentence, and, in Thai, at
    a space before a sentence's connective or after a polite particle."""
    if language == "th":
        return _split_thai(paragraph, spans)
    if language not in _ENDINGS:
        return spans
    result = []
    for start, end in spans:
        for cut in _cuts(paragraph, start, end, language):
            result.append((start, cut))
            start = cut
            while start < end and paragraph[start].isspace():
                start += 1
        result.append((start, end))
    return result


def ends_no_sentence(previous, following, language):
    """Whether a break of sentencex's after `previous` (its last characters, a whole sentence when
    shorter than 64) is wrong: inside "d. C.", after a company's form a name or a title goes on, or
    after a date that opens its sentence."""
    if language == "es" and following.startswith("C.") and _ERA_CUT.search(previous, len(previous) - 12):
        return True
    word = _WORD.match(following)
    if not word:
        return False
    quote = following[:1] in _QUOTES
    if language in _LAST_FORM and _LAST_FORM[language].search(previous, len(previous) - 8):
        return not _form_ends(language, quote, word.group(1))
    if language in _DATE_OPENER:
        return _opens(language, previous, len(previous) < 64)
    return False


_THAI = "\u0e00-\u0e7f"
#: Connectives that open a Thai sentence: in this regard, however, moreover, meanwhile, later, after
#: that, before this, therefore, for this reason.
THAI_OPENERS = (
    "ทั้งนี้", "อย่างไรก็ตาม", "อย่างไรก็ดี", "นอกจากนี้", "นอกจากนั้น", "ขณะเดียวกัน", "ในขณะเดียวกัน",
    "ต่อมา", "จากนั้น", "หลังจากนั้น", "ก่อนหน้านี้", "ดังนั้น", "ด้วยเหตุนี้",
)  # fmt: skip
#: Polite particles that end a spoken sentence.
THAI_FINAL = ("ครับ", "ค่ะ", "คะ", "นะคะ", "นะครับ", "จ้ะ", "จ้า")
#: "แล้ว" (already) closes a clause of completed action, and news writing ends sentences with it;
#: before a space it ends one unless the next word carries the sentence on: then, so, and, but,
#: which, that, because, until, or, by, making, causing, is, also, again, (time) went by.
THAI_CONTINUING = (
    "ก็", "จึง", "และ", "แต่", "ซึ่ง", "ที่", "เพราะ", "จน", "หรือ", "โดย", "ทำให้", "ส่งผล", "เป็น", "ด้วย",
    "อีก", "ยัง", "เมื่อ", "หลัง", "ก่อน", "ตั้งแต่", "เช่น", "รวม", "จำนวน",
)  # fmt: skip
_THAI_BREAK = re.compile(
    rf"(?<=\S) {{1,3}}(?=(?:{'|'.join(THAI_OPENERS)}))"
    rf"|(?:{'|'.join(f'(?<={particle})' for particle in THAI_FINAL)}) {{1,3}}(?=[{_THAI}])"
    rf"|(?<=[{_THAI}]แล้ว) {{1,3}}(?!{'|'.join(THAI_CONTINUING)})(?=[{_THAI}])"
)


def _split_thai(paragraph, spans):
    result = []
    for start, end in spans:
        for match in _THAI_BREAK.finditer(paragraph, start, end):
            if paragraph[max(start, match.start() - 3) : match.start()] == "ว่า":  # a reported clause
                continue
            result.append((start, match.start()))
            start = match.end()
        result.append((start, end))
    return result
