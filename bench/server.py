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
from dataclasses import dataclass
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


@dataclass
class Server:
    base: str  # http://127.0.0.1:PORT
    master: int  # gunicorn's master process
    access_log: Path

    def workers(self):
        return Path(f"/proc/{self.master}/task/{self.master}/children").read_text().split()

    def cpu_seconds(self):
        """CPU time (user and system) the workers have used so far (Linux /proc)."""
        ticks = 0
        for worker in self.workers():
            fields = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat
        return ticks / os.sysconf("SC_CLK_TCK")

    def served(self, path):
        """How many requests for `path` (with any query string) the access log has recorded."""
        marker = f'"GET {path}'
        with open(self.access_log, encoding="utf-8", errors="replace") as log:
            return sum(1 for line in log if marker in line)


SITE = "config.wsgi:application"
#: The bare baseline is served by Django's own WSGI application, as a new project's is.
APPLICATIONS = {"bench.settings_bare": "bench.wsgi_bare:application"}


@contextmanager
def gunicorn(environment, directory, *, settings="bench.settings", log=None):
    """Serve config.wsgi with `settings`, logging every request into `directory`; yields a Server."""
    port = free_port()
    access_log = Path(directory) / f"access-{port}.log"
    command = [
        str(Path(sys.executable).with_name("gunicorn")), APPLICATIONS.get(settings, SITE),
        "--config", str(ROOT / "config" / "gunicorn.py"), "--workers", str(WORKERS), "--worker-class", "sync", "--bind", f"127.0.0.1:{port}",
        "--chdir", str(ROOT), "--timeout", "60", "--log-level", "warning", "--no-control-socket",
        "--access-logfile", str(access_log),
    ]  # fmt: skip
    env = {**os.environ, **environment, "DJANGO_SETTINGS_MODULE": settings, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{base}/healthz", process)
        yield Server(base, process.pid, access_log)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def drain(server, probe="/bench/baseline/", seconds=90):
    """Wait until the workers have served what a finished load left queued (gunicorn's sync workers
    answer the requests wrk abandoned, in order), so the next measurement starts on idle workers:
    until two probes in a row answer within 100 ms. Returns how many probes it sent."""
    deadline, quick, sent = time.monotonic() + seconds, 0, 0
    while quick < 2 and time.monotonic() < deadline:
        started = time.monotonic()
        with urllib.request.urlopen(server.base + probe, timeout=seconds) as response:
            response.read()
        sent += 1
        quick = quick + 1 if time.monotonic() - started < 0.1 else 0
    return sent


def worker_memory_mb(server):
    """Resident memory of each of the server's workers, in MB (Linux /proc)."""
    sizes = []
    for worker in server.workers():
        for line in Path(f"/proc/{worker}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes
