"""A random newsroom for the leak test, and the test's own account of what readers may see.

`newsrooms()` is a hypothesis strategy for a plan: briefings in every state, claims at every stage
of the workflow (first check, revision, correction, dismissal, one verdict withdrawn and maybe
reworked), sources shared or not, a rating
only some claims use, later edits to sources and the scale, and new revisions of articles (a
statement cut, so that the claims on it are orphaned, and one added); `desk.build(plan)` carries it
out through the same services the desk uses. Every piece of text gets its own marker, a word such as
`zqkxmwpqrtab`, and the builder notes which markers a published version froze. From that alone
(never from the product's own idea of "public") `Newsroom` says which markers readers must never
meet, and which they must find somewhere.
"""

import random
import re
import string
from dataclasses import dataclass, field

from hypothesis import strategies as st

from briefings.models import Briefing

MARKER = re.compile(r"zq[a-z]{10}")

STATUSES = tuple(Briefing.Status.values)
PUBLISHED = STATUSES.index(Briefing.Status.PUBLISHED)  # the plan's briefings start with one of each
FIRST_CHECK = ("new", "in_progress", "in_review", "changes_requested", "approved", "published", "dismissed")
REVISIONS = (
    "revision_in_review",  # published; an editor's change to the working copy waits for review
    "revision_returned",  # ... and the reviewer sent it back with a comment
    "revision_approved",  # ... approved, not yet published
    "revision_dismissed",  # ... dismissed with a reason
    "corrected",  # published, then a new rating and rationale published as version 2
    "corrected_after_return",  # the same, after the reviewer sent the revision back once
    "corrected_then_revised",  # version 2 published, and a third change waits for review
)
WITHDRAWALS = (  # published, then an editor withdrew the verdict (a retraction)
    "withdrawn",
    "revision_withdrawn",  # ... while a change to it waited for review
    "withdrawn_reconsidered",  # ... then sent back for changes
    "withdrawn_reworked",  # ... reworked, resubmitted and approved, not yet published again
)
PLANS = FIRST_CHECK + REVISIONS + WITHDRAWALS
RATINGS = ("accurate", "misleading", "false", "new")  # "new": a rating added to the scale for this desk

ANY_BRIEFING = st.integers(0, 8)  # taken modulo the number of briefings
ANY_PLAN = st.sampled_from(PLANS)


def claims(briefing=ANY_BRIEFING, plan=ANY_PLAN):
    return st.fixed_dictionaries(
        {
            "briefing": briefing,
            "statement": st.integers(0, 4),
            "plan": plan,
            "sources": st.lists(st.integers(0, 4), min_size=1, max_size=2),
            "rating": st.sampled_from(RATINGS),
            "checker": st.sampled_from(("checker", "shadow")),
            "short": st.booleans(),
        }
    )


# Every example has a public verdict (never withdrawn), so that "the published markers appear"
# always means something; most of them also have unpublished changes.
PUBLIC_CLAIM = claims(briefing=st.just(PUBLISHED), plan=st.sampled_from(("published", *REVISIONS)))


def newsrooms():
    return st.fixed_dictionaries(
        {
            # every state once, in order, then one more at random
            "briefings": st.lists(st.sampled_from(STATUSES), max_size=1).map(lambda more: [*STATUSES, *more]),
            "statements": st.integers(2, 3),
            "claims": st.tuples(PUBLIC_CLAIM, st.lists(claims(), min_size=2, max_size=5)).map(
                lambda drawn: [drawn[0], *drawn[1]]
            ),
            "sources": st.integers(1, 3),
            "source_edits": st.lists(st.integers(0, 4), max_size=2),
            "rating_edit": st.booleans(),
            "republish_after_edits": st.booleans(),
            # the published briefing is always revised (its last statement cut, one added), and
            # up to two more at random: every earlier text stays public with its briefing
            "revised": st.lists(st.integers(0, 8), max_size=2).map(lambda more: [PUBLISHED, *more]),
            "seed": st.integers(0, 2**32 - 1),
        }
    )


