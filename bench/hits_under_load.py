"""Public-cache hits under load, against the bare Django view on the same server set-up: the cached
rows of the bench suite (bench/measure.py) alone, on an existing bench database, repeated, so a
change to the hit path can be measured in a few minutes instead of the suite's ten.

Each round starts the bare-Django server (startproject middleware) and the site's server side by
side and loads each target for `--seconds` at 16 connections with wrk (as the suite does), right
after a load of the bare view: each figure is a ratio to that bare run, by requests/s and by the
workers' CPU time per request. Targets are requested twice: as wrk sends them (no
Accept-Encoding) and with a browser's `Accept-Encoding: gzip, deflate, br`. Printed: the median
of the rounds.

    DATABASE_URL=sqlite:////abs/bench.sqlite3 .venv/bin/python bench/hits_under_load.py \
        [--rounds 3] [--seconds 5] [--redis=redis://127.0.0.1:6379/7] [--only "API claims"]
"""

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

import measure
import server

BROWSER = (measure.BROWSER_ENCODINGS,)


def targets():
    from factcheck.models import Claim

    claim = Claim.objects.public().filter(statement__briefing__slug="bench-article-500").first()
    return [
        ("bare view, the project's middleware", "/bench/baseline/"),
        ("article, 500 statements, cached", measure.ARTICLE),
        ("claim page, cached", claim.get_absolute_url()),
        ("RSS feed, cached", "/feeds/fact-checks/"),
        ("API claims, page of 100, cached", "/api/v1/claims/?page_size=100"),
    ]


def one(site, path, headers, seconds):
    measure.warm(site.base + path, headers)
    return measure.one_load(site, path, 16, seconds, headers, False)


def round_of(env, directory, pages, seconds, log):
    """Both servers up side by side; each target's load right after a load of the bare view, so
    each ratio compares two runs seconds apart (the machine's other work moves between them less)."""
    figures = {}
    with (
        server.gunicorn(env, directory, settings="bench.settings_bare", log=log) as bare_site,
        server.gunicorn(env, directory, log=log) as site,
    ):
        for name, path in pages:
            for label, headers in (("", ()), (", gzip accepted", BROWSER)):
                if path == "/bench/baseline/" and headers:
                    continue
                bare = one(bare_site, "/bench/baseline/", (), seconds)
                load = one(site, path, headers, seconds)
                figures[name + label] = (
                    load["requests_per_second"] / bare["requests_per_second"],
                    bare["cpu_ms"] / load["cpu_ms"],
                    load["requests_per_second"],
                    load["cpu_ms"],
                    bare["requests_per_second"],
                    bare["cpu_ms"],
                )
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--redis", default="")
    parser.add_argument("--only", default="", help="only the targets whose name holds this")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-hits-") as directory:
        env = measure.environment(directory, os.environ["DATABASE_URL"])
        if args.redis:
            env["REDIS_URL"] = args.redis
        measure.setup(env)
        pages = [(name, path) for name, path in targets() if args.only in name]
        rounds = []
        with open(Path(directory) / "gunicorn.log", "w") as log:
            for _ in range(args.rounds):
                rounds.append(round_of(env, directory, pages, args.seconds, log))
        print(f"median of {args.rounds} rounds; each ratio against the bare view loaded just before")
        print("| target | req/s | × bare | CPU ms/request | × bare by CPU | bare req/s | bare CPU ms |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name in rounds[0]:
            figures = [statistics.median(run[name][column] for run in rounds) for column in range(6)]
            ratio, by_cpu, rate, cpu, bare_rate, bare_cpu = figures
            print(
                f"| {name} | {rate:,.0f} | {ratio:.2f} | {cpu:.2f} | {by_cpu:.2f} | "
                f"{bare_rate:,.0f} | {bare_cpu:.2f} |"
            )


if __name__ == "__main__":
    sys.exit(main())
