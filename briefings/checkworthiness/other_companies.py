"""A company or agency noun in the languages of languages/ ("das Unternehmen", "la société",
"компания", "spółka") as the company it stands for: see `_company`."""

from .names import ELISION, QUOTE_MARKS, QUOTED_NAME, RUN


def _company(speaker, text, previous, language):
    """A company as the text names it, where the speaker found is a noun for one ("wie das
    Unternehmen mitteilte", "teilte der Konzern mit", "der Autobauer Volkswagen"): the name after
    the noun, else the name the statement opens with ("Siemens baut …"), else the speaker before."""
    words = speaker.split()
    if not _company_noun(speaker, language):
        return speaker
    noun, opening = ELISION.sub("", words[0]), _opening(text, language)
    if _own_name(words, noun, opening, language):
        return speaker  # "Ministério da Saúde", "secondo il Ministero …": the body's own name
    named = [word.strip(QUOTE_MARKS) for word in words[1:] if word.lstrip(QUOTE_MARKS)[:1].isupper()]
    if named:
        return " ".join(named)
    quoted = QUOTED_NAME.search(text, 0, 80)
    if quoted:
        return quoted.group(1)  # "Сеть «Магнит» увеличила…", "ООО „Ромашка”"
    opening = _opening(text, language)
    if (
        opening[:1].isupper()
        and opening.lower() not in language.articles
        and opening.lower() not in language.words
        and opening.lower() not in language.companies  # "Spółka podała…", "L'entreprise a…"
    ):
        run = RUN.match(text[text.find(opening) :])  # "PKP Intercity przewiozło…": the whole name
        return (run.group(0) if run and len(run.group(0).split()) <= 4 else opening).rstrip(",")
    return previous or speaker


def _company_noun(speaker, language):
    """The company noun `speaker` opens with, lower-cased ("l'entreprise" → "entreprise"), or ""."""
    first = ELISION.sub("", speaker.split()[0]).lower() if speaker.split() else ""
    return first if first in language.companies else ""


def _own_name(words, noun, opening, language):
    """Whether a capitalised company noun begins a body's own name, not a common noun: several
    words ("Ministério da Saúde"), or one word inside the statement ("secondo il Ministero"),
    never the statement's first word ("L'entreprise a confirmé…"). Not in German, whose nouns
    all take a capital, nor where names are declined."""
    if not noun[:1].isupper() or language.capitalised_nouns or language.declined_names:
        return False
    return len(words) > 1 or noun.lower() != opening.lower()


def _opening(text, language):
    """The first word of `text` after an article ("La SNCF a transporté…" → "SNCF", "A Petrobras
    lucrou…" → "Petrobras"); "" for an empty text."""
    words = text.split(None, 2)
    if len(words) > 1 and words[0].lower() in language.articles:
        return "" if language.capitalised_nouns else words[1]  # "Der Umsatz sank": a noun
    return ELISION.sub("", words[0]) if words else ""  # "L'azienda" → "azienda"
