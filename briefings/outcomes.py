"""What the desk says after an import: what happened to which briefing, in newsroom words, with
the briefing's title as stored (never lower-cased) linking to its desk page. The command line
keeps ImportResult.summary(), which names the slug for scripts and logs."""

from django.urls import reverse
from django.utils.html import format_html, format_html_join


def counted(number, noun):
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def imported(result):
    """The message for `result`, an ImportResult, as safe HTML."""
    briefing = result.briefing
    title = format_html(
        '“<a href="{}">{}</a>”',
        reverse("admin:briefings_briefing_change", args=[briefing.pk]),
        briefing.title,
    )
    statements = counted(briefing.statements.count(), "statement")
    if result.outcome == "created":
        said = format_html(
            "Imported {}: {} in {}.", title, statements, counted(briefing.sections.count(), "section")
        )
    elif result.outcome == "revised":
        counts = result.anchoring.counts()
        change = ", ".join(f"{counts[key]} {key}" for key in ("kept", "moved", "changed", "new", "removed"))
        said = format_html(
            "Imported revision {} of {}: {} statements ({}).",
            result.revision.number,
            title,
            change,
            statements,
        )
    else:
        said = format_html("{} is already imported with this text: nothing changed.", title)
    if result.replies:
        said = format_html(
            "{} {}",
            said,
            format_html_join(" ", "{}.", ((reply[:1].upper() + reply[1:],) for reply in result.replies)),
        )
    return said
