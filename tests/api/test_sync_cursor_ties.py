"""Claims that changed at the same instant (a briefing published, withdrawn or re-anchored stamps
all its claims at once) and a cursor that ends a page among them. A sync following `next` must
still see every claim once, even when one it has seen changes before the next page, and walking
`previous` back from the last page must give the pages it came through."""

from django.utils import timezone

from factcheck.models import Claim, Rating

from ..factories import make_user, republish
from . import test_sync

API = "/api/v1/claims/"
newsroom = test_sync.newsroom  # the fixture


def all_at_one_instant():
    Claim.objects.filter(live_version__isnull=False).update(public_changed_at=timezone.now())
    return set(Claim.objects.public().values_list("pk", flat=True))


def correct(pk):
    claim = Claim.objects.get(pk=pk)
    claim.rating = Rating.objects.get(slug="misleading")
    republish(claim, editor=make_user("fixer", "Editor"), second_editor=make_user("fixer2", "Editor"))


def test_a_sync_sees_every_claim_when_one_it_has_seen_changes_between_pages(client, newsroom):
    public = all_at_one_instant()
    first = client.get(API, {"page_size": 3}).json()
    seen = {claim["id"] for claim in first["results"]}
    correct(first["results"][0]["id"])
    url = first["next"]
    while url:
        body = client.get(url).json()
        seen |= {claim["id"] for claim in body["results"]}
        url = body["next"]
    assert seen == public


def test_walking_previous_from_the_last_page_gives_every_claim_back(client, newsroom):
    public = all_at_one_instant()
    body = client.get(API, {"page_size": 4}).json()
    while body["next"]:
        body = client.get(body["next"]).json()
    back = [claim["id"] for claim in body["results"]]
    while body["previous"]:
        body = client.get(body["previous"]).json()
        back = [claim["id"] for claim in body["results"]] + back
    assert sorted(back) == sorted(public)
