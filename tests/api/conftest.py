"""Fixtures for the API tests.

`desk` is the demo desk: the sample briefing, published, with claims in every workflow state
(three of them published), the demo users, plus a draft briefing with a claim citing a source
nobody public cites, and a source nobody cites at all.
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test.utils import override_settings
from rest_framework.authtoken.models import Token

from briefings.models import Briefing
from factcheck.demo import load_demo
from factcheck.models import Claim, Source

from ..factories import age_everything, make_claim, make_source, make_user, publish
from ..reference_data import seed_reference_data

User = get_user_model()
ROBOT_KEY = "robot-token-0123456789abcdef0123456789"  # the robot's key, as issued: only its digest is stored
FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def build_desk():
    """The demo desk with the draft briefing and the two sources, written once for a module;
    returns the ids each test's Desk reads back."""
    users, result = load_demo()
    users["token"] = make_user("robot", role="Checker")
    Token.objects.create(user=users["token"], key=ROBOT_KEY)  # stored as its digest
    public_rating = Claim.objects.public().order_by("id").values_list("rating_id", flat=True).first()
    draft_claim = make_claim(Claim.Status.PUBLISHED, checked=False, text="A claim in a draft briefing.")
    draft_claim.rating_id = public_rating
    draft_claim.save()
    hidden_source = make_source("https://example.org/only-in-a-draft", "Cited only by a draft")
    draft_claim.evidence.create(source=hidden_source, stance="supports", excerpt="x")
    publish(draft_claim)
    uncited_source = make_source("https://example.net/nobody-cites-this", "Cited by nobody")
    age_everything()
    return {
        "users": {name: user.pk for name, user in users.items()},
        "briefing": result.briefing.pk,
        "draft_claim": draft_claim.pk,
        "hidden_source": hidden_source.pk,
        "uncited_source": uncited_source.pk,
    }


class Desk:
    """What a test sees of the desk, read afresh for each test: a test that changes an object
    leaves the next test's copy (and, rolled back, the database) as built."""

    def __init__(self, ids):
        self.users = {name: User.objects.get(pk=pk) for name, pk in ids["users"].items()}
        self.token_key = ROBOT_KEY
        self.briefing = Briefing.objects.get(pk=ids["briefing"])
        self.public_claims = list(Claim.objects.public().order_by("id"))
        self.unpublished_claims = list(Claim.objects.exclude(status="published").order_by("id"))
        self.draft_claim = Claim.objects.get(pk=ids["draft_claim"])
        self.draft_briefing = self.draft_claim.statement.briefing
        self.hidden_source = Source.objects.get(pk=ids["hidden_source"])
        self.uncited_source = Source.objects.get(pk=ids["uncited_source"])
        self.public_sources = list(Source.objects.public().order_by("id"))


@pytest.fixture(scope="module")
def built_desk(django_db_setup, django_db_blocker):
    """Built once for the module (the demo took a second a test) inside a transaction rolled back
    after its last test; each test runs in a savepoint within it. A module's fixture runs before
    the function-scoped fast_password_hashing, so it asks for fast hashing itself."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING), transaction.atomic():
        yield build_desk()
        transaction.set_rollback(True)


@pytest.fixture
def desk(built_desk, db):
    return Desk(built_desk)


@pytest.fixture
def live_demo(transactional_db):
    """The demo desk for an outside client against `live_server`, whose database starts emptied
    (the data migrations' rows put back first), dated in the past: no Last-Modified is sent for a
    change made within the current second."""
    seed_reference_data()
    load_demo()
    age_everything()
