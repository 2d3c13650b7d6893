"""Three revisions later, every earlier revision, claim, verdict and event is still there and readable."""

import pytest
from django.urls import reverse

from factcheck.models import Claim, ClaimEvent, ClaimVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def revised_thrice(newsroom):
    before = {
        "claims": set(Claim.objects.values_list("pk", flat=True)),
        "versions": sorted(
            ClaimVersion.objects.values_list("pk", "statement_id", "statement_text", "rating_slug")
        ),
        "events": list(ClaimEvent.objects.values_list("pk", "action", "changes")),
    }
    newsroom.revise("date", "cut")
    newsroom.revise("date", "cut", "new", "moved")
    newsroom.revise("number", "split", "merged")
    return newsroom, before


def test_every_claim_is_still_there(revised_thrice):
    newsroom, before = revised_thrice
    assert set(Claim.objects.values_list("pk", flat=True)) == before["claims"]


def test_every_published_version_is_untouched(revised_thrice):
    newsroom, before = revised_thrice
    after = sorted(ClaimVersion.objects.values_list("pk", "statement_id", "statement_text", "rating_slug"))
    assert after == before["versions"]


def test_earlier_events_are_untouched_and_new_ones_added(revised_thrice):
    newsroom, before = revised_thrice
    after = list(
        ClaimEvent.objects.filter(pk__in=[pk for pk, *_ in before["events"]]).values_list(
            "pk", "action", "changes"
        )
    )
    assert sorted(after) == sorted(before["events"])
    # every claim once per revision, but the one cut in revision 2 stays where it was after that
    assert ClaimEvent.objects.filter(action="reanchored").count() == 3 * len(before["claims"]) - 2


def test_every_revision_is_readable_on_the_desk(client, revised_thrice):
    newsroom, _ = revised_thrice
    client.force_login(newsroom.checker)
    for number in (1, 2, 3, 4):
        url = reverse("admin:briefings_briefing_revision", args=[newsroom.briefing.pk, number])
        assert client.get(url).status_code == 200


def test_every_revision_is_readable_in_public(client, revised_thrice):
    newsroom, _ = revised_thrice
    for number in (1, 2, 3, 4):
        assert client.get(f"/briefings/peace/revisions/{number}/").status_code == 200


def test_every_published_verdict_stays_public(client, revised_thrice):
    newsroom, before = revised_thrice
    for pk in before["claims"]:
        assert client.get(f"/claims/{pk}/").status_code == 200
