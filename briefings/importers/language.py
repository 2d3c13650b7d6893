"""An article's language: what the document declares (an HTML page's `lang`, Markdown front
matter), else what a language identifier finds in its text.

py3langid was chosen by measurement (bench/language_id.py, docs/importer.md): as accurate as
lingua on short and long texts in six languages and thirty times faster; its model ships inside
the package, so nothing is fetched at run time.
"""

import functools
import re

import py3langid
from py3langid.langid import MODEL_FILE, LanguageIdentifier

DEFAULT = "en"
SAMPLE_CHARS = 3000  # the identifier reads this much of the body: enough, and it keeps import fast
MIN_CHARS = 20  # below this the declared or default language is the better guess
#: A declared language stands unless a text of at least OVERRIDE_CHARS gives it a share under
#: RULED_OUT (document_language).
OVERRIDE_CHARS = 100
RULED_OUT = 0.001
_TAG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$", re.I)
_HTML_LANG = re.compile(
    rb"""<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)""", re.I
)
_META_LANG = re.compile(
    rb"""<meta\b[^>]*?(?:http-equiv=["']?content-language["']?|property=["']og:locale["'])[^>]*?"""
    rb"""content=["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)""",
    re.I,
)


def primary_language(tag):
    """The primary subtag of a language tag, lower case ("de-AT" and "de_AT" → "de"), or "" when
    `tag` is not one."""
    match = _TAG.match((tag or "").strip())
    return match.group(1).lower() if match else ""


#: Languages written right to left (their usual script), and the script subtags that say so
#: whatever the language ("pa-Arab", "ku-Arab"), or say otherwise ("ug-Cyrl", "az-Latn").
RIGHT_TO_LEFT = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)
RIGHT_TO_LEFT_SCRIPTS = frozenset({"adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa"})
_SCRIPT = re.compile(r"^[a-z]{4}$")


def text_direction(tag):
    """ "rtl" or "ltr" for a language tag, by its script subtag when it names one, else by its
    language; "" when `tag` is not one. Django's LANG_INFO is no help here: it calls Azerbaijani
    (written in Latin letters since 1991) right to left and knows no Pashto, Yiddish or Dhivehi."""
    primary = primary_language(tag)
    if not primary:
        return ""
    for subtag in re.split(r"[-_]", tag.strip().lower())[1:]:
        if _SCRIPT.match(subtag):
            return "rtl" if subtag in RIGHT_TO_LEFT_SCRIPTS else "ltr"
    return "rtl" if primary in RIGHT_TO_LEFT else "ltr"


def declared_language(html):
    """The language an HTML page declares: its `<html lang>`, else a content-language or
    og:locale meta tag; "" when it declares none."""
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    head = data[:65536]
    for pattern in (_HTML_LANG, _META_LANG):
        match = pattern.search(head)
        if match:
            language = primary_language(match.group(1).decode("ascii"))
            if language:
                return language
    return ""


def identify_language(text, default=DEFAULT):
    """The language py3langid finds in `text` (its first SAMPLE_CHARS characters), or `default`
    for a text too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return default
    return py3langid.classify(sample)[0]


def document_language(document):
    """The language the document declares, unless its text rules that out; else the one its title
    and body are in. A page's `lang` is often its CMS template's default (`lang="en-US"` on a
    German article), and the language decides how sentences are split and how they are searched."""
    sample = _sample(document)
    declared = primary_language(document.language)
    if declared and not ruled_out(declared, sample):
        return declared
    return identify_language(sample)


def ruled_out(language, text):
    """Whether `text` is too long and too plainly another language to be in `language`: the
    identifier gives `language` under RULED_OUT. Close languages keep a real share (Danish has
    about 3% of a Norwegian paragraph, Indonesian 29% of a Malay one), so a declaration between
    them stands; so does one the identifier does not know."""
    if len(text.strip()) < OVERRIDE_CHARS:
        return False
    shares = dict(_normalised().rank(text[:SAMPLE_CHARS]))
    return language in shares and shares[language] < RULED_OUT


@functools.cache
def _normalised():
    """py3langid's model with each language's share of the text as a probability (its default
    identifier gives scores that only rank)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(document):
    """The title and as much of the body as the identifier reads."""
    parts, length = [document.title], len(document.title)
    for block in document.blocks:
        for text in block.texts:
            parts.append(text)
            length += len(text) + 1
        if length >= SAMPLE_CHARS:
            break
    return "\n".join(parts)
