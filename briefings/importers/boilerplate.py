"""What a saved page carries besides the article: cookie notices, "Read more:" lines, sign-up
boxes, credits, bylines, related-links lists, template syntax. The rules are conservative on
purpose: each matches the whole of a short paragraph in a known wording (English, German,
French; the commonest labels, lead-ins, credits, sign-up lines and cookie notices also in Spanish,
Italian, Portuguese, Polish, Russian, Ukrainian, Dutch, Greek, Turkish and Romanian), or strips a token that is never prose (a pic.twitter.com link, `{{…}}`), so that a
real sentence is never dropped.

`tidy(document)` applies them to a parsed document's blocks; it also makes all-caps lines
headings, drops headings that repeat the title or a pull quote, and keeps a boilerplate
heading ("Related", "Newsletter") from swallowing the rest of the article.
"""

import re

from .bylines import BRACKETED_CREDIT, is_bare_name, is_byline
from .document import Block, clean_inline, has_words
from .furniture import is_furniture, strip_markers

_LABELS = (
    r"related|related (articles?|stories|posts|content|links|coverage|reading|topics)|more (stories|on this( story)?)|"
    r"recommended( for you| reading)?|editors?['’]? (recommendations|picks)|you (may|might) also like|"
    r"read (more|next|also)|see also|newsletter|sign up|subscribe|log in|sign in|comments?|leave a (comment|reply)|"
    r"share( this)?( (post|article|story))?|advertisement|"
    r"verwandte (artikel|themen|beiträge)|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|"
    r"weitere artikel|auch interessant|kommentare?|anzeige|beitrag teilen|teilen|"
    r"(à )?lire aussi|sur le même sujet|articles? liés?|dans la même rubrique|commentaires?|réactions|"
    r"publicité|partager( cet article)?|voir aussi|"
    r"noticias relacionadas|artículos relacionados|te puede interesar|lo más leído|comentarios|compartir|"
    r"publicidad|articoli correlati|potrebbe interessarti|commenti|condividi|pubblicità|"
    r"notícias relacionadas|veja também|leia também|comentários|compartilhe|publicidade|"
    r"powiązane artykuły|czytaj (także|też)|zobacz (także|też)|polecamy|komentarze|udostępnij|reklama|"
    r"читайте также|материалы по теме|новости по теме|по теме|похожие материалы|комментарии|поделиться|"
    r"реклама|читайте також|за темою|схожі матеріали|коментарі|поділитися|"
    r"lea también|sigue leyendo|leggi anche|approfondisci|leia mais|zobacz również|czytaj więcej|"
    r"ещё по теме|еще по теме|новости партнеров|новини партнерів|"
    r"lees ook|lees meer|gerelateerde artikelen|meer nieuws|advertentie|delen|"
    r"διαβάστε (επίσης|ακόμη)|δείτε (επίσης|ακόμη)|σχετικά άρθρα|διαφήμιση|κοινοποίηση|"
    r"ilgili haber(ler)?|haberin devamı|reklam|paylaş|"
    r"citește (și|mai mult)|articole similare|publicitate|distribuie|"
    # A table of contents' label, whose list of links follows (a seventh outside test, 2026-12).
    r"table of contents|contents|inhaltsverzeichnis|sommaire|table des matières|índice|indice|sumário|"
    r"inhoudsopgave|innehållsförteckning|içindekiler|목차|spis treści|"
    # Related reading in Chinese, and an Indonesian credit box's labels (a ninth outside test, 2026-12).
    r"相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|相關閱讀|相關新聞|相關報導|延伸閱讀|penulis|penyunting|pewarta"
)
BOILERPLATE_LABEL = re.compile(rf"^({_LABELS})\s*[:.…]?$", re.I)

