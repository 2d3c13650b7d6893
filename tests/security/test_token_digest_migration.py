"""Migration 0031: the keys stored in plaintext before are replaced by their digests in place (a
digest cannot be turned back into a key, so existing keys keep working rather than being
reissued), in the token table, its password fingerprints and the admin's log."""

import pytest
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from factcheck.models.tokens import password_fingerprint

BEFORE = [("factcheck", "0030_claim_withdrawal"), ("admin", "0003_logentry_add_action_flag_choices")]
KEY = "0123456789abcdef0123456789abcdef01234567"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def newest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def newest_schema_after():
    """Whatever the test does, the tests that follow find the newest schema."""
    yield
    migrate(newest())


def old_token(apps):
    """A superuser's token with its key in plaintext, as it was stored before, and the admin's log
    entry that named it."""
    password = make_password("pw-123456-long")
    user = apps.get_model("auth", "User").objects.create(
        username="ada", password=password, is_staff=True, is_superuser=True
    )
    apps.get_model("authtoken", "Token").objects.create(key=KEY, user=user)
    apps.get_model("factcheck", "TokenPassword").objects.create(
        token_id=KEY, fingerprint=password_fingerprint(password)
    )
    tokens = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="authtoken", model="tokenproxy"
    )[0]
    apps.get_model("admin", "LogEntry").objects.create(
        user=user, content_type=tokens, object_id=str(user.pk), object_repr=KEY, action_flag=1
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_existing_key_keeps_working(newest_schema_after):
    old_token(migrate(BEFORE))
    migrate(newest())
    assert (
        Client().get("/api/v1/claims/?include=unpublished", HTTP_AUTHORIZATION=f"Token {KEY}").status_code
        == 200
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_existing_key_is_no_longer_stored(newest_schema_after):
    old_token(migrate(BEFORE))
    apps = migrate(newest())
    stored = [
        *apps.get_model("authtoken", "Token").objects.values_list("key", flat=True),
        *apps.get_model("factcheck", "TokenPassword").objects.values_list("token_id", flat=True),
        *apps.get_model("admin", "LogEntry").objects.values_list("object_repr", flat=True),
    ]
    assert len(stored) == 3
    assert KEY not in stored
