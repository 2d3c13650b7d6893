"""Settings from the environment: production passes `check --deploy`, development needs nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import run_checks
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.pop("SECRET_KEY", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-3f9c2b7e1d4a6c8b0e5f7a9d2c4b6e8f",
    "ALLOWED_HOSTS": "factdesk.example",
    "FACTDESK_NEWSROOM_URL": "https://factdesk.example/",
}


def test_production_settings_pass_the_deploy_check():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def newsroom_url_errors():
    return [e.id for e in run_checks(include_deployment_checks=True) if e.id.startswith("factdesk.")]


def test_the_deploy_check_refuses_the_default_newsroom_url(settings):
    settings.DEBUG = False
    settings.FACTDESK_NEWSROOM_URL = "http://127.0.0.1:8000/"
    assert newsroom_url_errors() == ["factdesk.E001"]


@pytest.mark.parametrize(
    "url", ["https://localhost/", "https://127.0.0.1/", "https://[::1]:8443/", "http://factdesk.example/"]
)
def test_the_deploy_check_refuses_a_local_or_plain_http_newsroom_url(settings, url):
    settings.DEBUG = False
    settings.FACTDESK_NEWSROOM_URL = url
    assert newsroom_url_errors() == ["factdesk.E001"]


def test_the_deploy_check_accepts_a_public_https_newsroom_url(settings):
    settings.DEBUG = False
    settings.FACTDESK_NEWSROOM_URL = "https://factdesk.example/"
    assert newsroom_url_errors() == []


def test_development_may_keep_the_default_newsroom_url(settings):
    settings.DEBUG = True
    settings.FACTDESK_NEWSROOM_URL = "http://127.0.0.1:8000/"
    assert newsroom_url_errors() == []


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_DEBUG="0", ALLOWED_HOSTS="factdesk.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_sqlite_takes_the_write_lock_at_the_start_of_a_transaction():
    from django.conf import settings

    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]


def test_sqlite_keeps_its_connections_between_requests_as_configured(tmp_path):
    code = "from django.conf import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])"
    env = {"FACTDESK_VAR_DIR": str(tmp_path), "DATABASE_URL": ""}
    assert manage("shell", "-c", code, **env).stdout.strip().endswith("60")
    assert manage("shell", "-c", code, DATABASE_CONN_MAX_AGE="0", **env).stdout.strip().endswith("0")


def test_sqlite_file_database_runs_in_wal_mode(tmp_path):
    result = manage(
        "shell",
        "-c",
        "from django.db import connection; c = connection.cursor(); "
        "c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])",
        FACTDESK_VAR_DIR=str(tmp_path),
        DATABASE_URL="",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("wal")


def read_settings(**env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("EMAIL_")}
    environment.pop("SESSION_IDLE_SECONDS", None)
    environment.update(env)
    code = (
        "from config import settings as s;"
        "print(s.EMAIL_BACKEND, getattr(s, 'EMAIL_HOST', '-'), getattr(s, 'EMAIL_PORT', '-'),"
        " getattr(s, 'EMAIL_USE_TLS', '-'), s.SESSION_COOKIE_AGE)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_mail_goes_to_the_console_unless_an_smtp_host_is_set():
    assert read_settings() == ["django.core.mail.backends.console.EmailBackend", "-", "-", "-", "28800"]
    assert read_settings(EMAIL_HOST="smtp.example", SESSION_IDLE_SECONDS="900") == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example",
        "587",
        "True",
        "900",
    ]


def proxy_ssl_header(**env):
    code = "from django.conf import settings; print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))"
    return manage("shell", "-c", code, **PRODUCTION, **env).stdout.strip().splitlines()[-1]


def test_production_ignores_a_forwarded_proto_header_without_a_trusted_proxy():
    assert proxy_ssl_header() == "None"


def test_production_reads_a_forwarded_proto_header_behind_a_trusted_proxy():
    assert proxy_ssl_header(TRUSTED_PROXY_COUNT="1") == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_every_response_carries_a_content_security_policy_and_a_permissions_policy(client, db):
    for url in ["/", "/api/v1/", "/feeds/fact-checks/", "/healthz", "/admin/login/"]:
        response = client.get(url)
        assert "script-src 'self'" in response["Content-Security-Policy"], url
        assert "unsafe-inline" not in response["Content-Security-Policy"].split("script-src")[1].split(";")[0]
        assert "camera=()" in response["Permissions-Policy"], url
