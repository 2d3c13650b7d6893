"""The uncached article and claim page on an existing bench database (made by
`manage.py generate_bench_data`): in-process render times with the page cache off, a cProfile of
one page, or, with `--load`, cold loads (a new query string each request) next to the bare view, by
CPU per request, as bench/measure.py runs them. Issue 17's uncached targets in one short command.

    .venv/bin/python bench/uncached.py DATABASE_URL [--repeat N] [--profile PAGE] [--load SECONDS]
"""

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

import measure
import server

PAGES = ("floor", "article-50", "article-500", "article-5000", "claim")
#: The cheapest page the site renders from a template (one query and the base layout): no uncached
#: public page can cost less, so its ratio bounds what the uncached targets can reach.
FLOOR = "/standards/rating-scale/"


def paths():
    found = measure.pages()
    return {
        "floor": FLOOR,
        "article-50": found["article, 50 statements"],
        "article-500": found["article, 500 statements"],
        "article-5000": found["article, 5,000 statements"],
        "claim": found["claim page"],
    }


def uncached(function):
    """`function()` with the page cache a dummy: renders, never hits."""
    from django.conf import settings
    from django.test.utils import override_settings

    with override_settings(CACHES={**settings.CACHES, "pages": {"BACKEND": measure.DUMMY_CACHE}}):
        return function()


def render_times(repeat):
    from django.test import Client

    client = Client()
    return {name: measure.timed(client, path, repeat) for name, path in paths().items()}


def profile(name, requests=20):
    from django.test import Client

    client, path = Client(), paths()[name]
    client.get(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        client.get(path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(35)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def loads(env, directory, seconds):
    """Cold floor, article and claim page on the site's server, between the bare view before and
    after."""
    found = paths()
    results = []
    with open(Path(directory) / "gunicorn.log", "w") as log:
        results.append(measure.bare(env, directory, log, (seconds, seconds), "before"))
        with server.gunicorn(env, directory, log=log) as site:
            for name in ("floor", "article-500", "claim"):
                results.append(measure.load(site, name, found[name], (), True, (seconds, seconds)))
        results.append(measure.bare(env, directory, log, (seconds, seconds), "after"))
    bare_cpu = min(results[0]["at16"]["cpu_ms"], results[-1]["at16"]["cpu_ms"])
    for result in results:
        at16 = result["at16"]
        print(
            f"{result['name']:<50} {at16['requests_per_second']:>8.0f} req/s"
            f"  {at16['cpu_ms']:>7.2f} ms CPU  ×{bare_cpu / at16['cpu_ms']:.3f} by CPU"
        )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database_url")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--profile", choices=PAGES)
    parser.add_argument("--load", type=int, metavar="SECONDS", help="load each page this long")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-uncached-") as directory:
        env = measure.environment(directory, args.database_url)
        measure.setup(env)
        if args.profile:
            uncached(lambda: profile(args.profile))
            return
        for name, result in uncached(lambda: render_times(args.repeat)).items():
            print(f"{name:<14} {result['ms']:7.2f} ms  {result['queries']} queries  {result['path']}")
        if args.load:
            loads(env, directory, args.load)


if __name__ == "__main__":
    sys.exit(main())
