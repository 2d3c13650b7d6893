import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction
from rest_framework.authtoken.models import Token

from factcheck import services
from factcheck.demo import load_demo
from factcheck.models import Claim

from ..factories import make_claim, make_source, make_user
from .urlconf import World


def build_world():
    users, _ = load_demo()
    users["staff"] = make_user("staff-without-a-role", role=None)
    users["staff"].is_staff = True
    users["staff"].save()
    Token.objects.create(user=users["checker"], key="matrix-token-0123456789abcdef01234567")
    seen = {"username": "mallory", "ip_address": "203.0.113.9", "user_agent": "curl"}
    AccessAttempt.objects.create(**seen, failures_since_start=3)
    AccessLog.objects.create(**seen)
    AccessFailureLog.objects.create(**seen)
    draft_claim = make_claim(Claim.Status.NEW, text="A claim nobody has published.")
    hidden_source = make_source("https://example.org/cited-only-by-a-draft", "Cited only by a draft")
    draft_claim.evidence.create(source=hidden_source, stance="supports", excerpt="Only the desk sees this.")
    services.receive_submission(
        text="A reader asks: did the port handle 140 ships?", contact="reader@example.org"
    )
    return World(users, Claim.objects.public().order_by("pk").first(), draft_claim, hidden_source)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction that is rolled back after its last test;
    each test runs in a savepoint within it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
