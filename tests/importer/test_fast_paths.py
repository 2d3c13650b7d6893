"""The importer's shortcuts give what the plain patterns give: whitespace collapsed by str.split,
and the noise and cookie patterns skipped for a text without what each of their matches holds."""

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.importers import boilerplate
from briefings.importers.document import _CONTROL, clean_inline

# Pieces of what the patterns look for, spelt in odd cases and with the letters that match
# ASCII ones when case is ignored (dotless ı, long ſ, the Kelvin sign).
PIECES = [
    "pic.twitter.com/abc", "PIC.TWITTER.COM/x", "pıc.twıtter.com/x", "{{ name }}", "{% if %}", "{{",
    "<b>", "</p>", "<br/>", "<", "(Photo: AP)", "(FOTO: dpa)", "(crédit : X)", "(Bild:Y)", "(images: Z)",
    ". Photo: Jane Doe", ". Foto : dpa", "! Bild: AP", ". crédit photo: X", "We use cookies", "COOKIE SETTINGS",
    "cooKie policy", "Wir verwenden Cookies", "gérer mes préférences", "GÉRER MES PRÉFÉRENCES", "ı", "ſ",
    "\u212a", "\u00a0", "\u2009", "\u200b", "\x1c", "\t", "\n", " ", "  ", ".", ":", "(", ")", "word",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12).map("".join),
)


@settings(max_examples=400)
@given(text=TEXTS)
def test_clean_inline_collapses_whitespace_as_the_pattern_did(text):
    expected = re.sub(r"\s+", " ", _CONTROL.sub("", unicodedata.normalize("NFC", text))).strip()
    assert clean_inline(text) == expected


@settings(max_examples=400)
@given(text=TEXTS)
def test_strip_noise_removes_what_the_patterns_remove(text):
    expected = clean_inline(boilerplate._TRAILING_CREDIT.sub("", boilerplate._NOISE.sub("", text)))
    assert boilerplate.strip_noise(text) == expected


@settings(max_examples=400)
@given(text=TEXTS)
def test_a_cookie_notice_is_found_whether_or_not_the_hint_is_searched(text):
    assert bool(boilerplate._COOKIES_HINT.search(text) and boilerplate._COOKIES.search(text)) == bool(
        boilerplate._COOKIES.search(text)
    )
