"""Migration 0009: claims published before versions existed get their first version from the data
as it is, corrections keep the labels readers saw, and claims mid-revision stay unpublished."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("factcheck", "0007_claim_short_form"), ("briefings", "0003_editors_note")]
AFTER = [("factcheck", "0009_first_versions")]
WHEN = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def old_desk(apps):
    """A published briefing with one published claim (evidence, a correction) and one whose
    revision is in review, made with the models as they were before versions."""
    briefing = apps.get_model("briefings", "Briefing").objects.create(
        title="Old",
        slug="old",
        original="x",
        original_format="text",
        checksum="0" * 64,
        text="x" * 40,
        status="published",
    )
    section = briefing.sections.create(position=1)
    statement = briefing.statements.create(
        section=section, position=1, paragraph=1, text="The port.", start=0, end=9
    )
    Rating = apps.get_model("factcheck", "Rating")
    accurate, false = (
        Rating.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "value": value, "colour": "#000000", "symbol": "·", "definition": "-"},
        )[0]
        for slug, name, value in [("accurate", "Accurate", 5), ("false", "False", 1)]
    )
    User = apps.get_model("auth", "User")
    checker = User.objects.create(username="chris", first_name="Chris", last_name="Checker")
    Claim = apps.get_model("factcheck", "Claim")
    published = Claim.objects.create(
        statement=statement,
        text="Published.",
        status="published",
        rating=accurate,
        rationale="Records.",
        submitted_by=checker,
        published_at=WHEN,
    )
    source = apps.get_model("factcheck", "Source").objects.create(url="https://example.org/r", title="Report")
    published.evidence.create(source=source, stance="supports", excerpt="Yes.")
    published.corrections.create(from_rating=false, to_rating=accurate, reason="New evidence.")
    revising = Claim.objects.create(
        statement=statement, text="Revising.", status="in_review", rating=false, published_at=WHEN
    )
    return published.pk, revising.pk


@pytest.fixture
def newest_schema_after():
    """Whatever the test does, the tests that follow find the newest schema."""
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_published_claims_get_their_first_version_from_the_data_as_it_is(newest_schema_after):
    published_pk, revising_pk = old_desk(migrate(BEFORE))
    apps = migrate(AFTER)
    Claim = apps.get_model("factcheck", "Claim")
    published = Claim.objects.get(pk=published_pk)
    version = published.live_version
    assert (version.number, version.text, version.rating_name, version.researched_by) == (
        1,
        "Published.",
        "Accurate",
        "Chris Checker",
    )
    assert version.published_at == WHEN
    assert [(cited.title, cited.excerpt) for cited in version.evidence.all()] == [("Report", "Yes.")]
    correction = published.corrections.get()
    assert (correction.from_label, correction.to_label) == ("False", "Accurate")
    assert Claim.objects.get(pk=revising_pk).live_version is None  # unreviewed: not made public
