"""Every state × action × role: allowed or refused, the same through the model and the service."""

import pytest
from django.contrib.auth.models import AnonymousUser

from factcheck import services
from factcheck.models import Claim
from factcheck.workflow import ACTIONS

from ..factories import make_claim, make_user, offered

S = Claim.Status
ROLES = ["anonymous", "checker", "other_checker", "editor", "admin"]

# (state, action) → the roles that may take it, for a claim assigned to and submitted by "checker".
ALLOWED = {
    (S.NEW, "take"): {"checker", "other_checker", "editor", "admin"},  # only while nobody is on it
    (S.NEW, "assign"): {"editor", "admin"},
    (S.NEW, "dismiss"): {"editor", "admin"},
    (S.IN_PROGRESS, "assign"): {"editor", "admin"},
    (S.IN_PROGRESS, "submit"): {"checker"},
    (S.IN_PROGRESS, "dismiss"): {"editor", "admin"},
    (S.CHANGES_REQUESTED, "assign"): {"editor", "admin"},
    (S.CHANGES_REQUESTED, "submit"): {"checker"},
    (S.CHANGES_REQUESTED, "dismiss"): {"editor", "admin"},
    (S.IN_REVIEW, "approve"): {"editor", "admin"},
    (S.IN_REVIEW, "request_changes"): {"editor", "admin"},
    (S.IN_REVIEW, "dismiss"): {"editor", "admin"},
    (S.APPROVED, "request_changes"): {"editor", "admin"},
    (S.APPROVED, "publish"): {"editor", "admin"},
    (S.DISMISSED, "reopen"): {"editor", "admin"},
    (S.PUBLISHED, "withdraw"): {"editor", "admin"},  # any state with a live version (only published here)
    (S.WITHDRAWN, "reconsider"): {"editor", "admin"},
}


@pytest.fixture
def people(db):
    return {
        "anonymous": AnonymousUser(),
        "checker": make_user("checker", "Checker"),
        "other_checker": make_user("other", "Checker"),
        "editor": make_user("editor", "Editor"),
        "admin": make_user("admin", superuser=True),
    }


def claim_in(state, people):
    owner = people["checker"]
    return make_claim(
        state,
        assignee=None if state == S.NEW else owner,
        submitted_by=owner if state in (S.IN_REVIEW, S.APPROVED, S.PUBLISHED) else None,
        checked=True,
    )


CASES = [(state, action.name, role) for state in S.values for action in ACTIONS for role in ROLES]


@pytest.mark.parametrize(("state", "action", "role"), CASES)
def test_the_model_offers_exactly_the_allowed_actions(people, state, action, role):
    claim = claim_in(state, people)
    expected = role in ALLOWED.get((state, action), set())
    assert (action in offered(claim, people[role])) is expected


@pytest.mark.parametrize(("state", "action", "role"), CASES)
def test_the_service_performs_exactly_the_allowed_actions(people, state, action, role):
    claim = claim_in(state, people)
    expected = role in ALLOWED.get((state, action), set())
    user = people[role]
    kwargs = {"comment": "Because.", "assignee": people["other_checker"]}
    if expected:
        result = services.take_action(claim=claim, action=action, user=user, **kwargs)
        assert result.status == next(a.to_status for a in ACTIONS if a.name == action)
        assert result.events.first().action == action
    else:
        with pytest.raises(services.WorkflowError):
            services.take_action(claim=claim, action=action, user=user, **kwargs)
        claim.refresh_from_db()
        assert claim.status == state
        assert not claim.events.exists()
