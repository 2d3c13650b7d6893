"""Races: people pressing the same button at the same moment, on SQLite and on PostgreSQL.

Each race starts its threads together at a barrier, each thread on its own database connection
as the server's threads would be. One wins; the others are refused with the service's own message,
never a database error; and the claim's history stays whole: its `version` equals the number of
events, each event starts where the one before ended, and the last ends at the claim's status.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from briefings.models import Briefing
from factcheck import services
from factcheck.models import Claim, ClaimVersion, Evidence, Rating, Source

from ..factories import RATIONALE, answer_checklist, make_source, make_statement, make_user

pytestmark = pytest.mark.django_db(transaction=True)

RACERS = 5


def race(*attempts):
    """Run the attempts at once; each returns what it won, or "refused" when the service says no."""
    barrier = threading.Barrier(len(attempts))

    def run(attempt):
        try:
            barrier.wait(timeout=10)
            return attempt()
        except (services.WorkflowError, services.EditConflict):
            return "refused"
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(attempts)) as pool:
        return list(pool.map(run, attempts))


def assert_history_is_whole(claim):
    claim = Claim.objects.get(pk=claim.pk)
    events = list(claim.events.order_by("pk"))
    assert claim.version == len(events)
    assert events[0].from_status == ""
    for before, after in zip(events, events[1:], strict=False):
        assert after.from_status == before.to_status, (before.action, after.action)
    assert events[-1].to_status == claim.status


@pytest.fixture
def desk(reference_data):
    """An editor, a second editor and five checkers, and a claim made through the services."""
    people = {
        "editor": make_user("editor", "Editor"),
        "second_editor": make_user("second-editor", "Editor"),
        "checkers": [make_user(f"checker-{i}", "Checker") for i in range(RACERS)],
    }
    people["claim"] = services.make_claim(user=people["editor"], statement=make_statement())
    return people


def checked(claim, checker):
    """`claim`, taken by `checker`, with a rating, a rationale and evidence: ready to submit."""
    claim = services.take_action(claim=claim, action="take", user=checker)
    claim.rating = Rating.objects.get(slug="accurate")
    claim.rationale = RATIONALE
    answer_checklist(claim)
    claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
    evidence = Evidence(claim=claim, source=make_source(), stance="supports", excerpt="140 ships")
    services.save_evidence(evidence=evidence, user=checker)
    return Claim.objects.get(pk=claim.pk)


def submitted(desk):
    checker = desk["checkers"][0]
    claim = checked(desk["claim"], checker)
    return services.take_action(claim=claim, action="submit", user=checker)


def approved(desk):
    return services.take_action(claim=submitted(desk), action="approve", user=desk["editor"])


def fresh(claim):
    return Claim.objects.get(pk=claim.pk)


def test_checkers_taking_one_claim_at_once_leave_it_with_one_of_them(desk):
    claim = desk["claim"]
    outcomes = race(
        *[
            lambda checker=checker: (
                services.take_action(
                    claim=fresh(claim), action="take", user=checker, opened_version=claim.version
                ).assignee
            )
            for checker in desk["checkers"]
        ]
    )
    winners = [outcome for outcome in outcomes if outcome != "refused"]
    assert len(winners) == 1
    assert fresh(claim).assignee == winners[0]
    assert_history_is_whole(claim)


def test_two_editors_approving_and_sending_back_at_once_leave_one_decision(desk):
    """Both pages showed the claim in review (the desk sends the version it showed)."""
    claim = submitted(desk)
    shown = claim.version
    outcomes = race(
        lambda: (
            services.take_action(
                claim=fresh(claim), action="approve", user=desk["editor"], opened_version=shown
            ).status
        ),
        lambda: (
            services.take_action(
                claim=fresh(claim),
                action="request_changes",
                user=desk["second_editor"],
                comment="Source?",
                opened_version=shown,
            ).status
        ),
    )
    assert outcomes.count("refused") == 1
    assert fresh(claim).status in outcomes
    assert_history_is_whole(claim)


def test_two_editors_saving_the_same_opened_claim_keep_one_edit(desk):
    claim = approved(desk)
    opened = claim.version

    def save(user, rationale):
        def attempt():
            edited = fresh(claim)
            edited.rationale = rationale
            return services.save_claim(claim=edited, user=user, opened_version=opened).rationale

        return attempt

    outcomes = race(
        save(desk["editor"], "The first editor's words."), save(desk["second_editor"], "The second's.")
    )
    assert outcomes.count("refused") == 1
    assert fresh(claim).rationale in outcomes
    assert_history_is_whole(claim)


def test_two_checkers_saving_the_same_opened_evidence_keep_one_edit(desk):
    checker = desk["checkers"][0]
    claim = checked(desk["claim"], checker)
    evidence = claim.evidence.get()

    def save(excerpt):
        def attempt():
            edited = Evidence.objects.get(pk=evidence.pk)
            edited.excerpt = excerpt
            services.save_evidence(evidence=edited, user=checker, opened_version=evidence.version)
            return excerpt

        return attempt

    outcomes = race(save("One reading."), save("Another reading."))
    assert outcomes.count("refused") == 1
    assert Evidence.objects.get(pk=evidence.pk).excerpt in outcomes
    assert_history_is_whole(claim)


def test_publishing_one_briefing_five_times_at_once_publishes_it_once(desk):
    claim = approved(desk)
    briefing = claim.statement.briefing
    editor = desk["second_editor"]
    outcomes = race(
        *[lambda: services.publish_briefing(briefing=Briefing.objects.get(pk=briefing.pk), user=editor)]
        * RACERS
    )
    assert outcomes.count("refused") == RACERS - 1
    assert ClaimVersion.objects.filter(claim=claim).count() == 1
    assert fresh(claim).live_version.number == 1
    assert_history_is_whole(claim)


def test_withdrawing_one_briefing_twice_at_once_withdraws_it_once(desk):
    claim = approved(desk)
    briefing = claim.statement.briefing
    services.publish_briefing(briefing=briefing, user=desk["editor"])

    def withdraw(reason):
        def attempt():
            services.withdraw_briefing(
                briefing=Briefing.objects.get(pk=briefing.pk), user=desk["editor"], reason=reason
            )
            return reason

        return attempt

    outcomes = race(withdraw("Legal asked."), withdraw("The source retracted."))
    assert outcomes.count("refused") == 1
    assert Briefing.objects.get(pk=briefing.pk).withdrawal_reason in outcomes
    assert_history_is_whole(claim)


def test_publishing_a_claim_while_its_briefing_is_published_leaves_one_live_version(desk):
    """The claim's own Publish and the briefing's Publish, pressed together, publish it once."""
    claim = approved(desk)
    briefing = claim.statement.briefing
    outcomes = race(
        lambda: services.publish_briefing(briefing=Briefing.objects.get(pk=briefing.pk), user=desk["editor"]),
        lambda: services.take_action(claim=fresh(claim), action="publish", user=desk["second_editor"]).status,
    )
    assert ClaimVersion.objects.filter(claim=claim).count() == 1
    assert fresh(claim).status == Claim.Status.PUBLISHED
    assert outcomes.count("refused") <= 1
    assert_history_is_whole(claim)


def test_two_editors_saving_the_same_opened_source_keep_one_edit_and_flag_the_verdict_once(desk):
    claim = approved(desk)
    services.publish_briefing(briefing=claim.statement.briefing, user=desk["editor"])
    source = claim.evidence.get().source

    def save(user, title):
        def attempt():
            edited = Source.objects.get(pk=source.pk)
            edited.title = title
            services.save_source(source=edited, user=user, opened_version=source.version)
            return title

        return attempt

    outcomes = race(save(desk["editor"], "One title."), save(desk["second_editor"], "Another title."))
    assert outcomes.count("refused") == 1
    assert Source.objects.get(pk=source.pk).title in outcomes
    assert fresh(claim).events.filter(action="source_changed").count() == 1
    assert_history_is_whole(claim)


def test_approving_while_a_checker_repoints_its_source_never_leaves_it_approved_before_the_change(desk):
    """Either the source changed first and the editor approved what they saw, or the approval
    came first and the change sent the verdict back to review."""
    claim = submitted(desk)
    source = claim.evidence.get().source

    def approve():
        return services.take_action(claim=fresh(claim), action="approve", user=desk["editor"]).status

    def repoint():
        edited = Source.objects.get(pk=source.pk)
        edited.url = "https://example.org/another-page-altogether"
        return services.save_source(source=edited, user=desk["checkers"][1])

    race(approve, repoint)
    assert_history_is_whole(claim)
    actions = list(fresh(claim).events.order_by("pk").values_list("action", flat=True))
    if fresh(claim).status == Claim.Status.APPROVED:
        assert actions.index("source_changed") < actions.index("approve")
    else:
        assert fresh(claim).status == Claim.Status.IN_REVIEW
