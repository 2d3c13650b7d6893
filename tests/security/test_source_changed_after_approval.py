"""A source is shared by every claim that cites it, and a checker may correct one no published
verdict cites yet. Before, a checker could repoint a source after an editor had approved the
verdict citing it: the editor then published a verdict whose evidence they had never seen, and
an editor could approve a verdict citing a source they had just changed themselves."""

import pytest

from factcheck import services
from factcheck.models import Claim, Evidence

from ..factories import RATIONALE, answer_checklist, make_claim, make_source, make_user

REPOINTED = "https://example.org/another-page-altogether"


@pytest.fixture
def people(db):
    return {
        "checker": make_user("checker", "Checker"),
        "other": make_user("other", "Checker"),
        "editor": make_user("editor", "Editor"),
    }


def submitted(checker, source):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker)
    services.save_evidence(evidence=Evidence(claim=claim, source=source, stance="supports"), user=checker)
    claim = Claim.objects.get(pk=claim.pk)
    claim.rating_id = 1
    claim.rationale = RATIONALE
    answer_checklist(claim)
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    return services.take_action(claim=claim, action="submit", user=checker)


def repoint(source, user):
    source = type(source).objects.get(pk=source.pk)
    source.url = REPOINTED
    services.save_source(source=source, user=user, comment="The right page.")


def test_a_checker_repointing_an_approved_verdicts_source_sends_it_back_to_review(people):
    source = make_source()
    claim = submitted(people["checker"], source)
    services.take_action(claim=claim, action="approve", user=people["editor"])
    repoint(source, people["other"])
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.IN_REVIEW


def test_an_editor_may_not_approve_a_verdict_whose_source_they_repointed(people):
    source = make_source()
    claim = submitted(people["checker"], source)
    repoint(source, people["editor"])
    with pytest.raises(services.WorkflowError, match="nobody approves a check they submitted or revised"):
        services.take_action(claim=Claim.objects.get(pk=claim.pk), action="approve", user=people["editor"])


def test_the_editor_who_approved_cannot_publish_the_repointed_source_unreviewed(people):
    source = make_source()
    claim = submitted(people["checker"], source)
    services.take_action(claim=claim, action="approve", user=people["editor"])
    repoint(source, people["checker"])
    with pytest.raises(services.WorkflowError, match="cannot publish a claim that is in review"):
        services.take_action(claim=Claim.objects.get(pk=claim.pk), action="publish", user=people["editor"])
    assert Claim.objects.get(pk=claim.pk).live_version is None


def test_the_change_is_on_the_verdicts_history_with_a_version_of_its_own(people):
    source = make_source()
    claim = submitted(people["checker"], source)
    approved = services.take_action(claim=claim, action="approve", user=people["editor"])
    before = (approved.version, approved.events.count())
    repoint(source, people["other"])
    claim = Claim.objects.get(pk=claim.pk)
    event = claim.events.first()
    assert (claim.version, claim.events.count()) == (before[0] + 1, before[1] + 1)
    assert (event.action, event.actor, event.from_status, event.to_status) == (
        "source_changed",
        people["other"],
        Claim.Status.APPROVED,
        Claim.Status.IN_REVIEW,
    )


def test_a_note_on_the_source_leaves_an_approved_verdict_approved(people):
    source = make_source()
    claim = submitted(people["checker"], source)
    services.take_action(claim=claim, action="approve", user=people["editor"])
    source = type(source).objects.get(pk=source.pk)
    source.notes = "Ask the port for the raw figures."
    services.save_source(source=source, user=people["other"])
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.APPROVED
