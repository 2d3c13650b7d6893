"""services.withdraw_briefing: a published briefing and its verdicts leave the public (a takedown)."""

import pytest

from factcheck import services
from factcheck.models import Claim

from ..factories import make_statement

S = Claim.Status
pytestmark = pytest.mark.django_db


def test_it_refuses_a_draft_briefing(editor):
    briefing = make_statement().briefing
    with pytest.raises(services.WorkflowError, match="may not withdraw"):
        services.withdraw_briefing(briefing=briefing, user=editor)