# A live blog's entry time on its own: "14:20", "14.20 Uhr", "9:15 a.m.", "10h32".
_BARE_TIME = r"\d{1,2}([:.]\d{2}\s*(uhr|h|a\.m\.|p\.m\.)?|h\d{2})$"
BARE_TIME = re.compile(rf"^{_BARE_TIME}", re.I)
# A whole paragraph in one of these wordings is not part of the article.
_PARAGRAPHS = [
    r"(read more|read also|see also|related|more on this|read next|lire aussi|à lire aussi|voir aussi|"
    r"mehr zum thema|weiterlesen|lesen sie auch|auch interessant|"
    r"lea también|lee también|te puede interesar|leggi anche|leia também|veja também|"
    r"czytaj (także|też)|zobacz (także|też)|читайте (также|також)|по теме|"
    r"leia mais|approfondisci|zobacz również|lees ook|διαβάστε (επίσης|ακόμη)|δείτε (επίσης|ακόμη)|"
    r"ilgili haber|citește și)\s*[:|]",
    # A line that says the article goes on after an advertisement.
    r"(continua após a publicidade|continua a leggere dopo la pubblicità|sigue leyendo tras el anuncio|"
    r"(story|article) continues (below|after)( the)? (advertisement|ad)|"
    r"het artikel gaat verder (onder|na) de advertentie|articolul continuă după reclamă|"
    r"artykuł jest kontynuacją poniżej reklamy|dalsza część artykułu pod reklamą)\.?$",
    r"(this|the) (article|story|post|piece) (was )?(originally|first) (appeared|published|ran)\b",
    r"dieser (artikel|beitrag|text) (erschien|ist) (zuerst|ursprünglich)\b",
    r"cet article (a été )?(initialement|d'abord|originellement) (publié|paru)\b",
    r"our standards\s*:",
    r"(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4}))",
    r"(written|posted) by\s*:?\s",
    r"view all posts by\b|alle (beiträge|artikel) von\b|voir tous les articles de\b",
    r"(sign up|subscribe|register|get our|join our)\b.{0,80}\b(newsletter|inbox|e-?mail|best content|updates)",
    r"(melden sie sich|abonnieren sie)\b.{0,80}\b(newsletter|e-mail|nachrichten)",
    r"(inscrivez-vous|abonnez-vous)\b.{0,80}\b(newsletter|lettre d'information|e-mail)",
    # "Get the best of The Ledger delivered to your inbox", "The best of X, straight to your inbox".
    r"(get|receive|have|the best of)\b.{0,80}\b(delivered|sent|straight|direct(ly)?)\b.{0,20}\b(to|in|into) your inbox\b",
    # "Receive / get" and a newsletter, in the other languages: "Recibe cada mañana el boletín…",
    # "Ricevi ogni mattina la nostra newsletter", "Ontvang elke ochtend … onze nieuwsbrief",
    # "Получайте главные новости на почту".
    r"(recibe|reciba|apúntate|apúntese|inscríbete|regístrate|receba|cadastre-se|ricevi|registrati|"
    r"recevez|erhalten sie|bestellen sie|ontvang|otrzymuj|zamów|subskrybuj|primește|primiți|înscrie-te|"
    r"λάβετε|λαμβάνετε|κάντε εγγραφή)\b.{0,80}\b(newsletter|boletín|boletim|lettre d'information|"
    r"infolettre|nieuwsbrief|biuletyn|ενημερωτικό)",
    r"(получайте|подпишитесь|подписывайтесь|отримуйте|підпишіться|підписуйтесь)\b.{0,80}"
    r"(рассылк|розсилк|на (почту|пошту|e-?mail|электронную почту|електронну пошту))",
    r"(jetzt|hier)\s+(kostenlos(en)?\s+)?(für den\s+|zum\s+)?[\w-]*newsletter\s+(anmelden|abonnieren|bestellen)\b",
    r"(e-)?bültenimize abone ol",
    r"(photo|foto|image|picture|bild|credit|crédit|crédits|image credit|crédit photo|photograph|beeld|"
    r"fotoğraf|φωτογραφία|фото|фотография|світлина|ảnh|снимка|צילום|تصوير|zdjęcie)s?\s*:\s*\S[^.!?]{0,80}$",
    r"fot\.\s*:?\s*\S[^.!?]{0,80}$",  # Polish "Fot. PAP/Leszek Szymański"
    # A sign-up box or a "follow us" line: an imperative and a newsletter or a platform.
    r"(suscríbete|suscríbase|iscriviti|assine (a )?nossa|inscreva-se|subscreva|zapisz się|подпишитесь|"
    r"підпишіться|meld je aan|schrijf je in|abonneer je|εγγραφείτε|abonează-te)\b.{0,30}"
    r"\b(newsletter|boletín|nieuwsbrief|рассылк|розсилк)",
    r"(follow us|síguenos|seguici|siga-nos|siga o nosso canal|volg ons|ακολουθήστε μας|urmărește-ne|"
    r"obserwuj nas|подписывайтесь на наш|підписуйтесь на наш|стежте за нами)\b.{0,40}"
    r"\b(telegram|whatsapp|google news|twitter|facebook|instagram|youtube|tiktok|viber|дзен)",
    r"(google news|twitter|instagram|facebook|youtube)['’](te|ta|de|da) bizi takip edin",
    # A dateline of digits alone: "Warszawa, 04.12.2026, 16:40", "05.12.2026 | 08:14".
    r"([^\W\d_][\w .'’-]{0,40},\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{4}(,?\s*[|–-]?\s*\d{1,2}[:.h]\d{2})?$",
    # A dateline with the month in words, and the time it was published: "Roma, 4 dicembre 2026 ore
    # 18:30", "Porto Alegre, 5 dez 2026 - 08h30"; without the time it may be a heading ("9 November 1989").
    r"([^\W\d_][\w .'’-]{0,40},\s*)?\d{1,2}\.?\s+(de\s+)?[^\W\d_]{3,12}\.?\s+(de\s+)?\d{4},?\s*"
    r"([|–-]|[^\W\d_]{1,3})?\s*\d{1,2}[:.h]\d{2}$",
    # A footer's links: "Aviso legal | Política de privacidad | Política de cookies".
    r"[^|.!?]{1,30}(\s\|\s[^|.!?]{1,30}){2,}$",
    # "All rights reserved" closing a short line, in the languages above.
    r".{0,100}\b(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|все права защищены|"
    r"усі права захищено|усі права захищені|alle rechten voorbehouden|όλα τα δικαιώματα διατηρούνται|"
    r"tüm hakları saklıdır|toate drepturile rezervate)\.?$",
    # A list of tags: "Tagi: budżet, Sejm", "Теги: экономика, ЦБ".
    r"(tags|tagi|теги|метки|мітки|etiquetas|etichette|ετικέτες|etiketler|etichete|temas|tópicos|"
    r"onderwerpen|palavras-chave|topics|themen|schlagwörter|schlagworte|stichwörter|thèmes|sujets|"
    r"mots-clés|keywords|argomenti|parole chiave|tematy|słowa kluczowe|темы|теми|trefwoorden|θέματα|"
    r"konular|anahtar kelimeler|subiecte|cuvinte cheie|assuntos)\s*(:\s*[^.!?:]{0,100})?$",
    _BARE_TIME,
    # A live blog's "Updated at 13.12 GMT", "Aktualisiert um 14:20 Uhr", "Mis à jour à 10h32".
    rf"(last updated|updated|aktualisiert|mis à jour)( at| on| am| um| à| le)?\s*:?\s*{_BARE_TIME[:-1]}"
    r"(\s*(gmt|bst|utc|cet|cest|et|edt|est|pt|pdt|pst))?$",
    # A wire story's credits: "(Reporting by …; Editing by …)", "… contributed to this report."
    r"\((additional )?(reporting|writing|editing) by\b[^()]{1,250}\)$",
    r"(additional )?(reporting|writing) by\b[^.!?()]{1,150};\s*(additional reporting|writing|editing) by\b"
    r"[^.!?()]{1,150}\.?$",
    r".{0,150}\bcontributed( reporting)? to this (report|story|article)\.?$",
    # A paywall: "Subscribe to continue reading.", "Already a subscriber? Log in."
    r"(subscribe|sign in|log in|register) to (continue|keep) reading\b",
    r"already (a subscriber|subscribed|have an account)\?",
    r"(get|enjoy) unlimited (digital )?access\b",
    # A caption's label on a broadcaster's page: "Media caption, Watch: …", "Image source, Reuters".
    r"(media|image|video) (caption|source)\s*[,:]",
    # A byline's role on a line of its own: "Transport correspondent", "Senior political editor";
    # not "Letters to the editor".
    r"(?!.*\b(to|the|a|an|of|for|from|our|my|your|his|her|their)\b)([\w'’-]+\s){0,3}"
    r"(correspondent|editor|reporter)$",
]
BOILERPLATE_PARAGRAPH = re.compile("^(" + "|".join(_PARAGRAPHS) + ")", re.I)
_COOKIES = re.compile(
    r"\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (settings|policy|preferences)|"
    r"wir verwenden cookies|(diese )?(web)?seite verwendet cookies|verwendung von cookies zu|"
    r"cookie-einstellungen|nous utilisons des cookies|ce site utilise des cookies|"
    r"utilisation (de|des) cookies|paramétrer les cookies|gérer mes préférences|"
    r"(utilizamos|usamos) cookies|este sitio( web)? (utiliza|usa) cookies|utilizziamo (i )?cookie|"
    r"questo sito (utilizza|usa) (i )?cookie|este site (utiliza|usa) cookies|"
    r"używamy (plików )?cookies?|(ta )?strona( internetowa)? (używa|wykorzystuje) (plików )?cookies?|"
    r"мы используем (файлы )?(cookie|куки)|(этот )?сайт использует (файлы )?(cookie|куки)|"
    r"ми використовуємо (файли )?(cookie|куки)|(цей )?сайт використовує (файли )?(cookie|куки))\b",
    re.I,
)
_NAME = r"[A-ZÀ-ÝА-ЯЁЄІЇҐ][\w.'’-]*"
_PARTICLE = r"(van|von|de|der|den|del|della|di|da|dos|das|du|le|la|ter|ten|te|zu)"
# "By Sam Holloway", "Von Anna Schmidt und Jo Lee", "Автор: Иван Петров": every word of the name capitalised, so that
# "Von Berlin nach Paris" or "Par ailleurs" is not a byline. Italian "di" and Romanian "de" only in
# lower case ("di Giulia Rossi"), which starts no sentence; "Di Maio" is a name.
_BYLINE = re.compile(
    rf"^((?i:by|von|par|por|text|texte|autor|autorin|auteur|author|автор|авторка)|di|de)\s*:?\s+{_NAME}"
    rf"(,?\s+((?i:and|und|et|y|e|i|и|і|&)\s+)?({_PARTICLE}\s+){{0,2}}{_NAME}){{0,5}}$"
)
# A line of tags without a colon: "Tags Russia Ukraine Peace talks", "Теги Казань Реставрация". At
# least two tags, the first two capitalised, no sentence's punctuation and no short lower-case
# word (a function word: "Temas pendientes del Gobierno" is a subheading); never a heading.
_TAG_LINE = re.compile(
    r"^(?:Tags|Tagi|Теги|Метки|Мітки|Etiquetas|Etichette|Etiketler|Etichete|Ετικέτες|Schlagwörter|"
    r"Schlagworte|Stichwörter|Mots-clés|Keywords|Trefwoorden|Topics|Themen|Temas|Tópicos|Argomenti|"
    r"Onderwerpen|Tematy|Темы|Теми|Θέματα|Konular)(?:\s+[^\W\d_][\w'’-]*){2,12}$"
)
_SHORT_LOWER_WORD = re.compile(r"\s[^\W\d_]{1,3}(?=\s|$)")


