"""Claims are made on, and moved to, the article's current text; re-linking an orphan settles it."""

import pytest

from factcheck import services
from factcheck.models import Claim
from factcheck.services import WorkflowError

from .conftest import statement_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_statement(newsroom):
    newsroom.revise("cut")
    return newsroom.briefing.revisions.get(number=1).statements.get(position=1)


def test_it_refuses_a_claim_on_an_earlier_revisions_statement(newsroom, old_statement):
    with pytest.raises(WorkflowError, match="earlier revision"):
        services.make_claim(statement=old_statement, user=newsroom.checker)
    assert not Claim.objects.filter(statement=old_statement).exists()


def test_it_refuses_moving_a_claim_to_an_earlier_revisions_statement(newsroom, old_statement):
    claim = newsroom.claim("untouched")
    claim.statement = old_statement
    with pytest.raises(WorkflowError, match="earlier revision"):
        services.save_claim(claim=claim, user=newsroom.editor, opened_version=claim.version)
    assert newsroom.claim("untouched").statement.revision.number == 2


def test_choosing_a_current_statement_relinks_an_orphaned_claim(newsroom, old_statement):
    claim = newsroom.claim("cut")
    claim.statement = statement_with(newsroom.briefing, "Zelensky has described recent high-level meetings")
    claim = services.save_claim(claim=claim, user=newsroom.editor, opened_version=claim.version)
    assert (claim.anchor, claim.statement.revision.number) == ("exact", 2)


def test_relinking_an_orphan_sends_the_verdict_back_to_review(newsroom, old_statement):
    claim = newsroom.claim("cut")
    claim.statement = statement_with(newsroom.briefing, "Zelensky has described recent high-level meetings")
    claim = services.save_claim(claim=claim, user=newsroom.editor, opened_version=claim.version)
    assert claim.status == "in_review"
