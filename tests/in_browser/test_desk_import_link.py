"""An editor starts the day from My desk: one click on Import a briefing opens the import form;
axe-core checks My desk at desk and phone widths."""

import pytest

from briefings.demo import ensure_demo_users

from ..browser import audit_at_both_widths, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_an_editor_opens_the_import_form_from_my_desk(page, live_server):
    ensure_demo_users()
    sign_in(page, live_server, "editor")
    audit_at_both_widths(page)
    page.get_by_role("link", name="Import a briefing").click()
    page.get_by_role("heading", name="Import a briefing").wait_for()
