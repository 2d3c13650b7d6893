"""Fixtures for the API tests.

`desk` is the demo desk: the sample briefing, published, with claims in every workflow state
(three of them published), the demo users, plus a draft briefing with a claim citing a source
nobody public cites, and a source nobody cites at all.
"""

import pytest
from rest_framework.authtoken.models import Token

from factcheck.demo import load_demo
from factcheck.models import Claim, Source

from ..factories import age_everything, make_claim, make_source, make_user, publish


class Desk:
    def __init__(self, users, briefing):
        self.users = users
        self.briefing = briefing
        self.public_claims = list(Claim.objects.public().order_by("id"))
        self.unpublished_claims = list(Claim.objects.exclude(status="published").order_by("id"))
        self.draft_claim = make_claim(
            Claim.Status.PUBLISHED, checked=False, text="A claim in a draft briefing."
        )
        self.draft_briefing = self.draft_claim.statement.briefing
        self.draft_claim.rating_id = self.public_claims[0].rating_id
        self.draft_claim.save()
        self.hidden_source = make_source("https://example.org/only-in-a-draft", "Cited only by a draft")
        self.draft_claim.evidence.create(source=self.hidden_source, stance="supports", excerpt="x")
        publish(self.draft_claim)
        self.uncited_source = make_source("https://example.net/nobody-cites-this", "Cited by nobody")
        self.public_sources = list(Source.objects.public().order_by("id"))


@pytest.fixture
def desk(db):
    users, result = load_demo()
    users["token"] = make_user("robot", role="Checker")
    Token.objects.create(user=users["token"], key="robot-token-0123456789abcdef0123456789")
    desk = Desk(users, result.briefing)
    age_everything()
    return desk
