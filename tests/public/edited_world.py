"""A published article whose split an editor corrects (briefings.editing): one paragraph of four
statements, one of them carrying a published verdict, and a second paragraph."""

from dataclasses import dataclass

from briefings import editing
from briefings.importers import import_briefing
from briefings.models import Briefing, Statement
from factcheck.models import Claim

from ..factories import make_claim, make_user

SLUG = "harbour-news"
URL = f"/briefings/{SLUG}/"
TEXT = (
    "Harbour news\n"
    "The port handled 140 ships last week. Officials expect more. The mayor opened a new quay. "
    "Subscribe to our newsletter.\n\n"
    "The budget is 3 million euros.\n"
)
PLUG = "Subscribe to our newsletter."


@dataclass
class Edited:
    briefing: Briefing
    claim: Claim  # published, on "Officials expect more."
    editor: object

    def statement(self, text):
        return self.briefing.statements.get(text=text)

    def split(self, text, offset):
        return editing.split_statement(statement=self.statement(text), offset=offset, user=self.editor)

    def merge(self, text):
        return editing.merge_statements(statement=self.statement(text), user=self.editor)

    def hide(self, text=PLUG):
        return editing.hide_statement(statement=self.statement(text), user=self.editor)

    def stored(self, text):
        return Statement.objects.get(revision=self.briefing.current_revision_id, text=text)


def edited_world(claim_text="Officials expect more ships."):
    """The published article, its verdict on statement 2 (`claim_text` is the claim's own
    wording), and an editor to correct the split."""
    briefing = import_briefing(TEXT, slug=SLUG).briefing
    statement = briefing.statements.get(text="Officials expect more.")
    claim = make_claim(Claim.Status.PUBLISHED, checked=True, statement=statement, text=claim_text)
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.PUBLISHED)
    briefing.refresh_from_db()
    return Edited(briefing=briefing, claim=claim, editor=make_user("eda", "Editor"))


def long_edited_briefing(count):
    """A published article of `count` statements, two to a paragraph, every sixth paragraph with
    a published verdict, and every third paragraph's first statement merged with the next, hidden
    or split by an editor, in turn: for counting a page's queries as an edited article grows."""
    slug = f"long-edited-{count}"
    text = f"Long edited {count}\n" + "".join(
        f"Sentence number {i} says something. Its neighbour {i} says more.\n\n" for i in range(count // 2)
    )
    briefing = import_briefing(text, slug=slug).briefing
    paragraphs = range(1, count // 2 + 1)
    for statement in briefing.statements.filter(
        paragraph__in=paragraphs[::6], position__in=range(1, count, 2)
    ):
        make_claim(Claim.Status.PUBLISHED, checked=True, statement=statement, text=statement.text)
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.PUBLISHED)
    editor = make_user(f"long-{count}", "Editor")
    for turn, paragraph in enumerate(paragraphs[1::3]):  # never a paragraph with a verdict
        first = briefing.statements.filter(paragraph=paragraph).order_by("position").first()
        if turn % 3 == 0:
            editing.merge_statements(statement=first, user=editor)
        elif turn % 3 == 1:
            editing.hide_statement(statement=first, user=editor)
        else:
            editing.split_statement(statement=first, offset=9, user=editor)
    briefing.refresh_from_db()
    return briefing
