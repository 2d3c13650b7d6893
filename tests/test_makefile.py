"""`make run` as a newcomer types it: the port it serves on is the address its links point at."""

import os
import runpy
import shutil
import subprocess
from pathlib import Path

import pytest
from gunicorn.config import Config

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(*args, **env):
    """What `make -n` would run (nothing is run), with FACTDESK_NEWSROOM_URL unset unless given."""
    environment = {k: v for k, v in os.environ.items() if k != "FACTDESK_NEWSROOM_URL"} | env
    result = subprocess.run(
        ["make", "-n", "-C", str(ROOT), *args], capture_output=True, text=True, env=environment, check=True
    )
    return result.stdout


def runserver_line(output):
    return next(line for line in output.splitlines() if "runserver" in line)


def test_make_run_on_a_port_points_the_newsroom_url_at_that_port():
    line = runserver_line(dry_run("run", "PORT=8101"))
    assert "FACTDESK_NEWSROOM_URL=http://127.0.0.1:8101/" in line
    assert line.endswith("runserver 127.0.0.1:8101")


def test_make_run_keeps_a_newsroom_url_given_in_the_environment():
    line = runserver_line(dry_run("run", "PORT=8101", FACTDESK_NEWSROOM_URL="https://factdesk.example/"))
    assert "FACTDESK_NEWSROOM_URL=https://factdesk.example/" in line


def test_make_install_says_it_is_installing_before_pip_runs(tmp_path):
    output = dry_run("install", f"VENV={tmp_path / 'venv'}")
    lines = output.splitlines()
    pip = next(i for i, line in enumerate(lines) if "pip install" in line)
    assert any("Installing requirements.txt" in line and "echo" in line for line in lines[:pip])


def test_make_serve_runs_gunicorn_with_two_workers_and_debug_off():
    line = next(line for line in dry_run("serve").splitlines() if "bin/gunicorn" in line)
    assert "--workers 2" in line
    assert "DJANGO_DEBUG=0" in line


def test_make_serve_keeps_its_generated_secret_key_in_var():
    output = dry_run("serve")
    assert "secrets.token_urlsafe(50)" in output
    assert "SECRET_KEY=$(cat var/secret_key)" in output


def test_make_serve_runs_gunicorn_with_the_projects_settings():
    line = next(line for line in dry_run("serve").splitlines() if "gunicorn config.wsgi" in line)
    assert "-c config/gunicorn.py" in line


def test_gunicorn_believes_no_forwarded_header_of_its_own():
    """Only Django reads X-Forwarded-Proto, and only from a trusted proxy (TRUSTED_PROXY_COUNT)."""
    read = Config()
    for name, value in runpy.run_path(str(ROOT / "config" / "gunicorn.py")).items():
        if name in read.settings:
            read.set(name, value)
    assert (read.forwarded_allow_ips, read.secure_scheme_headers) == ([], {})
