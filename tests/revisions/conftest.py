"""The sample article with published verdicts on chosen sentences, and revisions of it written by
hand: each edit is one of the ways news articles change after publication."""

import pytest

from briefings.demo import SAMPLE_BRIEFING
from briefings.importers import import_briefing
from factcheck.models import Claim

from ..factories import make_claim, make_user

SAMPLE = SAMPLE_BRIEFING.read_text(encoding="utf-8")
SLUG = "peace"

# The sentences the newsroom checked, by a phrase each contains.
CHECKED = {
    "date": "Russia invaded Ukraine on February 24, 2022",
    "number": "proposed 30-day ceasefire",
    "cut": "have not yet provided official comments",
    "reworded": "current demands are not new",
    "moved": "Many fear that Putin may exploit a ceasefire",
    "list_item": "Limit NATO’s presence across regions",
    "split": "reset diplomatic relations with Washington",
    "merged_first": "This framework could serve as a foundation",
    "merged_second": "At the time, Russia demanded that Ukraine abandon",
    "untouched": "The Europeans are not just worried",
}

EDITS = {
    "date": [("February 24, 2022", "February 23, 2022")],
    "number": [("30-day ceasefire", "45-day ceasefire")],
    "cut": [
        (
            "The White House and the Russian embassy in Washington have not yet provided official "
            "comments on these developments. ",
            "",
        )
    ],
    "new": [
        (
            "Russia’s current demands are not new.",
            "Russia’s current demands are not new. The Kremlin repeated them on Tuesday. "
            "A spokesman called them final.",
        )
    ],
    "reworded": [("Russia’s current demands are not new.", "Russia’s present demands are nothing new.")],
    "moved": [],  # built in `revised`: a paragraph moves to the article's last section
    "list_item": [],  # built in `revised`: the last item of a list goes first
    "split": [
        (
            "to negotiate an end to its conflict with Ukraine and reset diplomatic relations with Washington.",
            "to negotiate an end to its conflict with Ukraine. It also wants to reset diplomatic relations "
            "with Washington.",
        )
    ],
    "merged": [
        (
            "This framework could serve as a foundation for renewed peace talks. At the time, Russia demanded",
            "This framework could serve as a foundation for renewed peace talks, since at the time Russia "
            "demanded",
        )
    ],
}


def _move_line(text, moving, before):
    """`text` with the line holding `moving` taken out and put back before the one holding `before`."""
    lines = text.split("\n")
    (i,) = [n for n, line in enumerate(lines) if moving in line]
    line = lines.pop(i)
    (j,) = [n for n, line in enumerate(lines) if before in line]
    lines.insert(j, line)
    return "\n".join(lines)


def revised(*kinds, text=SAMPLE):
    """The sample with the edits of `kinds` applied (each must find what it changes)."""
    for kind in kinds:
        for old, new in EDITS[kind]:
            assert old in text, f"the {kind} edit no longer matches the sample"
            text = text.replace(old, new, 1)
        if kind == "moved":
            text = _move_line(text, "Many fear that Putin", "Meanwhile, European allies remain on high alert")
        if kind == "list_item":
            text = _move_line(text, "- Limit NATO’s presence", "- Restrict U.S. and NATO")
    return text


def statement_with(briefing, phrase):
    (statement,) = [s for s in briefing.statements.all() if phrase in s.text]
    return statement


class Newsroom:
    """The sample, published, with a published verdict on each sentence of CHECKED."""

    def __init__(self):
        self.editor = make_user("editor", "Editor")
        self.second_editor = make_user("editor2", "Editor")
        self.checker = make_user("checker", "Checker")
        self.briefing = import_briefing(SAMPLE, slug=SLUG, imported_by=self.editor).briefing
        self.claims = {}
        for name, phrase in CHECKED.items():
            claim = make_claim(
                Claim.Status.PUBLISHED,
                statement=statement_with(self.briefing, phrase),
                checked=True,
                text=f"Claim about {name}.",
                submitted_by=self.checker,
            )
            self.claims[name] = claim
        self.briefing.status = self.briefing.Status.PUBLISHED
        self.briefing.save()

    def revise(self, *kinds, user="editor"):
        result = import_briefing(revised(*kinds), slug=SLUG, imported_by=getattr(self, user))
        self.briefing.refresh_from_db()
        return result

    def claim(self, name):
        return Claim.objects.select_related("statement", "anchored_from", "anchored_in", "live_version").get(
            pk=self.claims[name].pk
        )


@pytest.fixture
def newsroom(db):
    return Newsroom()
