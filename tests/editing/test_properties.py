"""Whatever sequence of corrections editors make, offsets stay exact, positions consecutive,
anchors unique, and untouched statements keep theirs."""

from contextlib import contextmanager

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.editing import (
    EditRefused,
    hide_statement,
    merge_statements,
    split_statement,
    unhide_statement,
)
from briefings.importers import import_briefing

from ..factories import make_user
from .conftest import assert_consistent

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Harbour report\n\n"
    "The council approved 12 million for the harbour on Tuesday. Work starts in May, said the mayor.\n\n"
    "Critics disagree. They say the budget of 2023 was 9 million and the works ran late.\n\n"
    "What was agreed\n\n"
    "- Dredging of the east basin, which takes two years.\n"
    "- A new quay wall.\n\n"
    "Officials expect 140 ships a week by 2027, up from 90.\n"
)


@contextmanager
def rolled_back():
    """Each example starts from an empty database: the test's transaction holds one savepoint
    per example, rolled back at its end."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def words_of(briefing):
    """The statements' words in order, however they are cut."""
    return "".join(" ".join(briefing.statements.order_by("position").values_list("text", flat=True)).split())


OPERATION = st.tuples(
    st.sampled_from(["split", "merge", "hide", "unhide"]),
    st.integers(min_value=1, max_value=20),
    st.floats(min_value=0.0, max_value=1.0),
)


def apply(briefing, editor, operation):
    """One correction; refused ones must change nothing, which the invariants then check."""
    name, position, where = operation
    statement = briefing.statements.filter(position=position).first()
    if statement is None:
        return
    try:
        if name == "split":
            split_statement(statement=statement, offset=max(1, int(where * len(statement.text))), user=editor)
        elif name == "merge":
            merge_statements(statement=statement, user=editor)
        elif name == "hide":
            hide_statement(statement=statement, user=editor)
        else:
            unhide_statement(statement=statement, user=editor)
    except EditRefused:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(OPERATION, max_size=12))
def test_any_sequence_of_corrections_keeps_the_invariants(db, operations):
    with rolled_back():
        editor = make_user("editor", "Editor")
        briefing = import_briefing(ARTICLE, imported_by=editor).briefing
        for operation in operations:
            apply(briefing, editor, operation)
            assert_consistent(briefing)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(OPERATION, max_size=12))
def test_the_statements_still_cover_the_same_words(db, operations):
    with rolled_back():
        editor = make_user("editor", "Editor")
        briefing = import_briefing(ARTICLE, imported_by=editor).briefing
        before = words_of(briefing)
        for operation in operations:
            apply(briefing, editor, operation)
        assert words_of(briefing) == before
