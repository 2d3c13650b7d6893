"""services.why_not: why a person may not take a workflow action now, in the words take_action's
refusal says, so the desk can say it where the button would be."""

import pytest

from factcheck import services

from ..factories import make_submitted_claim, make_user

pytestmark = pytest.mark.django_db


def test_it_says_the_refusal_take_action_would_raise(checker):
    claim, second = make_submitted_claim(checker), make_user("checker2", "Checker")
    reason = services.why_not(claim=claim, action="approve", user=second)
    with pytest.raises(services.WorkflowError, match=reason):
        services.take_action(claim=claim, action="approve", user=second)


def test_it_says_nothing_to_whoever_may_take_the_action(editor, checker):
    assert services.why_not(claim=make_submitted_claim(checker), action="approve", user=editor) == ""
