"""Load on one URL over loopback: wrk when installed (Debian package `wrk`), otherwise a small
Python generator of keep-alive connections in a few processes. Both give requests/s, p50 and p99
latency, and the errors; `tool` says which measured. No Django here, so tests import it alone."""

import http.client
import multiprocessing
import re
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

INSTALL_WRK = "wrk is not installed (sudo apt-get install wrk); measuring with the Python load generator"
#: A unique query string on every request, so that no cache can answer: each thread numbers its own,
#: after a token of the run (RUN_TOKEN): without it a second run on the same server asked the first
#: run's addresses again, and the public cache answered them.
COLD_SCRIPT = """
local counter = 0
local thread_number = 0
function setup(thread)
  thread_number = thread_number + 1
  thread:set("prefix", "RUN_TOKEN" .. tostring(thread_number))
end
function request()
  counter = counter + 1
  local joiner = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. joiner .. "cold=" .. prefix .. "-" .. counter)
end
"""
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # non-2xx/3xx answers, socket errors and timeouts
    tool: str


def _duration_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse_wrk(output):
    """The figures of `wrk --latency` output."""
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s*(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors += sum(int(n) for n in socket.groups()) if socket else 0
    return Load(rate, _duration_ms(latency["50"]), _duration_ms(latency["99"]), requests, errors, "wrk")


def run_wrk(url, *, connections, seconds, headers=(), cold=False):
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        if cold:
            script.write(COLD_SCRIPT.replace("RUN_TOKEN", uuid.uuid4().hex[:12]))
            script.flush()
            command += ["-s", script.name]
        done = subprocess.run(
            command + [url], capture_output=True, text=True, timeout=seconds + 60, check=True
        )
    return parse_wrk(done.stdout)


def _connection_loop(url, headers, cold, deadline, latencies, failures):
    parts, run = urlsplit(url), uuid.uuid4().hex[:12]  # thread ids repeat from run to run
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    path, number = parts.path + (f"?{parts.query}" if parts.query else ""), 0
    while time.perf_counter() < deadline:
        number += 1
        joiner = "&" if "?" in path else "?"
        target = f"{path}{joiner}cold={run}-{number}" if cold else path
        started = time.perf_counter()
        try:
            connection.request("GET", target, headers=headers)
            response = connection.getresponse()
            response.read()
            failures.append(0 if response.status < 400 else 1)
        except OSError:
            failures.append(1)
            connection.close()
            continue
        latencies.append((time.perf_counter() - started) * 1000)


def _process(url, headers, cold, threads, seconds, queue):
    latencies, failures = [], []
    deadline = time.perf_counter() + seconds
    workers = [
        threading.Thread(target=_connection_loop, args=(url, headers, cold, deadline, latencies, failures))
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    queue.put((latencies, sum(failures)))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def run_python(url, *, connections, seconds, headers=(), cold=False):
    """The fallback: four processes of keep-alive connections in threads (slower than wrk)."""
    header_map = dict(header.split(": ", 1) for header in headers)
    processes = min(4, connections)
    queue = multiprocessing.Queue()
    started = [
        multiprocessing.Process(
            target=_process, args=(url, header_map, cold, connections // processes, seconds, queue)
        )
        for _ in range(processes)
    ]
    for process in started:
        process.start()
    results = [queue.get(timeout=seconds + 60) for _ in started]
    for process in started:
        process.join()
    latencies = [value for values, _ in results for value in values]
    errors = sum(failed for _, failed in results)
    return Load(
        len(latencies) / seconds,
        percentile(latencies, 0.5),
        percentile(latencies, 0.99),
        len(latencies),
        errors,
        "python",
    )


def have_wrk():
    return shutil.which("wrk") is not None


def measure(url, *, connections, seconds, headers=(), cold=False):
    run = run_wrk if have_wrk() else run_python
    return run(url, connections=connections, seconds=seconds, headers=headers, cold=cold)
