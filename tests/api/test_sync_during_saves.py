"""A sync that starts while a public change is still being saved. The change is stamped inside its
transaction and only visible once that commits; a partner whose sync began in between cannot see
it then, and passes the time its sync began as `updated_since` next time. The change must be in
that next sync, or the partner's copy keeps the old claim for good."""

from django.db import transaction
from django.utils import timezone

from factcheck import services
from factcheck.models import Claim

from . import test_sync
from .test_sync import correct_a_claim, pages

newsroom = test_sync.newsroom  # the fixture


def changed_since(client, when):
    return {claim["id"] for claim in pages(client, {"updated_since": when.isoformat()})}


def test_a_correction_committed_after_a_sync_began_is_in_the_next_sync(
    client, newsroom, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        claim = correct_a_claim()
        sync_began = timezone.now()
    assert claim.pk in changed_since(client, sync_began)


def test_a_takedown_committed_after_a_sync_began_sends_its_tombstones_next_time(
    client, newsroom, django_capture_on_commit_callbacks
):
    gone = set(
        Claim.objects.public().filter(statement__briefing=newsroom["other"]).values_list("pk", flat=True)
    )
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
        sync_began = timezone.now()
    assert gone <= changed_since(client, sync_began)


def test_a_republication_committed_after_a_sync_began_is_in_the_next_sync(
    client, newsroom, django_capture_on_commit_callbacks
):
    services.withdraw_briefing(briefing=newsroom["other"], user=newsroom["editor"])
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        services.publish_briefing(briefing=newsroom["other"], user=newsroom["editor"])
        sync_began = timezone.now()
    back = set(
        Claim.objects.public().filter(statement__briefing=newsroom["other"]).values_list("pk", flat=True)
    )
    assert back
    assert back <= changed_since(client, sync_began)
