"""A published article in two revisions, with a published verdict in each of the four places a
claim can end up: on a statement kept where it was, moved to another paragraph, reworded and
cut. Both the placeholder matcher (exact text only) and the real one find the first three and the
cut; the reworded one is anchored by hand where the placeholder left it orphaned."""

import datetime as dt
from dataclasses import dataclass

from briefings.importers import import_briefing
from briefings.models import Briefing, Revision, Statement
from factcheck.models import Claim
from factcheck.states import Anchor

from ..factories import make_claim

SLUG = "harbour-report"
FIRST = (
    "Harbour report\n"
    "The port handled 140 ships last week. Officials expect more. The mayor opened a new quay.\n\n"
    "The budget is 3 million euros.\n"
)
SECOND = (  # the port's sentence goes to the next paragraph; the mayor's stays third
    "Harbour report, updated\n"
    "Traffic rose again. Rain fell too. The mayor opened a new quay.\n\n"
    "The budget is 4 million euros. The port handled 140 ships last week.\n"
)
IMPORTED = {1: dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC), 2: dt.datetime(2026, 3, 14, 9, tzinfo=dt.UTC)}
CLAIMS = {  # outcome -> (the statement it is made of in the first text, the claim)
    "moved": ("The port handled 140 ships last week.", "The port handled 140 ships last week."),
    "orphaned": ("Officials expect more.", "Officials expect more ships."),
    "exact": ("The mayor opened a new quay.", "The mayor opened a quay."),
    "changed": ("The budget is 3 million euros.", "The budget is 3 million euros."),
}


@dataclass
class Revised:
    briefing: Briefing
    claims: dict  # outcome -> Claim, as stored after the second revision

    def claim(self, outcome):
        return Claim.objects.get(pk=self.claims[outcome].pk)


def publish_first_text(status=Briefing.Status.PUBLISHED):
    """The first text, imported, with a published verdict on each of CLAIMS' statements."""
    briefing = import_briefing(FIRST, slug=SLUG).briefing
    claims = {}
    for outcome, (sentence, text) in CLAIMS.items():
        statement = briefing.statements.get(text=sentence)
        claims[outcome] = make_claim(Claim.Status.PUBLISHED, checked=True, statement=statement, text=text)
    Briefing.objects.filter(pk=briefing.pk).update(status=status)
    return briefing, claims


def reword_by_hand(claim, new_text):
    """Anchor `claim` to the reworded sentence, as the real matcher does (the placeholder, which
    matches exact text only, leaves it orphaned)."""
    claim.refresh_from_db()
    if claim.anchor == Anchor.CHANGED:
        return
    old = claim.statement
    claim.anchored_from = old
    claim.statement = Statement.objects.current().get(briefing=old.briefing, text=new_text)
    claim.anchor = Anchor.CHANGED
    claim.save()


def import_second_text(briefing, claims):
    """The second text imported under the article's slug, its claims anchored to it; returns the
    briefing and its claims as they stand."""
    import_briefing(SECOND, slug=SLUG)
    reword_by_hand(claims["changed"], "The budget is 4 million euros.")
    for number, when in IMPORTED.items():
        Revision.objects.filter(briefing=briefing, number=number).update(imported_at=when)
    briefing.refresh_from_db()
    return Revised(briefing, claims)


def revise(status=Briefing.Status.PUBLISHED):
    """The article published (or left in `status`), then revised."""
    return import_second_text(*publish_first_text(status))
