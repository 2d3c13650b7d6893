"""Migration briefings 0006: every briefing imported before revisions becomes its revision 1, with
its sections and statements, and its checksum ignores a final newline from then on."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from briefings.importers import checksum_of

BEFORE = [("briefings", "0005_web_urls_only")]
AFTER = [("briefings", "0006_revisions")]
TEXT = "Old article\nThe port handled 140 ships.\n"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def newest_schema_after():
    """Whatever the test does, the tests that follow find the newest schema."""
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def old_briefing(apps):
    briefing = apps.get_model("briefings", "Briefing").objects.create(
        title="Old", slug="old", original=TEXT, original_format="text", checksum="0" * 64, text=TEXT.strip()
    )
    section = briefing.sections.create(position=1)
    briefing.statements.create(section=section, position=1, paragraph=1, text="The port.", start=0, end=9)
    return briefing.pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_briefing_becomes_its_revision_1_with_its_statements(newest_schema_after):
    pk = old_briefing(migrate(BEFORE))
    apps = migrate(AFTER)
    briefing = apps.get_model("briefings", "Briefing").objects.get(pk=pk)
    revision = briefing.current_revision
    assert (revision.number, revision.original, revision.statements.count(), revision.sections.count()) == (
        1,
        TEXT,
        1,
        1,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_checksum_is_the_one_the_importer_now_computes(newest_schema_after):
    pk = old_briefing(migrate(BEFORE))
    apps = migrate(AFTER)
    assert apps.get_model("briefings", "Briefing").objects.get(pk=pk).checksum == checksum_of(TEXT + "\n")
