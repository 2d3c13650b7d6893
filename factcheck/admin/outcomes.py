"""What the desk says after an editor or checker acts: what happened to what, in newsroom words.

The wording lives here, apart from the views, so that a message reads the same from every door
that shows it and the views only say which outcome to tell.
"""

from collections import Counter

from django.utils.html import format_html
from django.utils.text import Truncator

from briefings.quoting import stop_after

from ..models import Claim
from ..people import desk_name
from ..states import Anchor
from .article import on_the_desk


def cut(text, words=12):
    return Truncator(str(text)).words(words, truncate="…")


def quoted(text, words=12):
    """A claim or briefing as the desk quotes it in a message: its own words, cut short."""
    return f"“{cut(text, words)}”"


def counted(number, noun):
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def claims_from_top(made, *, asked):
    """After "Make claims from the top N": how many claims were made, and why fewer than asked."""
    if not made:
        return "No claims made: every scored statement shown has a claim already."
    said = f"{counted(len(made), 'claim')} made from the most check-worthy statements."
    if len(made) < asked:
        said += " The other scored statements shown have claims already."
    positions = [str(p) for p in sorted(claim.statement.position for claim in made)]
    listed = positions[0] if len(positions) == 1 else f"{', '.join(positions[:-1])} and {positions[-1]}"
    return f"{said} Now claimed: {'statement' if len(positions) == 1 else 'statements'} {listed}."


def claim_made(claim, *, user=None):
    """After "+ Claim", on the new claim's page: its words, and the statement it was made from,
    linked on the briefing's page for the way back (safe HTML); and, when `user` took it in the
    same step, that it is theirs."""
    statement, words = claim.statement, cut(claim.text)
    taken = user is not None and claim.assignee_id == user.pk
    return format_html(
        'Made a claim from <a href="{}">statement {} of “{}”</a>: “{}”{}{}',
        on_the_desk(statement.briefing_id, statement),
        statement.position,
        statement.briefing.title,
        words,
        stop_after(words),
        " It is yours: you are on it now." if taken else "",
    )


def claim_not_made(refusal):
    """After "+ Claim" was refused, on the briefing's page: the service's reason."""
    return f"No claim made: {refusal}"


def briefing_published(preview):
    """After "Publish briefing": how many verdicts the public now reads, how many are new, and
    what waits on hidden statements; `preview` is the one the confirmation page showed."""
    new, kept = len(preview.going_out), len(preview.staying)
    total = new + kept
    if total:
        said = (
            f"The briefing is public with {counted(total, 'verdict')}: {new} new, {kept} already published."
        )
    else:
        said = "The briefing is public, with no verdicts yet."
    if preview.held_back:
        held = counted(len(preview.held_back), "approved verdict")
        said += f" {held} on hidden statements held back until shown again."
    if preview.unready:
        held = counted(len(preview.unready), "approved verdict")
        said += f" {held} held back: short of the pre-publication checklist."
    return said


def briefing_withdrawn(briefing, preview):
    verdicts = counted(len(preview.coming_down), "verdict")
    return f"Withdrew {quoted(briefing)}: it and its {verdicts} are no longer public."


def sent_back_to_review(claim):
    """After a save turned an approved or published verdict back into one in review: why, and
    what it needs now, so that a refused "Publish" that follows is no surprise."""
    return (
        f"Your change sent {quoted(claim)} back to review: changes to the verdict, its evidence or "
        "the right of reply need a second person again. Another editor, who did not change it, "
        "approves it before it is published."
    )


def approved_unready(claim, refusal):
    """After "Approve" on a verdict the publishing checklist would refuse (`refusal`, its words):
    "ready to publish" would be untrue, and filling a gap in now sends it back to review."""
    return (
        f"Approved {quoted(claim)}, but it is not ready to publish. {refusal} A change to it now "
        "sends it back to review: use Request changes to ask for it."
    )


def person(user):
    """Someone on the desk, as the desk names them everywhere (factcheck.people), or "nobody"."""
    return desk_name(user) if user is not None else "nobody"


