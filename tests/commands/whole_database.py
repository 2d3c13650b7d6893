"""The whole database as the backup tests see it: a desk with a row in every table, every table's
rows, and backups that are not quite right."""

import datetime as dt
import sqlite3
from contextlib import closing

from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.utils import timezone
from rest_framework.authtoken.models import Token

from briefings.editing import retitle_section
from briefings.models import Briefing
from factcheck import services
from factcheck.models import Claim, Rating, Source
from factcheck.models.counters import count_hit

SIGN_IN = {
    "user_agent": "Firefox",
    "ip_address": "192.0.2.1",
    "http_accept": "*/*",
    "path_info": "/accounts/login/",
}


def every_model():
    return apps.get_models(include_auto_created=True)


def every_table():
    """{model label: its rows, every field, sorted}: for every model, M2M tables and Django's and
    the add-ons' own included."""
    return {model._meta.label: sorted(model._base_manager.values_list(), key=repr) for model in every_model()}


def _sign_in_records(user):
    attempt = AccessAttempt.objects.create(
        username=user.username, get_data="", post_data="username=x", failures_since_start=1, **SIGN_IN
    )
    AccessAttemptExpiration.objects.create(
        access_attempt=attempt, expires_at=timezone.now() + dt.timedelta(minutes=15)
    )
    AccessFailureLog.objects.create(username=user.username, **SIGN_IN)
    AccessLog.objects.create(username=user.username, session_hash="h" * 64, **SIGN_IN)


def _staff_records(admin, editor):
    session = SessionStore()
    session["_auth_user_id"] = str(editor.pk)
    session.create()
    Token.objects.create(user=editor)
    editor.user_permissions.add(Permission.objects.get(codename="view_logentry"))
    briefing = Briefing.objects.get()
    LogEntry.objects.create(
        user=admin,
        content_type=ContentType.objects.get_for_model(Briefing),
        object_id=str(briefing.pk),
        object_repr=str(briefing),
        action_flag=ADDITION,
    )
    count_hit("throttle_anon_192.0.2.1", 60)  # an API caller counted in its window


def _record_edits(admin, editor):
    source = Source.objects.order_by("pk").first()
    source.notes = "Checked the archive copy."
    services.save_source(source=source, user=editor, comment="A note.")
    rating = Rating.objects.get(slug="accurate")
    rating.definition += " (as published)"
    services.save_rating(rating=rating, user=admin, comment="Clearer.")
    section = Briefing.objects.get().sections.exclude(heading="").order_by("position").first()
    retitle_section(section=section, heading=f"{section.heading} (retitled)", user=editor)
    unpublished, published = Claim.objects.filter(live_version__isnull=True), Claim.objects.published()
    services.link_previous_check(
        claim=unpublished.order_by("pk").first(),
        earlier=published.order_by("pk").first(),
        user=editor,
        similarity=0.5,
    )


def fill_every_table(settings):
    """The demo desk (claims in every state, three published verdicts, one corrected) and a row in
    each table it leaves empty: a session, sign-in records, an API token, a throttle's count, an admin log entry, a
    user's own permission, source and rating edits, a heading an editor corrected and an earlier check linked."""
    settings.DEBUG = True
    call_command("load_demo", stdout=None)
    User = get_user_model()
    admin, editor = User.objects.get(username="admin"), User.objects.get(username="editor")
    _sign_in_records(editor)
    _staff_records(admin, editor)
    _record_edits(admin, editor)
    empty = [model._meta.label for model in every_model() if not model._base_manager.exists()]
    assert empty == [], f"fill_every_table leaves these empty: {empty}"


def other_project_sqlite(path):
    """A SQLite database Django migrated for some other project."""
    with closing(sqlite3.connect(path)) as database:
        database.execute(
            "CREATE TABLE django_migrations (id integer primary key, app text, name text, applied text)"
        )
        database.execute(
            "INSERT INTO django_migrations (app, name, applied) VALUES ('blog', '0001_initial', '')"
        )
        database.commit()
    return path
