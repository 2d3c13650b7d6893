"""Public-cache hits under load, against the bare Django view on the same server set-up: the cached
rows of the bench suite (bench/measure.py) alone, on an existing bench database, repeated, so a
change to the hit path can be measured in a few minutes instead of the suite's ten.

Each round starts the bare-Django server (startproject middleware), then the site's server, and
loads every target for `--seconds` at 16 connections with wrk (as the suite does); each figure is
a ratio to the bare view measured in the same round, by requests/s and by the workers' CPU time
per request. Targets are requested twice: as wrk sends them (no Accept-Encoding) and with a
browser's `Accept-Encoding: gzip, deflate, br`. The best of the rounds is printed, each
figure on its own.

    DATABASE_URL=sqlite:////abs/bench.sqlite3 .venv/bin/python bench/hits_under_load.py \
        [--rounds 3] [--seconds 5] [--redis=redis://127.0.0.1:6379/7]
"""

import argparse
import os
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
    with server.gunicorn(env, directory, settings="bench.settings_bare", log=log) as site:
        bare = one(site, "/bench/baseline/", (), seconds)
    figures = {}
    with server.gunicorn(env, directory, log=log) as site:
        for name, path in pages:
            for label, headers in (("", ()), (", gzip accepted", BROWSER)):
                if path == "/bench/baseline/" and headers:
                    continue
                load = one(site, path, headers, seconds)
                figures[name + label] = (
                    load["requests_per_second"] / bare["requests_per_second"],
                    bare["cpu_ms"] / load["cpu_ms"],
                    load["requests_per_second"],
                    load["cpu_ms"],
                )
    return bare, figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--redis", default="")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-hits-") as directory:
        env = measure.environment(directory, os.environ["DATABASE_URL"])
        if args.redis:
            env["REDIS_URL"] = args.redis
        measure.setup(env)
        pages = targets()
        best, bares = {}, []
        with open(Path(directory) / "gunicorn.log", "w") as log:
            for _ in range(args.rounds):
                bare, figures = round_of(env, directory, pages, args.seconds, log)
                bares.append(f"{bare['requests_per_second']:,.0f} req/s, {bare['cpu_ms']:.2f} ms")
                for name, figure in figures.items():  # the best of the rounds, each ratio on its own
                    was = best.get(name, figure)
                    best[name] = (
                        max(was[0], figure[0]),
                        max(was[1], figure[1]),
                        max(was[2], figure[2]),
                        min(was[3], figure[3]),
                    )
        print(f"bare Django per round: {'; '.join(bares)}")
        print("| target | req/s | × bare | CPU ms/request | × bare by CPU |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for name, (ratio, by_cpu, rate, cpu) in best.items():
            print(f"| {name} | {rate:,.0f} | {ratio:.2f} | {cpu:.2f} | {by_cpu:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
