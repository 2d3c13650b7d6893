"""Right of reply on a claim's public page (templates/includes/right_of_reply.html): read from the
published version, never the working copy."""

import datetime

import pytest

from factcheck.models import Claim

from ..factories import make_public_claim, make_user, republish

pytestmark = pytest.mark.django_db


def page(client, claim):
    return client.get(claim.get_absolute_url()).content.decode()


def test_it_says_when_the_claimant_was_contacted(client):
    claim = make_public_claim(
        claimant="The mayor", reply_status="contacted", contacted_on=datetime.date(2026, 11, 30)
    )
    assert '<p class="right-of-reply">We contacted The mayor on 30 November 2026.</p>' in page(client, claim)


def test_it_says_why_the_claimant_was_not_contacted(client):
    claim = make_public_claim(
        claimant="The mayor", reply_status="not_contacted", reply_note="The office gives no address <for> it."
    )
    html = page(client, claim)
    assert "We did not contact The mayor: The office gives no address &lt;for&gt; it." in html


def test_it_names_no_one_when_the_claimant_is_not_known(client):
    claim = make_public_claim(reply_status="not_contacted", reply_note="Nobody to ask.")
    assert "We did not contact the claimant: Nobody to ask." in page(client, claim)


def test_it_says_nothing_when_right_of_reply_does_not_apply(client):
    claim = make_public_claim(claimant="The mayor", reply_status="not_applicable")
    assert "right-of-reply" not in page(client, claim)


def test_it_reads_the_published_version_not_the_working_copy(client):
    claim = make_public_claim(claimant="The mayor", reply_status="not_applicable")
    Claim.objects.filter(pk=claim.pk).update(reply_status="not_contacted", reply_note="Edited since.")
    assert "Edited since." not in page(client, claim)


def test_a_new_version_with_a_new_answer_reaches_the_cached_page(client, editor):
    """The line is part of the version, so publishing the next one invalidates the page as any
    publication does (the briefing's generation moves)."""
    claim = make_public_claim(claimant="The mayor", reply_status="not_applicable")
    assert "right-of-reply" not in page(client, claim)  # now cached
    claim.reply_status, claim.contacted_on = "contacted", datetime.date(2026, 3, 4)
    republish(claim, editor=editor, second_editor=make_user("editor2", "Editor"))
    assert "We contacted The mayor on 4 March 2026." in page(client, claim)
