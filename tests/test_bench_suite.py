"""The benchmark suite's own parts (bench/): reading the load tool's output, building the table,
the bare baseline view, which only the bench's URLs serve, and the data the scripts build.
Nothing here times anything."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.urls import Resolver404, resolve

from bench import loadtest, public_pages, report, server, wsgi_bare

from .factories import make_user

# wrk 4.1 prints seconds with a trailing space; errors come in two lines of their own.
WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8000/briefings/bench-article-500/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   702.10ms  150.84ms   1.20s    70.00%
    Req/Sec    11.56      5.57    30.00     66.67%
  Latency Distribution
     50%  650.25ms
     75%  800.00ms
     90%  950.00ms
     99%    1.20s\x20
  226 requests in 10.01s, 75.33MB read
  Socket errors: connect 0, read 0, write 0, timeout 3
  Non-2xx or 3xx responses: 2
Requests/sec:     22.58
Transfer/sec:      7.53MB
"""


def test_it_reads_requests_per_second_and_latencies_from_wrk():
    load = loadtest.parse_wrk(WRK_OUTPUT)
    assert (load.requests_per_second, load.p50_ms, load.p99_ms) == (22.58, 650.25, 1200.0)


def test_it_counts_wrks_failed_answers_and_timeouts_as_errors():
    assert loadtest.parse_wrk(WRK_OUTPUT).errors == 5


def test_it_reads_microseconds():
    output = WRK_OUTPUT.replace("650.25ms", "812.00us")
    assert loadtest.parse_wrk(output).p50_ms == pytest.approx(0.812)


def made_up_run():
    def load(name, rate, cpu_ms=1.0, p50=10.0, p99=20.0, requests=100):
        figures = {"requests_per_second": rate, "p50_ms": p50, "p99_ms": p99, "requests": requests}
        figures |= {"errors": 0, "tool": "wrk", "cpu_ms": cpu_ms}
        return {"name": name, "path": "/", "at16": figures, "at32": {**figures, "p99_ms": 50.0}}

    return {
        "generated": {"seconds": 2.0, "summary": "3 briefings", "statements": 1000, "engine": "sqlite 3"},
        "imported": {"statements": 500, "seconds": 0.25},
        "rendered": {"claim page": {"path": "/claims/1/", "ms": 9.5, "queries": 5}},
        "loads": [
            load(f"{report.BASELINE}, before the pages", 2200.0),
            load("claim page", 500.0, cpu_ms=4.0),
            load(f"{report.BASELINE}, after the pages", 1800.0),
        ],
        "memory_mb": [120.4, 130.6],
    }


def test_the_table_gives_each_page_as_a_ratio_to_the_mean_baseline_of_the_same_run():
    lines = report.table({"SQLite": made_up_run()})
    row = next(line for line in lines if line.startswith("| load: claim page"))
    assert (
        row
        == "| load: claim page | SQLite | 500 req/s | 0.250 | 4.00 | 0.250 | 10.0 | 20.0 | 10.0 | 50.0 | 5.0× |"
    )


def test_the_table_puts_each_databases_row_of_a_measure_together():
    lines = report.table({"SQLite": made_up_run(), "PostgreSQL": made_up_run()})
    claim_rows = [line for line in lines if line.startswith("| in-process: claim page")]
    assert [row.split(" | ")[1] for row in claim_rows] == ["SQLite", "PostgreSQL"]
    assert lines.index(claim_rows[1]) == lines.index(claim_rows[0]) + 1


def test_the_table_shows_a_dash_when_no_request_finished():
    run = made_up_run()
    run["loads"][1]["at32"]["requests"] = 0
    row = next(line for line in report.table({"SQLite": run}) if line.startswith("| load: claim page"))
    assert row.endswith("| 10.0 | 20.0 | — | — | — |")


def test_a_desk_row_gives_its_own_connections_latencies_and_nothing_at_32():
    run = made_up_run()
    figures = {**run["loads"][1]["at16"], "requests_per_second": 40.0, "cpu_ms": 20.0, "p50_ms": 45.0}
    run["loads"].insert(2, {"name": "admin list at the desk", "path": "/", "connections": 2, "desk": figures})

    row = next(line for line in report.table({"SQLite": run}) if "at the desk" in line)

    assert (
        row
        == "| load: admin list at the desk, 2 connections | SQLite | 40 req/s |  | 20.00 | 0.050 | 45.0 | 20.0 |  |  |  |"
    )


def test_the_site_has_no_baseline_page():
    with pytest.raises(Resolver404):
        resolve("/bench/baseline/", urlconf="config.urls")


def test_the_bench_urls_serve_the_baseline_and_the_site(client, settings, db):
    settings.ROOT_URLCONF = "bench.baseline_urls"
    assert client.get("/bench/baseline/").content == b"Hello from Django.\n"
    assert resolve("/healthz", urlconf="bench.baseline_urls").url_name == "healthz"


def test_the_bare_baseline_is_served_by_djangos_own_application():
    assert server.APPLICATIONS["bench.settings_bare"] == "bench.wsgi_bare:application"
    assert type(wsgi_bare.application) is WSGIHandler


def test_the_long_article_of_the_scripts_carries_published_verdicts(db):
    briefing = public_pages.long_briefing(
        make_user("ed", "Editor"), make_user("ch", "Checker"), statements=10
    )
    assert briefing.statements.filter(claims__live_version__isnull=False).count() == 2