def is_tag_line(text):
    """Whether a paragraph is a line of tags without a colon (see _TAG_LINE)."""
    if not _TAG_LINE.match(text):
        return False
    words = text.split()
    return (
        words[1][0].isupper()
        and words[2][0].isupper()
        and not any(word.islower() for word in _SHORT_LOWER_WORD.findall(text))
    )


# Tokens that are never prose, stripped wherever they stand.
_NOISE = re.compile(
    r"\s*(pic\.twitter\.com/\S+|\{\{.*?\}\}|\{%.*?%\}|</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>|"
    r"\((photo|foto|credit|crédit|bild|image)s?\s*:[^()]{1,80}\))",
    re.I,
)
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?])\s+((photo|foto|crédit photo|bild|beeld|fotoğraf|φωτογραφία|фото|ảnh|снимка|צילום|تصوير)\s?:|fot\.)"
    r"\s?[^.!?]{1,60}$",
    re.I,
)
# What every match of _COOKIES and of _NOISE contains: a text without it is not searched (those
# patterns start with \b or \s*, so they are tried at every character of every paragraph).
_COOKIES_HINT = re.compile(r"cookie|куки|gérer mes préférences", re.I)
_NOISE_HINT = re.compile(r"[{<]|pic\.twitter\.com/|\((?:photo|foto|credit|crédit|bild|image)", re.I)
# What ends a sentence in the scripts the importer meets: Latin, CJK (。！？), Devanagari (।),
# Urdu (۔), Arabic (؟), the Greek question mark (U+037E; NFC makes it ";") and a closing
# quotation or ellipsis ("…»").
SENTENCE_ENDINGS = tuple(".!?:;。！？।۔؟\u037e…»”")
_LETTERS = re.compile(r"[^\W\d_]")
_QUOTES = "\"'“”„«»‘’‚"


