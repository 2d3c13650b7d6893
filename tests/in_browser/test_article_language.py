"""A German article's public pages, marked `lang="de"` where they hold its words, pass an
axe-core audit (valid language tags, nothing else broken by the marking)."""

import pytest

from ..browser import axe_violations, refuse_other_hosts
from ..factories import make_public_claim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def german_claim(db):
    claim = make_public_claim()
    briefing = claim.statement.briefing
    briefing.language = "de"
    briefing.save()
    return claim


@pytest.mark.parametrize("page_of", ["article", "revision", "claim"])
def test_a_german_articles_pages_are_accessible(page, live_server, german_claim, page_of):
    briefing = german_claim.statement.briefing
    path = {
        "article": briefing.get_absolute_url(),
        "revision": briefing.current_revision.get_absolute_url(),
        "claim": german_claim.get_absolute_url(),
    }[page_of]
    refuse_other_hosts(page, live_server)
    page.goto(live_server.url + path)
    for summary in page.locator("details.statement > summary").all():
        summary.click()
    assert page.locator('[lang="de"]').count() >= 1
    violations = axe_violations(page)
    assert [(v["id"], v["help"]) for v in violations if v["impact"] in ("serious", "critical")] == []
