"""A published verdict is a record: deleting its briefing, section, statement or claim through the
ORM (the shell, a script, any door that forgets the rules) raises ProtectedError and changes
nothing, because the claims' and the versions' foreign keys are PROTECT. The database's own
foreign keys refuse a raw DELETE as well."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import ProtectedError

from briefings.models import Briefing, Section, Statement
from factcheck.models import CitedEvidence, Claim, ClaimVersion

from ..factories import make_published_briefing, make_statement


@pytest.fixture
def published(editor, checker):
    """A published briefing with a published verdict: (briefing, claim)."""
    return make_published_briefing(checker, editor)


def what_is_on_record(briefing):
    """How many statements, claims, versions and cited pieces of evidence the briefing holds."""
    return (
        Statement.objects.filter(briefing=briefing).count(),
        Claim.objects.filter(statement__briefing=briefing).count(),
        ClaimVersion.objects.filter(claim__statement__briefing=briefing).count(),
        CitedEvidence.objects.filter(version__claim__statement__briefing=briefing).count(),
    )


def test_deleting_the_briefing_is_refused(published):
    briefing, _ = published
    before = what_is_on_record(briefing)
    with pytest.raises(ProtectedError):
        briefing.delete()
    assert Briefing.objects.filter(pk=briefing.pk).exists()
    assert what_is_on_record(briefing) == before


def test_deleting_it_in_a_queryset_is_refused(published):
    briefing, _ = published
    before = what_is_on_record(briefing)
    with pytest.raises(ProtectedError):
        Briefing.objects.all().delete()
    assert what_is_on_record(briefing) == before


def test_deleting_a_withdrawn_briefing_is_refused(published, editor):
    briefing, _ = published
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.WITHDRAWN)
    with pytest.raises(ProtectedError):
        Briefing.objects.get(pk=briefing.pk).delete()
    assert what_is_on_record(briefing) == (2, 1, 1, 1)


def test_deleting_its_section_is_refused(published):
    briefing, _ = published
    before = what_is_on_record(briefing)
    with pytest.raises(ProtectedError):
        Section.objects.filter(briefing=briefing).delete()
    assert what_is_on_record(briefing) == before


def test_deleting_the_statement_is_refused(published):
    briefing, claim = published
    before = what_is_on_record(briefing)
    with pytest.raises(ProtectedError):
        claim.statement.delete()
    assert what_is_on_record(briefing) == before


def test_deleting_the_claim_is_refused(published):
    briefing, claim = published
    before = what_is_on_record(briefing)
    with pytest.raises(ProtectedError):
        claim.delete()
    assert what_is_on_record(briefing) == before


def test_deleting_the_live_version_is_refused(published):
    briefing, claim = published
    with pytest.raises(ProtectedError):
        claim.live_version.delete()
    assert what_is_on_record(briefing) == (2, 1, 1, 1)


def test_the_database_itself_refuses_a_raw_delete(published):
    """Below Django's PROTECT, the foreign keys are the database's own."""
    briefing, _ = published
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM briefings_statement WHERE briefing_id = %s", [briefing.pk])
        with pytest.raises(IntegrityError):
            connection.check_constraints()
        transaction.set_rollback(True)
    assert what_is_on_record(briefing) == (2, 1, 1, 1)


def test_a_draft_no_claim_was_made_on_may_be_deleted(db):
    briefing = make_statement().briefing
    briefing.delete()
    assert not Briefing.objects.filter(pk=briefing.pk).exists()
