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
