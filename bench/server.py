"""A production-like server for the bench: gunicorn with 2 sync workers on loopback, DEBUG off,
started and stopped by the suite, and the resident memory of its workers."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer {url} within {seconds} s")


@contextmanager
def gunicorn(environment, *, settings="bench.settings", log=None):
    """Serve config.wsgi with `settings`; yields the base URL and the master's process id."""
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("gunicorn")), "config.wsgi:application",
        "--workers", str(WORKERS), "--worker-class", "sync", "--bind", f"127.0.0.1:{port}",
        "--chdir", str(ROOT), "--timeout", "60", "--log-level", "warning", "--no-control-socket",
    ]  # fmt: skip
    env = {**os.environ, **environment, "DJANGO_SETTINGS_MODULE": settings, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{base}/healthz", process)
        yield base, process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def worker_memory_mb(master):
    """Resident memory of each of the master's workers, in MB (Linux /proc)."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for child in children:
        for line in Path(f"/proc/{child}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes
