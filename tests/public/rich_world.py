"""A published article that exercises every part of the article and claim pages' markup: headings,
paragraphs, lists, a table and a quote; HTML-special characters and unicode in every text field;
verdicts on and off the scale; evidence of every stance, with and without publisher and excerpt; a
corrected (republished) verdict; a verdict whose statement's wording changed; one whose statement
was cut from the article; and claims no reader may see (in review, dismissed)."""

from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck.models import Claim, Evidence, Rating, Source
from factcheck.states import Anchor

from ..factories import answer_checklist, make_claim, make_user, publish, republish

SLUG = "rich-article"
NASTY = "<b>&amp;</b> \"quoted\" 'single' & < > – ünïcødé ✓ 中文 \u2028"
TEXT = f"""A rich article: {NASTY}
## Costs & benefits <of> "it"
The port handled 140 ships last week. Officials expect <more> & "better". It's ünïcødé — 中文.

- A list item says 3 < 4.
- Another says 5 > 4 & more.

| Year | Ships |
|---|---|
| 2023 | 120 ships & boats |

> The minister said "nothing" about <it>.

## Second section
The budget is 3 million euros. Unemployment fell to 4%.
"""


def _source(number, publisher):
    return Source.objects.create(
        url=f"https://example.org/{number}?a=1&b=<2>",
        title=f"Source {number}: {NASTY}",
        publisher=publisher,
    )


def _verdict(claim, rating, stances):
    claim.rating = Rating.objects.get(slug=rating)
    claim.rationale = (
        f"First line {NASTY}\nSecond line.\n\nAfter a blank line, and a last one to make it long enough."
    )
    claim.claimant = f"The minister {NASTY}"
    claim.reply_status, claim.reply_note = Claim.ReplyStatus.NOT_CONTACTED, f"Reason {NASTY}"
    answer_checklist(claim)
    claim.save()
    for number, stance in enumerate(stances):
        Evidence.objects.create(
            claim=claim,
            source=_source(f"{claim.pk}-{number}", "" if number % 2 else f"Publisher {NASTY}"),
            stance=stance,
            excerpt="" if number == 1 else f"Excerpt {NASTY}",
        )


def _published(statement, rating, stances, text=None):
    claim = make_claim(statement=statement, text=text or f"{statement.text} {NASTY}")
    _verdict(claim, rating, stances)
    claim.status = Claim.Status.PUBLISHED
    claim.save()
    return publish(claim)


def rich_world():
    """The article published, as described above; returns the briefing."""
    briefing = import_briefing(TEXT, slug=SLUG).briefing
    statements = list(briefing.statements.order_by("position"))
    every = [Evidence.Stance.SUPPORTS, Evidence.Stance.CONTRADICTS, Evidence.Stance.CONTEXT]
    ratings = ["accurate", "not-checkable", "false", "misleading", "mostly-accurate"]
    claims = [  # every other statement, each with a rating of its own, all evidence or one piece
        _published(statement, ratings[n % len(ratings)], every if n % 2 == 0 else every[:1])
        for n, statement in enumerate(statements[::2])
    ]
    _published(statements[2], "unsupported", [], text="A second verdict on one statement")
    make_claim(Claim.Status.IN_REVIEW, statement=statements[1], checked=True)
    make_claim(Claim.Status.DISMISSED, statement=statements[3])
    editor, second = make_user("rich-ed", "Editor"), make_user("rich-ed2", "Editor")
    corrected = Claim.objects.get(pk=claims[0].pk)
    corrected.rating = Rating.objects.get(slug="misleading")
    republish(corrected, editor=editor, second_editor=second, comment=f"Corrected {NASTY}")
    Claim.objects.filter(pk=claims[2].pk).update(anchor=Anchor.CHANGED)
    Claim.objects.filter(pk=claims[3].pk).update(
        anchor=Anchor.ORPHANED, anchored_in=briefing.current_revision
    )
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.PUBLISHED, note=f"Note {NASTY}")
    briefing.refresh_from_db()
    return briefing
