"""What the desk says after an editor or checker acts: what happened to what, in newsroom words.

The wording lives here, apart from the views, so that a message reads the same from every door
that shows it and the views only say which outcome to tell.
"""

from django.utils.text import Truncator


def quoted(text, words=12):
    """A claim or briefing as the desk quotes it in a message: its own words, cut short."""
    return f"“{Truncator(str(text)).words(words, truncate='…')}”"


def counted(number, noun):
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


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
    return said


def briefing_withdrawn(briefing, preview):
    verdicts = counted(len(preview.coming_down), "verdict")
    return f"Withdrew {quoted(briefing)}: it and its {verdicts} are no longer public."
