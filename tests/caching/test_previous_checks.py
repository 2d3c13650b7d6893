"""A claim page's "Previously checked" line names other claims: linking, unlinking, and the earlier
claim's own changes (withdrawn, published again, corrected) replace exactly the pages that show
it, so a visitor never reads a stale list."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Claim, Rating

from ..factories import republish
from .conftest import is_hit

pytestmark = pytest.mark.django_db


def claim_url(pk):
    return reverse("claim", args=[pk])


def line(client, pk):
    html = client.get(claim_url(pk)).content.decode()
    if 'class="previously-checked"' not in html:
        return None
    start = html.index('class="previously-checked"')
    return html[start : html.index("</p>", start)]


def warm(client, *urls):
    for url in urls:
        client.get(url)
    assert all(is_hit(client, url) for url in urls)


@pytest.fixture(autouse=True)
def other_claim(desk):
    """The desk's claim in the other briefing, as an object: the earlier check to link."""
    desk.other_claim_obj = Claim.objects.get(pk=desk.other_claim_pk)


@pytest.fixture
def linked(desk):
    """desk.claim linked to the claim in the other briefing as previously checked."""
    services.link_previous_check(
        claim=desk.claim, earlier=desk.other_claim_obj, user=desk.editor, similarity=0.5
    )
    return desk


def test_linking_replaces_the_cached_claim_page(client, desk):
    warm(client, claim_url(desk.claim_pk))

    services.link_previous_check(claim=desk.claim, earlier=desk.other_claim_obj, user=desk.editor)

    assert not is_hit(client, claim_url(desk.claim_pk))
    assert claim_url(desk.other_claim_pk) in line(client, desk.claim_pk)


def test_linking_leaves_the_earlier_claims_own_page_cached(client, desk):
    warm(client, claim_url(desk.other_claim_pk), desk.other_briefing.get_absolute_url())

    services.link_previous_check(claim=desk.claim, earlier=desk.other_claim_obj, user=desk.editor)

    assert is_hit(client, claim_url(desk.other_claim_pk))
    assert is_hit(client, desk.other_briefing.get_absolute_url())


def test_the_line_shows_the_earlier_verdict_as_published(client, linked):
    shown = line(client, linked.claim_pk)

    assert "The other port handled 90 ships." in shown
    assert f"({linked.other_claim_obj.live_version.rating_name})" in shown


def test_unlinking_replaces_the_cached_claim_page(client, linked):
    warm(client, claim_url(linked.claim_pk))

    services.unlink_previous_check(claim=linked.claim, earlier=linked.other_claim_obj, user=linked.editor)

    assert line(client, linked.claim_pk) is None


def test_withdrawing_the_earlier_claims_briefing_takes_it_off_the_cached_line(client, linked):
    warm(client, claim_url(linked.claim_pk))

    services.withdraw_briefing(briefing=linked.other_briefing, user=linked.editor)

    assert not is_hit(client, claim_url(linked.claim_pk))
    assert line(client, linked.claim_pk) is None


def test_publishing_the_earlier_claims_briefing_again_puts_it_back(client, linked):
    services.withdraw_briefing(briefing=linked.other_briefing, user=linked.editor)
    warm(client, claim_url(linked.claim_pk))

    services.publish_briefing(briefing=linked.other_briefing, user=linked.editor)

    assert claim_url(linked.other_claim_pk) in line(client, linked.claim_pk)


def test_a_correction_of_the_earlier_verdict_shows_on_the_cached_line(client, linked):
    warm(client, claim_url(linked.claim_pk))
    earlier = linked.other_claim_obj
    earlier.rating = Rating.objects.get(slug="false")

    republish(earlier, editor=linked.editor, second_editor=linked.second_editor)

    assert "(False)" in line(client, linked.claim_pk)


def test_a_claim_linked_to_nothing_has_no_line(client, desk):
    assert line(client, desk.claim_pk) is None
