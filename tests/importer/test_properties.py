"""Whatever text arrives, the importer imports it or refuses it with its own error."""

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.importers import ImportRefused, import_briefing

LINES = st.lists(
    st.one_of(
        st.text(max_size=120),
        st.sampled_from(
            ["", "Contents", "- ", "* item", "# Heading", "What next?", "U.S. Gen. Feb. 24.", "<p>"]
        ),
        st.builds(lambda words: "- " + words, st.text(max_size=60)),
    ),
    max_size=25,
).map("\n".join)


def import_and_roll_back(data):
    try:
        with transaction.atomic():
            result = import_briefing(data)
            briefing = result.briefing
            for statement in briefing.statements.all():
                assert briefing.text[statement.start : statement.end] == statement.text
                assert statement.text.strip() == statement.text != ""
            transaction.set_rollback(True)
    except ImportRefused as refusal:
        assert str(refusal)
        assert "\n" not in str(refusal)


@pytest.mark.django_db
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(), LINES))
def test_any_text_imports_or_is_refused(text):
    import_and_roll_back(text)


@pytest.mark.django_db
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_import_or_are_refused(data):
    import_and_roll_back(data)