def _folded(text):
    return clean_inline(text).strip(_QUOTES + " .,;:!?…").casefold()


def strip_noise(text):
    """`text` without twitter picture links, template syntax, raw tags and credits in brackets
    ("(Photo: …)", "(AP Photo/…)")."""
    if _NOISE_HINT.search(text):
        text = _NOISE.sub("", text)
    text = strip_markers(text)
    if "(" in text:
        text = BRACKETED_CREDIT.sub("", text)
    if ":" in text or "ot." in text:  # what a trailing credit holds: a colon or Polish "Fot."
        text = _TRAILING_CREDIT.sub("", text)
    return clean_inline(text)


def is_cookie_notice(text):
    return bool(_COOKIES_HINT.search(text) and _COOKIES.search(text))


def is_boilerplate(text):
    """Whether a whole paragraph or list item is page furniture, not article text."""
    return bool(
        (len(text) <= 300 and BOILERPLATE_PARAGRAPH.match(text))
        or BOILERPLATE_LABEL.match(text)
        or is_cookie_notice(text)
        or (_BYLINE.match(text) and not text.endswith((".", "!", "?")))
        or is_byline(text)
        or is_furniture(text)
    )


def is_caps_subhead(text):
    """A short line in capitals with no sentence end ("YIELD FORECASTS") is a subheading. Capitals
    means str.isupper(): at least one cased letter and none in lower case, in any script, so a
    line in a script without case (Chinese, Hindi, Arabic) is never one."""
    return (
        not text.endswith(SENTENCE_ENDINGS)
        and text.isupper()
        and len(text.split()) <= 10
        and len(_LETTERS.findall(text)) >= 4
    )