def _due(claim):
    return f", due {claim.due_on.day} {claim.due_on:%b}" if claim.due_on else ""


def _published(claim):
    """Which version is public now, or, on a briefing not published, the way to publish it."""
    number, briefing = claim.live_version.number, claim.statement.briefing
    if briefing.status == briefing.Status.PUBLISHED:
        return f"is public as version {number}"
    return format_html(
        'is version {}; readers see it once <a href="{}">the briefing is published</a>',
        number,
        on_the_desk(briefing.pk),
    )


CLAIM_OUTCOMES = {
    "take": lambda claim: f"You are on {quoted(claim)}: it is assigned to you{_due(claim)}.",
    "assign": lambda claim: f"Assigned to {person(claim.assignee)}{_due(claim)}.",
    "submit": lambda claim: f"Submitted {quoted(claim)} for review.",
    "approve": lambda claim: f"Approved {quoted(claim)}: ready to publish.",
    "request_changes": lambda claim: (
        f"Sent {quoted(claim)} back to {person(claim.assignee)} with your request."
    ),
    "publish": lambda claim: format_html("Published: {} {}.", quoted(claim), _published(claim)),
    "republish": lambda claim: format_html(
        "Published again with the changed sources: {} {}.", quoted(claim), _published(claim)
    ),
    "dismiss": lambda claim: f"Dismissed {quoted(claim)} as not checkable.",
    "reopen": lambda claim: f"Reopened {quoted(claim)}: it is new again.",
    "withdraw": lambda claim: (
        f"Withdrew the verdict on {quoted(claim)}: its page now answers 410 Gone "
        "with your reason; every published version stays on record."
    ),
    "reconsider": lambda claim: (
        f"Sent the withdrawn {quoted(claim)} back for changes: it goes out again "
        "only as a new version an editor approves."
    ),
}


def as_stored(claim):
    """The claim read back after the action, with what its message names."""
    return Claim.objects.select_related("assignee", "live_version", "statement__briefing").get(pk=claim.pk)


def claim_action_taken(action, claim):
    """After a workflow button: what became of the claim, read back as it is stored now."""
    return CLAIM_OUTCOMES[action](claim)


def claims_action_taken(action, count, assignee=None):
    """After a bulk action on the claims list: how many claims, and to whom when assigned."""
    claims = counted(count, "claim")
    if action == "take":
        return f"You are on {claims} now: assigned to you."
    if action == "assign":
        return f"Assigned {claims} to {person(assignee)}."
    if action == "dismiss":
        return f"Dismissed {claims} as not checkable."
    return f"{action.replace('_', ' ').capitalize()}: {claims}."


_TO_CHECK = "under “Claims to check after a revision”"


def _reworded(count):
    return (
        f"{counted(count, 'claim')} whose sentence was reworded. Open {_each(count)} {_TO_CHECK} and "
        "confirm that its verdict holds for the new wording, or correct the verdict."
    )


def _cut(count):
    return (
        f"{counted(count, 'claim')} whose sentence left the article. Open {_each(count)} {_TO_CHECK} "
        f"and link {_each(count)} to the sentence of the new text that still says it, if one does; a "
        "published verdict stays, with a notice to readers that its sentence was removed."
    )


def _split(count):
    return (
        f"{counted(count, 'claim')} left on part of a statement split on the desk. Open {_each(count)} "
        f"{_TO_CHECK} and confirm that it belongs there, or choose the right part."
    )


def _each(count):
    return "it" if count == 1 else "each"


def revision_next_step(claims):
    """After an editor imports a revision: what is left to do, from the briefing's claims that
    need attention (`claims`), in the order an editor works them."""
    tally = Counter(claim.anchor for claim in claims)
    steps = [
        step(tally[anchor])
        for anchor, step in ((Anchor.CHANGED, _reworded), (Anchor.ORPHANED, _cut), (Anchor.SPLIT, _split))
        if tally[anchor]
    ]
    if not steps:
        return "Nothing to check: every claim’s sentence is in the new text, word for word."
    return "Next: " + " Then: ".join(steps)
