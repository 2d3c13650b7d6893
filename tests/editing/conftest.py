"""An editor, a checker and the sample article, for correcting its split."""

import pytest

from briefings.demo import SAMPLE_BRIEFING
from briefings.importers import import_briefing

from ..factories import make_user

SAMPLE = SAMPLE_BRIEFING.read_text(encoding="utf-8")


@pytest.fixture
def editor(db):
    return make_user("editor", "Editor")


@pytest.fixture
def checker(db):
    return make_user("checker", "Checker")


@pytest.fixture
def briefing(editor):
    return import_briefing(SAMPLE, slug="peace", imported_by=editor).briefing


def at(briefing, position):
    """The current revision's statement at `position`, as stored now."""
    return briefing.statements.select_related("section").get(position=position)


def with_phrase(briefing, phrase):
    (statement,) = [statement for statement in briefing.statements.all() if phrase in statement.text]
    return statement


def cut_after(statement, words):
    """The offset just after `words` in the statement's text (a split point)."""
    return statement.text.index(words) + len(words)


def assert_consistent(briefing):
    """The invariants every correction keeps: offsets exact, positions 1…n, anchors unique."""
    briefing.refresh_from_db()
    statements = list(briefing.statements.order_by("position"))
    assert [statement.position for statement in statements] == list(range(1, len(statements) + 1))
    for statement in statements:
        assert briefing.text[statement.start : statement.end] == statement.text
        assert statement.text == statement.text.strip()
        assert statement.text
    anchors = [statement.anchor for statement in statements]
    aliases = [alias for statement in statements for alias in statement.alias_anchors]
    assert len(set(anchors + aliases)) == len(anchors) + len(aliases)
    return statements