@dataclass
class Text:
    """One marked piece of text and what decides whether readers may see it."""

    what: str
    briefing: int | None = None  # a briefing's text: public while that briefing is published
    owner: tuple | None = None  # ("claim", id) or ("source", id): the object it was written on
    notice: bool = False  # shown on the 410 notice of a withdrawn briefing
    reason_for: int | None = None  # the reason a verdict was withdrawn: on that claim's 410 page
    scale: bool = (
        False  # the rating scale as it stands: public at /api/v1/ratings/ and /standards/rating-scale/
    )
    frozen_by: set = field(default_factory=set)  # claims whose published versions carry it


@dataclass
class Newsroom:
    """What was built, and what the test expects readers to see of it."""

    texts: dict  # marker -> Text
    briefing_statuses: list  # by the briefing's index in the plan
    briefings: dict  # slug -> status
    claims: dict  # claim id -> (its briefing's status, how many versions were published)
    statements: dict  # statement id -> its briefing's status
    sources: dict  # source id -> whether the live version of a public claim cites it
    ratings: list  # rating slugs: the scale is public
    probe: str  # a marker nobody wrote
    revisions: dict = field(default_factory=dict)  # briefing slug -> how many revisions it has
    withdrawn: set = field(default_factory=set)  # claims whose verdict an editor withdrew

    def claim_is_public(self, pk):
        status, versions = self.claims[pk]
        return versions > 0 and status == Briefing.Status.PUBLISHED and pk not in self.withdrawn

    def claim_is_gone(self, pk):
        """410 Gone, with a notice: taken down with its briefing after it was public, or its
        verdict withdrawn alone while the briefing stays published. (A verdict withdrawn before its
        briefing was taken down answers as for nothing: its notice would name no public article.)"""
        status, versions = self.claims[pk]
        if pk in self.withdrawn:
            return versions > 0 and status == Briefing.Status.PUBLISHED
        return versions > 0 and status == Briefing.Status.WITHDRAWN

    def is_public(self, text):
        if text.reason_for is not None:  # public only on the 410 page; the verdict itself is not
            return text.reason_for in self.withdrawn and self.claim_is_gone(text.reason_for)
        if text.briefing is not None:
            status = self.briefing_statuses[text.briefing]
            return status == Briefing.Status.PUBLISHED or (
                text.notice and status == Briefing.Status.WITHDRAWN
            )
        return any(self.claim_is_public(pk) for pk in text.frozen_by)

    @property
    def public(self):
        """Markers readers must find somewhere."""
        return {marker for marker, text in self.texts.items() if self.is_public(text)}

    @property
    def scale_only(self):
        """Rating text no public verdict carries: only the scale itself (/api/v1/ratings/, /standards/rating-scale/) shows it."""
        return {marker for marker, text in self.texts.items() if text.scale and not self.is_public(text)}

    @property
    def secret(self):
        """Markers no anonymous answer may contain."""
        return set(self.texts) - self.public - self.scale_only

    def owner_is_public(self, marker):
        """Whether the marker was written on a claim or source that readers see (as published)."""
        kind, pk = self.texts[marker].owner or (None, None)
        if kind == "claim":
            return self.claim_is_public(pk)
        return kind == "source" and self.sources[pk]

    def describe(self, marker):
        return self.texts[marker].what if marker in self.texts else "?"


class Markers:
    def __init__(self, seed):
        self.random = random.Random(seed)
        self.texts = {}
        self.used = set()

    def unused(self):
        """A marker that no text carries (and no later one will)."""
        while True:
            marker = "zq" + "".join(self.random.choice(string.ascii_lowercase) for _ in range(10))
            if marker not in self.used:
                self.used.add(marker)
                return marker

    def new(self, what, **facts):
        marker = self.unused()
        self.texts[marker] = Text(what, **facts)
        return marker

    def own(self, owner, *values):
        """Note that the markers in the texts among `values` were written on `owner`, ("claim", id)
        or ("source", id)."""
        for value in values:
            for marker in MARKER.findall(value if isinstance(value, str) else ""):
                self.texts[marker].owner = owner

    def frozen(self, claim, *values):
        """Note that a version of `claim` now carries every marker in `values`."""
        for value in values:
            for marker in MARKER.findall(value or ""):
                self.texts[marker].frozen_by.add(claim.pk)
