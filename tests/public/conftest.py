import pytest
from django.db import transaction
from django.test.utils import override_settings

from briefings.models import Briefing
from factcheck.demo import load_demo

FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def built_demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module (a second a test) inside a transaction rolled back
    after its last test; each test runs in a savepoint within it. A module's fixture runs before
    the function-scoped fast_password_hashing, so it asks for fast hashing itself."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING), transaction.atomic():
        users, result = load_demo()
        yield result.briefing.pk
        transaction.set_rollback(True)


@pytest.fixture
def demo(built_demo, db):
    """The demo desk: the sample briefing published with three published verdicts, and claims in
    every other state that no reader may see (read afresh for each test)."""
    return Briefing.objects.get(pk=built_demo)


@pytest.fixture
def demo_editor(demo, django_user_model):
    """The demo desk's editor, who may read every draft on the desk."""
    return django_user_model.objects.get(username="editor")
