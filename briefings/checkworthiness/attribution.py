"""Attributions the speaker finders share across languages, found missing by outside_11:

- A quotation followed by its speaker without a verb: "„…“, so Thomas Engelke vom …" (German
  "so"), "« … », Jean Dupont, président du groupe, …" (a name of two words or more between commas).
- A clitic that points back: "Lo ha detto il ministro X", "Así lo ha confirmado X", "L'ha
  spiegato X": the speaker follows the verb, and the sentence before, when it named nobody, is
  theirs too (the Italian and Spanish way of attributing the sentence just read).
- "Nach Angaben des Ministeriums": "Angaben" is a source only before a genitive ("nach eigenen
  Angaben" names nobody new).
- An interview's "A:" lines: the person the introduction names (the statement nearest the first
  question that names someone), not the company the headline repeats.
"""

import re

_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁЄІЇҐ"
_LOWER = "a-zß-öø-ÿąćęłńśźżа-яёєіїґ"
_NAME = rf"[{_UPPER}][{_LOWER}’'-]*(?:-[{_UPPER}][{_LOWER}]+)?"
_PARTICLE = r"(?:de|del|da|do|dos|van|von|der|di|della|du|la|le)"
# A person's name: two capitalised words or more, particles between ("Jessica de León").
PERSON = re.compile(rf"{_NAME}(?:\s+(?:{_PARTICLE}\s+)?{_NAME})+")
NAMES = re.compile(rf"\b[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+)+")
_QUOTED = re.compile(r"^\s*[«„“\"](?P<quote>.+?)[»“”\"]\s*,\s*(?P<rest>.+)$")
#: The word after a closing quotation that introduces its speaker without a verb: German "so".
QUOTE_SO = frozenset(["so"])
#: Clitics before a verb of saying that point back at what was just said.
CLITICS = frozenset(["lo", "l'ha", "l’ha", "l'hanno", "l’hanno", "l'a", "l’a", "l'ont", "l’ont"])
_LEADS = frozenset(["così", "así", "assim", "c'est", "ecco"])
#: "Angaben" is a source only before a genitive: "nach Angaben des Ministeriums".
GENITIVE_SOURCES = {"angaben": frozenset(["des", "der", "von", "dem"])}


def after_quote(text):
    """The speaker a quotation's tail names without a verb ("“, so Reiche.", "», Jean-Pierre
    Farandou, président …"), or "" where the tail does not (a verb's, read elsewhere)."""
    found = _QUOTED.match(text)
    if not found:
        return ""
    first = found.group("rest").split(",", 1)[0].strip().rstrip(".")
    words = first.split()
    if words and words[0] in QUOTE_SO:
        names = re.findall(rf"{_NAME}(?:\s+(?:{_PARTICLE}\s+)?{_NAME})*", " ".join(words[1:]))
        name = names[0].split() if names else []
        return " ".join(name[-2:] if len(name) >= 3 else name)  # "Verbandschef Klaus Berger"
    person = PERSON.fullmatch(first)
    return person.group(0) if person else ""


def clitic_before(before):
    """Whether the words before a verb of saying end with a clitic ("Lo ha", "Así lo", "L'ha")."""
    words = before.lower().split()
    return bool(words) and (words[-1] in CLITICS or words[-2:-1] == ["lo"] and words[-1] in _AUXILIARIES)


_AUXILIARIES = frozenset(["ha", "han", "hanno", "a", "ont", "tem"])


def points_back(text):
    """Whether a statement opens with a clitic attribution ("Lo ha detto X", "Así lo confirmó X")."""
    words = text.lower().split()[:2]
    if words and words[0] in _LEADS:
        words = words[1:]
    return bool(words) and words[0] in CLITICS


def interviewee(texts, labels, names=NAMES, strip=lambda name: name):
    """Whom an interview's "A:" answers are from: the first name of two words or more in the
    statement nearest its first "Q:" or "A:" that names someone (the introduction: "Liv Garfield,
    chief executive of Severn Trent, spoke to us"), not the company a headline repeats; "" when
    none is."""
    first = next((index for index, label in enumerate(labels) if label in ("Q", "A")), 0)
    for text in reversed(texts[:first]):
        found = [strip(name) for name in names.findall(text) if " " in strip(name)]
        if found:
            return found[0]
    return ""
