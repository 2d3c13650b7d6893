"""An editor splits a statement on the briefing's desk page and merges it back, by clicking, as
a person would; axe-core checks the page with its corrections open."""

import pytest
from django.urls import reverse

from briefings.demo import ensure_demo_users
from briefings.importers import import_briefing
from briefings.models import StatementEdit

from ..browser import serious_violations, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

ARTICLE = (
    "The port\n\n## Shipping\n\n"
    "The port handled 140 ships last week. Officials expect more.\n\n"
    "A new paragraph starts here.\n"
)


def test_an_editor_splits_a_statement_and_merges_it_back(page, live_server):
    ensure_demo_users()
    briefing = import_briefing(ARTICLE).briefing
    sign_in(page, live_server)
    page.goto(live_server.url + reverse("admin:briefings_briefing_change", args=[briefing.pk]))

    statement = page.locator("#s-2")
    statement.get_by_text("Split statement 2…").click()
    statement.get_by_label("The second part starts at").select_option(
        label="The port handled ¦ 140 ships last week."
    )
    assert serious_violations(page) == []
    statement.get_by_role("button", name="Split statement 2").click()

    page.get_by_text("Split statement 2 in two: 2 and 3.").wait_for()
    assert page.url.endswith("#s-2")
    assert page.locator("#s-2 .text").inner_text().startswith("The port handled")
    assert page.locator("#s-2-2 .position").inner_text() == "3"
    assert page.locator("#s-2-2 .text").inner_text().startswith("140 ships last week.")
    assert page.get_by_text("Corrections to the split (1)").is_visible()
    assert serious_violations(page) == []

    page.get_by_role("button", name="Merge with next: statements 2 and 3").click()
    page.get_by_text("Merged statements 2 and 3.").wait_for()
    assert page.locator("#s-2 .text").inner_text().startswith("The port handled 140 ships last week.")
    assert page.locator("#s-2-2").count() == 1  # the merged-in part's anchor still leads here
    assert page.locator("#s-3 .text").inner_text().startswith("Officials expect more.")
    assert page.get_by_text("Corrections to the split (2)").is_visible()
    assert serious_violations(page) == []
    assert list(StatementEdit.objects.values_list("action", flat=True)) == ["split", "merge"]


LONG_ARTICLE = "The port\n\n## Shipping\n\n" + " ".join(
    f"The port handled {100 + n} ships in week {n}." for n in range(1, 41)
)


@pytest.mark.parametrize("width", [1280, 390])
def test_after_a_merge_far_down_the_page_its_message_and_the_statement_are_both_in_sight(
    page, live_server, width
):
    """The page comes back at the statement (#s-…), far below the message, which was out of sight."""
    ensure_demo_users()
    briefing = import_briefing(LONG_ARTICLE).briefing
    sign_in(page, live_server)
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + reverse("admin:briefings_briefing_change", args=[briefing.pk]))
    page.get_by_role("button", name="Merge with next: statements 35 and 36").click()
    page.get_by_text("Merged statements 35 and 36.").wait_for()
    said = page.locator(".messagelist").bounding_box()
    merged = page.locator(page.url[page.url.index("#") :]).bounding_box()
    assert said["y"] == 0
    assert said["height"] <= merged["y"] < 800
    assert serious_violations(page) == []
