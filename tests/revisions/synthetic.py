"""Seeded edits with known truth, for anchoring at scale: `revise(passages, seed, edits)` gives a
new revision and, for each old statement, the outcome(s) and new statement(s) it should get.

Edits: change a number, a date or a name; cut; insert an unrelated sentence; replace a sentence
by a look-alike (half its words swapped: a different sentence, so orphaned); reword lightly (a
word added or dropped); move a paragraph or a list item; split at a comma; merge two sentences;
add a duplicate of a kept sentence. Kept statements are labelled "exact|moved": which of two
blocks "moved" is the aligner's choice, the link is what counts. A duplicated sentence is
labelled with both copies: an exact or moved label naming several new statements means any one
of them (later moves can put the copy where the original's neighbours are, and then nothing
tells the two apart). `article(count, seed)` makes a
long article of distinct invented sentences for the speed bench.
"""

import random
import re
from collections import Counter
from dataclasses import dataclass, replace

from briefings.anchoring import CHANGED, EXACT, MOVED, ORPHANED, Passage

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Januar", "Februar", "März", "Juni", "Juli",
    "Oktober", "Dezember", "janvier", "février", "mars", "avril", "mai", "juin", "décembre",
]  # fmt: skip
DAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "lundi",
    "mardi",
]
NAMES = ["Hartmann", "Okafor", "Lindqvist", "Moreau", "Castillo", "Nakamura", "Brennan", "Sørensen"]
FILLERS = ["also", "reportedly", "now", "still", "officially"]
SUBJECTS = [
    "The council",
    "The ministry",
    "A spokeswoman",
    "The company",
    "Local police",
    "The union",
    "Analysts",
]
VERBS = ["said", "reported", "confirmed", "denied", "estimated", "announced", "warned"]
OBJECTS = [
    "that {n} homes lost power near {place}", "a budget of {n} million euros for {place}",
    "that {n} workers would join the strike in {place}", "the closure of {n} schools around {place}",
    "a rise of {n}.{d}% in prices in {place}", "that the bridge at {place} carries {n} cars a day",
]  # fmt: skip
PLACES = ["Kesport", "Lindby", "Cape Arn", "Oberhausen", "Villeneuve", "Eastport", "Northfield", "Westmoor"]


@dataclass
class Entry:
    passage: Passage
    outcomes: tuple = ()  # what the old statements in `olds` should get
    olds: tuple = ()  # old indices that link here; () for an inserted statement
    locked: bool = False  # a duplicated original: editing it would make the copy the better match


def _number_change(rng, text):
    numbers = list(re.finditer(r"\d+", text))
    if not numbers:
        return None
    match = rng.choice(numbers)
    value = int(match.group())
    changed = str(value + rng.randint(1, 9)) if value < 1900 or value > 2100 else str(value + 1)
    return text[: match.start()] + changed + text[match.end() :]


def _word_change(rng, text, choices):
    present = [word for word in choices if re.search(rf"\b{word}\b", text)]
    if not present:
        return None
    old = rng.choice(present)
    return re.sub(rf"\b{old}\b", rng.choice([word for word in choices if word != old]), text, count=1)


def _date_change(rng, text):
    return _word_change(rng, text, MONTHS + DAYS) or _number_change(rng, text)