def cut_site_suffix(title, sitename):
    """The title without its site suffix ("… | Caktus Group", "… | DW | 19.01.2020", "… - Site"):
    trailing parts after " | " that are short, and after " - " / " – " / " — " only the site name."""
    site = _folded(sitename)
    while True:
        head, separator, tail = _last_split(title)
        if not separator:
            return title
        part = _folded(tail)
        is_site = bool(site) and (part == site or part in _site_names(site) or site in part)
        is_short = separator == "|" and len(tail.split()) <= 4
        if not head.strip() or not (is_site or is_short):
            return title
        title = head.strip()


def _site_names(site):
    """The words of the site's name; of a host name ("en.wikipedia.org"), its labels but the last."""
    if " " not in site and site.count(".") >= 1:
        return [label for label in site.split(".")[:-1] if label != "www"]
    return site.split()


def _last_split(title):
    match = re.search(r"\s(\||–|—|-|·|::)\s(?!.*\s(\||–|—|-|·|::)\s)(.*)$", title)
    if not match:
        return title, "", ""
    return title[: match.start()], match.group(1), match.group(3)


def _kept_texts(texts):
    texts = [strip_noise(text) for text in texts]
    return [text for text in texts if has_words(text) and not is_boilerplate(text) and not is_tag_line(text)]


