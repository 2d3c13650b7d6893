"""My recent work lists what the editor did, not one line per claim that followed their import of a
revision (the claims' own histories keep those)."""

import pytest

from factcheck.templatetags.recent_work import recent_events_by

pytestmark = pytest.mark.django_db


def test_an_import_of_a_revision_does_not_fill_my_recent_work(newsroom):
    newsroom.revise("date")
    assert [event.action for event in recent_events_by(newsroom.editor)] == []