def _name_change(rng, text):
    names = [m for m in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{3,}", text)]
    if not names:
        return None
    match = rng.choice(names)
    return text[: match.start()] + rng.choice(NAMES) + text[match.end() :]


def _light_reword(rng, text):
    """One word added or dropped, or in a sentence of twelve words or more, two (a sixth at most)."""
    words = text.split(" ")
    if len(words) < 8:
        return None
    for _ in range(2 if len(words) >= 12 else 1):
        at = rng.randrange(1, len(words) - 1)
        if rng.random() < 0.5:
            words[at:at] = [rng.choice(FILLERS)]
        else:
            del words[at]
    return " ".join(words)


def _look_alike(rng, text, pool):
    """Half the words or more (at least two) swapped for words from other sentences: it looks
    alike and says something else."""
    words = text.split(" ")
    if len(words) < 4:
        return None
    spares = [
        word for sentence in pool for word in sentence.split(" ") if word.isalpha() and word not in words
    ]
    count = max(2, rng.randint((len(words) + 1) // 2, 2 * len(words) // 3))
    for at in rng.sample(range(len(words)), count):
        words[at] = rng.choice(spares)
    return " ".join(words)


EDITED = {"number": _number_change, "date": _date_change, "name": _name_change, "reword": _light_reword}


class Reviser:
    """Applies edits to a copy of the old passages, keeping track of where each one went."""

    def __init__(self, old, rng, pool):
        self.old, self.rng, self.pool = old, rng, pool
        wordings = Counter(passage.text for passage in old)
        # A wording the article holds twice is left alone: which copy went where is anyone's guess.
        self.entries = [
            Entry(passage, (EXACT, MOVED), (index,), locked=wordings[passage.text] > 1)
            for index, passage in enumerate(old)
        ]

    def untouched(self, kind=None):
        """Positions of entries still holding one kept old statement (edits never overlap)."""
        return [
            at
            for at, entry in enumerate(self.entries)
            if entry.outcomes == (EXACT, MOVED) and not entry.locked and kind in (None, entry.passage.kind)
        ]

    def pick(self, kind=None):
        positions = self.untouched(kind)
        return self.rng.choice(positions) if positions else None

    def edit_text(self, how):
        for _ in range(10):
            at = self.pick()
            if at is None:
                return
            entry = self.entries[at]
            text = EDITED[how](self.rng, entry.passage.text)
            if text and self.rng.random() < 0.3:  # a second edit to the same sentence
                text = EDITED[self.rng.choice(sorted(EDITED))](self.rng, text) or text
            if text and text != entry.passage.text:
                self.entries[at] = Entry(replace(entry.passage, text=text), (CHANGED,), entry.olds)
                return

    def cut(self):
        at = self.pick()
        if at is not None:
            del self.entries[at]

    def insert(self):
        at = self.rng.randrange(len(self.entries) + 1)
        neighbour = self.entries[min(at, len(self.entries) - 1)].passage if self.entries else Passage("")
        self.entries.insert(at, Entry(replace(neighbour, text=self.rng.choice(self.pool), kind="sentence")))

    def look_alike(self):
        at = self.pick()
        if at is None:
            return
        entry = self.entries[at]
        text = _look_alike(self.rng, entry.passage.text, self.pool)
        if text:
            self.entries[at] = Entry(replace(entry.passage, text=text))

    def duplicate(self):
        at = self.pick()
        places = [place for place in range(len(self.entries) + 1) if at is not None and abs(place - at) > 1]
        if places:  # never right beside the original, where the two copies cannot be told apart
            self.entries[at].locked = True
            original = self.entries[at]
            self.entries.insert(
                self.rng.choice(places), Entry(original.passage, original.outcomes, original.olds)
            )

    def split(self):
        for _ in range(10):
            at = self.pick("sentence")
            if at is None:
                return
            entry = self.entries[at]
            text = entry.passage.text
            comma = text.find(", ", len(text) // 4, 3 * len(text) // 4)
            if comma > 0:
                second = text[comma + 2 :]
                pieces = [text[:comma] + ".", second[:1].upper() + second[1:]]
                self.entries[at : at + 1] = [
                    Entry(replace(entry.passage, text=piece), (CHANGED,), entry.olds) for piece in pieces
                ]
                return

    def merge(self):
        for _ in range(10):
            at = self.pick("sentence")
            if at is None or at + 1 not in self.untouched("sentence"):
                continue
            first, second = self.entries[at], self.entries[at + 1]
            if first.passage.paragraph != second.passage.paragraph:
                continue
            body = second.passage.text
            text = first.passage.text.rstrip(".!?") + ", and " + body[:1].lower() + body[1:]
            self.entries[at : at + 2] = [
                Entry(replace(first.passage, text=text), (CHANGED,), first.olds + second.olds)
            ]
            return

    def move_paragraph(self):
        at = self.pick()
        if at is None:
            return
        paragraph = self.entries[at].passage.paragraph
        start, end = at, at + 1
        while start > 0 and self.entries[start - 1].passage.paragraph == paragraph:
            start -= 1
        while end < len(self.entries) and self.entries[end].passage.paragraph == paragraph:
            end += 1
        moving = self.entries[start:end]
        if any(entry.locked for entry in moving):
            return
        del self.entries[start:end]
        target = self.rng.randrange(len(self.entries) + 1)
        self.entries[target:target] = moving

    def move_list_item(self):
        at = self.pick("list_item")
        if at is None:
            return
        paragraph = self.entries[at].passage.paragraph
        item = self.entries.pop(at)
        places = [i for i, entry in enumerate(self.entries) if entry.passage.paragraph == paragraph]
        if places:
            self.entries.insert(self.rng.choice(places + [places[-1] + 1]), item)
        else:
            self.entries.insert(at, item)

    def truth(self):
        expected = [((ORPHANED,), ()) for _ in self.old]
        for position, entry in enumerate(self.entries):
            for old in entry.olds:
                outcomes, news = expected[old]
                expected[old] = (entry.outcomes, news + (position,))
        used = {index for _, news in expected for index in news}
        added = [position for position in range(len(self.entries)) if position not in used]
        return [entry.passage for entry in self.entries], expected, added


EDITS = {
    "number": lambda reviser: reviser.edit_text("number"),
    "date": lambda reviser: reviser.edit_text("date"),
    "name": lambda reviser: reviser.edit_text("name"),
    "reword": lambda reviser: reviser.edit_text("reword"),
    "cut": Reviser.cut,
    "insert": Reviser.insert,
    "look-alike": Reviser.look_alike,
    "duplicate": Reviser.duplicate,
    "split": Reviser.split,
    "merge": Reviser.merge,
    "move paragraph": Reviser.move_paragraph,
    "move list item": Reviser.move_list_item,
}


def revise(old, seed, edits, pool):
    """A revision of `old` with `edits` random edits (seeded), and its truth: (new passages,
    expected [(outcomes, new indices)] per old statement, added new indices). `pool` holds the
    sentences inserts and look-alikes draw from."""
    rng = random.Random(seed)
    reviser = Reviser(list(old), rng, pool)
    for _ in range(edits):
        EDITS[rng.choice(sorted(EDITS))](reviser)
    return reviser.truth()


def article(count, seed=0):
    """`count` invented news sentences in paragraphs of 1-4, with a list every so often."""
    rng = random.Random(seed)
    passages, paragraph, section = [], 0, ""
    while len(passages) < count:
        paragraph += 1
        if paragraph % 12 == 0:
            section = f"Part {paragraph // 12}: {rng.choice(PLACES)}"
        kind = "list_item" if paragraph % 9 == 0 else "sentence"
        for _ in range(rng.randint(1, 4)):
            template = rng.choice(OBJECTS).format(
                n=rng.randint(2, 99_999), d=rng.randint(0, 9), place=rng.choice(PLACES)
            )
            month, day = rng.choice(MONTHS[:12]), rng.randint(1, 28)
            text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {template} on {day} {month}."
            passages.append(Passage(text, section, paragraph, kind))
    return passages[:count]


def corpus_cases(bases, seeds, edits_per_10=1):
    """Synthetic cases over every base ("article/v1", passages): `seeds` revisions of each, about
    `edits_per_10` edits per ten statements; inserts draw from the other articles' sentences.
    Yields (name, old, new, expected, added)."""
    for name, old in bases:
        article_name = name.split("/")[0]
        pool = [
            p.text for other, passages in bases if not other.startswith(article_name + "/") for p in passages
        ]
        for seed in range(seeds):
            edits = max(2, len(old) * edits_per_10 // 10)
            new, expected, added = revise(old, seed, edits, pool)
            yield f"{name}#{seed}", old, new, expected, added