def _repeats(text, title, body):
    """A heading that repeats the title, or a pull quote repeating a sentence of the body."""
    folded = _folded(text)
    return folded == _folded(title) or (len(folded) > 30 and folded in body)


class _Tidier:
    """Walks the blocks once; `after_label` is set by a boilerplate heading or label, so the list
    that follows it (its links) goes too, while the paragraphs after it stay in the section
    before."""

    def __init__(self, document):
        self.title = document.title
        self.body = " ".join(
            _folded(text)
            for block in document.blocks
            if block.kind == Block.PARAGRAPH
            for text in block.texts
        )
        self.byline = _folded(document.byline)
        self.blocks = []
        self.after_label = False

    def is_byline(self, text):
        """The document's own byline on a line of its own, or a bare name ("Мария Смирнова") before
        any of the article's text: under the headline, where a byline stands."""
        if self.byline and _folded(text) == self.byline:
            return True
        return is_bare_name(text) and all(block.kind == Block.HEADING for block in self.blocks)

    def heading(self, text):
        text = strip_noise(text)
        if not has_words(text) or _repeats(text, self.title, self.body):
            return
        if is_boilerplate(text):
            self.after_label = True
        elif text.startswith(tuple(_QUOTES)) and text.endswith(tuple(".!?…" + _QUOTES)):
            self.blocks.append(Block(Block.QUOTE, [text]))  # a pull quote set as a heading
        else:
            self.blocks.append(Block(Block.HEADING, [text]))

    def texts(self, block):
        if block.kind == Block.LIST and self.after_label:
            self.after_label = False
            return
        if BOILERPLATE_LABEL.match(block.texts[0]) and len(block.texts) == 1:
            self.after_label = True
            return
        self.after_label = False
        if block.kind == Block.QUOTE and all(_repeats(text, self.title, self.body) for text in block.texts):
            return
        if block.kind == Block.PARAGRAPH:
            self.paragraphs(_kept_texts(block.texts))
        elif texts := _kept_texts(block.texts) if block.kind != Block.TABLE else block.texts:
            self.blocks.append(Block(block.kind, texts))

    def paragraphs(self, texts):
        """Paragraphs, with an all-caps line among them made a heading."""
        run = []
        for text in texts:
            if not run and self.is_byline(text):
                continue
            if is_caps_subhead(text) or (
                not self.blocks and not run and _folded(text) == _folded(self.title)
            ):
                if run:
                    self.blocks.append(Block(Block.PARAGRAPH, run))
                    run = []
                if is_caps_subhead(text):
                    self.blocks.append(Block(Block.HEADING, [text]))
            else:
                run.append(text)
        if run:
            self.blocks.append(Block(Block.PARAGRAPH, run))


def tidy(document):
    """Drop the page furniture from `document`'s blocks (see the module's docstring)."""
    tidier = _Tidier(document)
    for block in document.blocks:
        if block.kind == Block.HEADING:
            tidier.heading(block.texts[0])
        else:
            tidier.texts(block)
    document.blocks = tidier.blocks
    return document
