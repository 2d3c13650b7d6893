"""More page furniture, in the wordings an outside test of real pages' shapes found kept
(2026-12-07): "Read also" labels in Arabic, Chinese and Japanese (whose colon is full-width),
paywall boxes in seven languages, a paged export's "Page 1 of 2", an opinion page's disclaimer and
its call for letters, a wire's "Sign up here.", "Updated 2 hours ago" lines, a press release's
contact box, a follow-us line naming the platform last ("Siga o Jornal no Google Notícias"),
Turkish cookie notices; and the tokens stripped from a sentence: a wiki's "[edit]" and "[citation
needed]", a Chinese photographer's credit "（记者 李强 摄）" and the end mark "（完）".

Like boilerplate.py's, each rule matches the whole of a short paragraph from its start, so a
sentence that merely contains the words stays (tests/importer/test_furniture.py).
"""

import re

from .furniture_extra import is_more_furniture

# A live ticker's relative time on its own: "vor 5 Min.", "2h ago", "il y a 3 heures".
_RELATIVE_TIME = (
    r"(vor \d{1,3} (min|minuten|std|stunden)|\d{1,3}\s?(m|min|mins|minutes?|h|hrs?|hours?) ago|"
    r"il y a \d{1,3} (min|minutes?|h|heures?)|hace \d{1,3} (min|minutos?|horas?)|há \d{1,3} (min|minutos?|horas?)|"
    r"\d{1,3} (minuti|ore) fa|\d{1,3} (мин|минут[уы]?|час(а|ов)?) назад|\d{1,3} (хв|хвилин[уи]?|годин[уи]?) тому)\.?$"
)
_PARAGRAPHS = [
    # "Read also:" and its linked headline, in scripts the boilerplate rules did not know.
    r"((اقرأ|إقرأ) (أيضا|أيضاً|ايضا)|(شاهد|طالع) (أيضا|أيضاً)|相关阅读|相关新闻|延伸阅读|推荐阅读|"
    r"関連記事|関連ニュース|あわせて読みたい)\s*[:：|]",
    # A paywall's box: "This article is for subscribers only", "Sei già abbonato?".
    r"(this (article|story|content) is (only )?(for|available to|reserved for|exclusive to) "
    r"(paying )?(subscribers|members)|subscribe now\b|"
    r"questo articolo è riservato agli abbonati|per continuare a leggere\b.{0,40}\babbona|sei già abbonato|"
    r"abbonati ora\b|cet article est réservé aux abonnés|déjà abonné|il vous reste \d+\s?% de l'article|"
    r"dieser (artikel|beitrag|inhalt) ist (nur |exklusiv )?für (abonnenten|abonnentinnen|abonnierende)|"
    r"(sie sind )?bereits abonnent|este (artículo|contenido) es (exclusivo )?para (suscriptores|abonados)|"
    r"¿ya eres suscriptor|este conteúdo é exclusivo para assinantes|já é assinante|"
    r"この記事は(有料)?会員限定です|本文为付费内容)",
    # A paged export's page number: "Page 1 of 12", "Seite 3 von 10".
    r"(page|seite|página|pagina|strona|страница|сторінка)\s+\d{1,4}\s+(of|von|de|di|z|из|з)\s+\d{1,4}$",
    # An opinion page's disclaimer and its call for letters.
    r"(the )?(views|opinions) expressed (here |in this \w+ )?are (those of the author|the author['’]s own|solely)|"
    r"les opinions exprimées (dans cet article )?(n'engagent|sont celles)|"
    r"die (hier )?(geäußerten|vertretenen) (meinungen|ansichten)|"
    r"las opiniones expresadas|le opinioni espresse|as opiniões expressas",
    r"(do you agree\?\s*)?(send|write|email|e-mail) (us )?(a letter|your letters?)\b.{0,60}@",
    r"(sign up|subscribe|register) here\.?$",
    # "Updated 2 hours ago", "10/04/2026 09h00 Atualizado há 2 horas".
    r"([\d/.:h -]{4,30})?(updated|atualizado|actualizado|aggiornato|aktualisiert|mis à jour|обновлено|"
    r"оновлено|güncellendi)\s+(há |hace |il y a |vor )?\d{1,3}\s+\w{1,10}(\s+(ago|fa))?$",
    _RELATIVE_TIME,
    # A comment form's label: "Dodaj komentarz", "Add a comment".
    r"(add a comment|post a comment|dodaj komentarz|kommentar (schreiben|verfassen)|ajouter un commentaire|"
    r"écrire un commentaire|añadir (un )?comentario|deja (un|tu) comentario|aggiungi un commento|lascia un commento|"
    r"adicionar (um )?comentário|deixe (um|seu) comentário|добавить комментарий|додати коментар|yorum (yap|ekle))\.?$",
    r"(follow|siga|sigue|segui|suivez|folgen sie|volg|takip edin)\s.{0,40}"
    r"\b(google (news|notícias|noticias|actualités)|telegram|whatsapp|instagram|facebook|tiktok|youtube)\.?$",
    r"(تابعونا|تابعوا) (على|عبر)\b",
    # Turkish cookie notices: "Sitemizde çerezler kullanılmaktadır."
    r".{0,80}\bçerez(ler)?\b.{0,40}\b(kullanılmaktadır|kullanıyoruz|kullanmaktayız)",
]
RELATIVE_TIME = re.compile(f"^{_RELATIVE_TIME}", re.I)
FURNITURE_PARAGRAPH = re.compile("^(" + "|".join(_PARAGRAPHS) + ")", re.I)
# A press release's contact box: a line with an e-mail address or a telephone number, no sentence.
_CONTACT = re.compile(r"[\w.+-]@[\w-]+\.\w|\b(tel|phone|telefon|téléphone|teléfono|telefono)\.?\s*:", re.I)
_MARKERS = re.compile(
    r" ?\[ ?(edit|edit source|citation needed|clarification needed|bearbeiten|quelltext bearbeiten|"
    r"modifier|modifier le code|editar|editar código|modifica|modifica wikitesto|edytuj|edytuj kod|"
    r"править|править код|редагувати|編集|编辑) ?\]"
    r"| ?[（(](记者|通讯员|摄影记者)?\s?[^（）()]{1,20}?\s?摄[）)]\s*$"
    r"| ?[（(] ?完 ?[）)] ?$",
    re.I,
)
_MARKER_HINT = re.compile(r"\[|摄|完")


def is_furniture(text):
    """Whether a whole paragraph (of at most 300 characters) is one of these kinds of furniture."""
    return (
        len(text) <= 300 and bool(FURNITURE_PARAGRAPH.match(text) or _is_contact(text))
    ) or is_more_furniture(text)


def _is_contact(text):
    return not text.endswith((".", "!", "?", "。")) and bool(_CONTACT.search(text))


def strip_markers(text):
    """`text` without a wiki's edit and citation-needed links and a Chinese credit or end mark."""
    return _MARKERS.sub("", text) if _MARKER_HINT.search(text) else text
