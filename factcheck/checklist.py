"""The pre-publication checklist: what IFCN and EFCSN signatories show readers of every verdict.

Pure functions over a claim (a working copy, or a version: both carry the same fields) and its
evidence, read once by the caller; below the models, so a version can record how it passed.
`FACTDESK_PUBLISH_CHECKLIST` chooses the items (config/checks.py refuses unknown names); an
item neither passed nor overridden by an editor stops `publish_version` (factcheck/services).
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from .states import ReplyStatus

#: ClaimReview's claimReviewed: search engines show at most this many characters.
SHORT_FORM_LIMIT = 75

PASSED, OVERRIDDEN, MISSING = "passed", "overridden", "missing"


def _openable(url):
    return urlsplit(url or "").scheme in ("http", "https")


def _source(claim, evidence):
    rating = claim.rating
    if rating is not None and not rating.needs_evidence:
        return None  # "Not checkable" and its kind cite nothing by definition
    if any(_openable(piece.source.url) for piece in evidence):
        return None
    return "a source a reader can open (a web address)"


def _rationale(claim, evidence):
    length, least = len(claim.rationale.strip()), settings.FACTDESK_MIN_RATIONALE_LENGTH
    return None if length >= least else f"a rationale of at least {least} characters (it has {length})"


def _claimant(claim, evidence):
    if claim.claimant.strip() or claim.claimant_unknown:
        return None
    return "the claimant named, or marked not known"


def _right_of_reply(claim, evidence):
    status = claim.reply_status
    if status == ReplyStatus.CONTACTED:
        return None if claim.contacted_on else "the date the claimant was contacted"
    if status == ReplyStatus.NOT_CONTACTED:
        return None if claim.reply_note.strip() else "the reason the claimant was not contacted"
    if status == ReplyStatus.NOT_APPLICABLE:
        return None
    return "an answer on right of reply (whether the claimant was contacted)"


def claim_length(claim):
    """The claim's length as ClaimReview would print it (runs of white space as one space)."""
    return len(" ".join(claim.text.split()))


def _short_form(claim, evidence):
    length = claim_length(claim)
    if length <= SHORT_FORM_LIMIT or claim.short_text.strip():
        return None
    return f"a short form of at most {SHORT_FORM_LIMIT} characters (the claim has {length})"


@dataclass(frozen=True)
class Item:
    name: str  # stable: the setting, the versions' records and the override form use it
    label: str  # the desk's words for what the item asks
    check: Callable  # (claim, evidence) → None when it passes, else what is missing, in words


ITEMS = (
    Item("source", "A source a reader can open", _source),
    Item("rationale", "A rationale long enough to follow", _rationale),
    Item("claimant", "The claimant named, or marked not known", _claimant),
    Item("right_of_reply", "Right of reply answered", _right_of_reply),
    Item("short_form", f"A short form of at most {SHORT_FORM_LIMIT} characters", _short_form),
)
BY_NAME = {item.name: item for item in ITEMS}


def configured_names(value=None):
    """The names the setting lists (`value`, or FACTDESK_PUBLISH_CHECKLIST), in its order, once each."""
    value = settings.FACTDESK_PUBLISH_CHECKLIST if value is None else value
    names = [name.strip() for name in str(value).split(",") if name.strip()]
    return list(dict.fromkeys(names))


def unknown_names(value=None):
    return [name for name in configured_names(value) if name not in BY_NAME]


def enabled_names():
    return {name for name in configured_names() if name in BY_NAME}


@dataclass(frozen=True)
class Result:
    item: Item
    enabled: bool
    missing: str | None  # what the claim lacks, in words; None when it passes
    override: dict | None  # the editor's override, when one stands

    @property
    def state(self):
        if self.missing is None:
            return PASSED
        return OVERRIDDEN if self.override else MISSING

    @property
    def wanting(self):
        """A missing item as the desk's checklist lists it: its label and what it needs, but once
        when what it needs opens with the label ("A source a reader can open (a web address)",
        not "A source a reader can open: needs a source a reader can open (a web address)")."""
        if self.missing is None:
            return ""
        if self.missing.lower().startswith(self.item.label.lower()):
            return self.missing[:1].upper() + self.missing[1:]
        return f"{self.item.label}: needs {self.missing}"

    @property
    def blocks(self):
        """Whether this item stops publication: enabled, not passed, not overridden."""
        return self.enabled and self.state == MISSING


def review(claim, evidence):
    """Every item, in order, as `claim` with `evidence` (its pieces, sources loaded) stands now."""
    enabled, overrides = enabled_names(), claim.checklist_overrides or {}
    return [
        Result(item, item.name in enabled, item.check(claim, evidence), overrides.get(item.name))
        for item in ITEMS
    ]


def shown(results):
    """The enabled items: what the desk shows beside the workflow buttons."""
    return [result for result in results if result.enabled]


def refusal(results):
    """Why publication is refused, in words, or "" when nothing stops it."""
    needs = [result.missing for result in results if result.blocks]
    return "This verdict cannot be published yet: it needs " + "; ".join(needs) + "." if needs else ""


def record(results):
    """The version's `checklist` (format: factcheck.models.versions.CHECKLIST_FORMAT)."""
    entries = {}
    for result in results:
        entry = {"state": result.state}
        if result.state == OVERRIDDEN:
            entry.update(result.override)
        entries[result.item.name] = entry
    return entries
