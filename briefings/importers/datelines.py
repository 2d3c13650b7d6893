"""Lines that only say when (a seventh outside test, 2026-12): a page's dates and times under the
headline ("Le 27/11/2026 à 17:45", "Publicado el 3 de marzo de 2026 a las 10:15", "입력 2026.12.04
10:15", "Updated 3 hours ago · 4 min read", "December 7, 2026 9:42 AM GMT"), a press release's
"Paris, le 4 décembre 2026", a print view's "Impresso em 04/12/2026 às 15h40"; a loading
placeholder left in the saved page ("Artikel wird geladen …", "Cargando…", "로딩 중..."); and a
podcast's chapter list ("(00:00) Intro", "12:40 Kuyular ve yeraltı suyu").

A date line is read word by word, never by one pattern over the whole: every word must be a
number (a date, a time, "2026년"), a month, a unit of time, one of the small words around dates
("le", "a las", "um", "kl"), a word saying the page was published, updated or printed, or a
separator; and the line must say it is a time stamp: such a word, a clock time, "ago", or a
reading time. So "9. November 1989" (a heading), "Updated figures for 2025" and every sentence
stay. Linear in the line's length.
"""

import re

from .document import Block


def _words(text):
    return text.split()


_LINE_MAX = 90
_WORDS_MAX = 16
# Words saying the page was published, updated or printed (each word of a phrase on its own).
_STAMPS = frozenset(
    _words("""published updated posted last update modified printed first publié publiée mis à jour modifié
    imprimé publicado publicada actualizado actualizada modificado impreso atualizado atualizada
    impresso pubblicato aggiornato aggiornamento ultimo stampato veröffentlicht aktualisiert
    stand gedruckt erstellt zuletzt gepubliceerd bijgewerkt laatste gewijzigd geprint publicerad
    uppdaterad senast utskriven yayınlanma yayımlanma yayınlandı güncelleme güncellendi son
    입력 수정 업데이트 기사입력 최종수정 등록 süre duration durée dauer duración durata duração duur
    speltid""")
)
_SMALL = frozenset(
    _words("""le la les l' à a au las los el del de des da do em às as il alle ore ora am um on at op om
    kl kl. klockan den the of in saat saati h uhr heure heures hrs gmt utc cet cest est edt et
    pt bst a.m. p.m. am pm und and y e et i och ve en o""")
)
_MONTHS = frozenset(
    _words("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre janv févr avr juil sept oct déc januar februar
    märz april juni juli oktober dezember jänner enero febrero marzo abril mayo junio julio agosto
    septiembre setiembre octubre noviembre diciembre ene dic gennaio febbraio aprile maggio giugno
    luglio settembre ottobre dicembre gen mag giu lug ott janeiro fevereiro março maio junho
    julho setembro outubro novembro dezembro fev abr set out dez januari februari maart mei juni
    juli augustus oktober mars augusti ocak şubat mart nisan mayıs haziran temmuz ağustos eylül
    ekim kasım aralık""")
)
_UNITS = frozenset(
    _words("""s sec secs second seconds m min mins minute minutes h hr hrs hour hours day days week weeks
    minuten minute stunde stunden std tag tagen heure heures jour jours minuto minutos hora horas
    día días dia dias minuti ore ora giorno giorni uur minuut minuten dag dagen timme timmar
    minut minuter dagar dakika saat gün dk sa 분 시간 일""")
)
# What makes a line of dates a time stamp rather than a date a heading or a table may hold.
_RELATIVE = frozenset(
    _words(
        "ago fa hace há vor geleden sedan önce 전 read lesezeit lecture lectura lettura leestijd lästid okuma"
    )
)
_NUMBER = re.compile(r"^\d{1,4}(?:[./-]\d{1,4}){0,2}[.,]?(?:년|월|일|시|분|h|er|º|°)?$")
_CLOCK = re.compile(r"^\d{1,2}(?:[:h]\d{2}|\.\d{2}(?=$|h))(?::\d{2})?h?$|^\d{1,2}h$|^\d{1,2}(?:시|분)$")
_SEPARATORS = frozenset(_words("· • | — – - , : ∙ / ( )"))
_DIGIT_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_PLACE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,3},\s")
_TRIM = ",.:;()"


def _kind(word):
    """What a word of a date line is: "clock", "number", "stamp", "relative", "word" (a month, a
    unit, a small word, a separator), or None for any other word."""
    lower = word.lower()
    if lower in _SEPARATORS:
        return "word"
    bare = lower.strip(_TRIM) or lower
    if _CLOCK.match(bare):
        return "clock"
    if _NUMBER.match(bare):
        return "number"
    if bare in _STAMPS:
        return "stamp"
    if bare in _RELATIVE:
        return "relative"
    if bare in _MONTHS or bare.rstrip(".") in _MONTHS or bare in _UNITS or bare in _SMALL:
        return "word"
    return None


def _kinds(text):
    words = text.split()
    if len(text) > _LINE_MAX or len(words) > _WORDS_MAX or text.endswith(("!", "?")):
        return None
    kinds = {_kind(word) for word in words}
    return None if None in kinds else kinds


def is_date_line(text, *, stamped=True):
    """Whether `text` is only dates and times (see the module's docstring). With `stamped`, it
    must also say it is a time stamp; a press release's "Paris, le 4 décembre 2026" (a place,
    a comma, then a date) is one."""
    if len(text) > _LINE_MAX:
        return False
    place = _PLACE.match(text)
    if place and (not stamped or not all(word[0].isupper() for word in place.group().split())):
        return False
    rest = text[place.end() :] if place else text
    kinds = _kinds(rest)
    if not kinds or not kinds & {"number", "clock"}:
        return False
    if place or not stamped:
        return _has_date(rest)
    return bool(kinds & {"clock", "stamp", "relative"})


def _has_date(text):
    """Whether `text` names a day: a month's name, or a date in digits ("27/11/2026")."""
    return any(
        _DIGIT_DATE.match(word.strip(_TRIM)) or word.lower().strip(_TRIM).rstrip(".") in _MONTHS
        for word in text.split()
    )


_LOADING = re.compile(
    r"^(?:[^\W\d_]+\s){0,2}(?:loading|wird geladen|lädt|laden|chargement|cargando|caricamento|carregando|"
    r"a carregar|laddar|yükleniyor|ładowanie|загрузка|завантаження|로딩\s?중|불러오는\s?중|読み込み中|加载中)"
    r"(?:\s(?:en cours|in corso|\.\.\.))?\s*(?:…|\.{2,3})?$",
    re.I,
)
_LOADING_MAX = 40


def is_loading_placeholder(text):
    """Whether `text` is a loading placeholder: "Artikel wird geladen …", "Loading…"."""
    return len(text) <= _LOADING_MAX and bool(_LOADING.match(text))


# A podcast's chapter: a time at the start, then a short title that ends no sentence.
_CHAPTER = re.compile(r"^[(\[]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[)\]]?\s*[-–—:]?\s+[^.!]{1,80}$")
_CHAPTERS_MIN = 3


def _chapter_seconds(text):
    match = _CHAPTER.match(text)
    if not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _chapter_times(block):
    """The chapter times of a paragraph or list made only of chapter lines in rising order, or None."""
    if block.kind not in (Block.PARAGRAPH, Block.LIST):
        return None
    times = [_chapter_seconds(text) for text in block.texts]
    return times if None not in times and times == sorted(times) else None


def drop_chapter_lists(document):
    """Drop each run of three or more chapter lines in rising time order (in one list, or in
    paragraphs one after another): a live blog's times fall, and an entry is a sentence."""
    kept, run = [], []
    for block in document.blocks:
        times = _chapter_times(block)
        if times and run and times[0] > run[-1][1][-1]:
            run.append((block, times))
            continue
        kept.extend(_unless_chapters(run))
        run = [(block, times)] if times else []
        if not times:
            kept.append(block)
    kept.extend(_unless_chapters(run))
    document.blocks = kept


def _unless_chapters(run):
    chapters = sum(len(times) for _, times in run)
    return [] if chapters >= _CHAPTERS_MIN else [block for block, _ in run]
