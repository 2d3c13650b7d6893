"""A claim's history at a phone's 390 px: each event reads across the screen (when and who, then
what happened), not squeezed into the third of four table columns; axe-core finds nothing serious."""

import pytest
from django.urls import reverse

from factcheck.demo import load_demo
from factcheck.models import Claim

from ..browser import serious_violations, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]
PHONE = (390, 844)


@pytest.fixture
def claim_page(chromium, live_server):
    load_demo()
    claim = max(Claim.objects.all(), key=lambda claim: claim.events.count())
    page = signed_in_page(chromium, live_server, "checker", viewport=PHONE)
    page.goto(live_server.url + reverse("admin:factcheck_claim_change", args=[claim.pk]))
    yield page
    page.context.close()


def test_what_happened_reads_across_the_screen_at_390_px(claim_page):
    what = claim_page.locator("table.claim-history tbody tr td:nth-child(3)")
    widths = what.evaluate_all("cells => cells.map(cell => cell.getBoundingClientRect().width)")
    assert min(widths) > 0.8 * PHONE[0]
    assert claim_page.evaluate("document.documentElement.scrollWidth") <= PHONE[0]


def test_the_history_passes_axe_at_390_px(claim_page):
    claim_page.locator("table.claim-history").scroll_into_view_if_needed()
    assert serious_violations(claim_page, context="table.claim-history") == []
