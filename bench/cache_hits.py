"""A public-cache hit against a miss and against a bare Django view, in-process, for each store.

Each page is timed through Django's WSGI handler (the full middleware stack, as gunicorn calls it):
as a miss (the public cache emptied before every request: render and store) and as a hit; the
baseline is /robots.txt, a fixed small response through every middleware (sessions, CSRF, auth),
the in-process stand-in for the bare Django view. Figures are ratios to the baseline measured in
the same run (above 1.0: faster than the bare view). Stores: files under var/ (the default
without Redis), a database table on the same SQLite file, Redis with --redis=URL, and
local memory (one worker only, for reference). A throwaway SQLite database; DEBUG off; the API's
throttle counts every request (in its own table) at a rate no run reaches.

    .venv/bin/python bench/cache_hits.py [--requests N] [--repeat N] [--quick] [--redis=URL]
"""

import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import demo_site, request_timing_arguments  # noqa: E402


def stores(directory, redis):
    found = {
        "files (var/)": {
            "BACKEND": "factcheck.caching.store.UncompressedFileBasedCache",
            "LOCATION": str(Path(directory) / "page-cache"),
        },
        "database table (SQLite)": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "factdesk_pages_bench",
        },
        "local memory (one worker)": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    if redis:
        found["Redis"] = {
            "BACKEND": "config.cache.RedisCache",
            "LOCATION": redis,
            "KEY_PREFIX": "factdesk-bench",
        }
    return found


def wsgi_get(handler, path):
    from django.test import RequestFactory

    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD="GET", QUERY_STRING="")
    environ["wsgi.input"] = io.BytesIO()
    statuses = []
    body = b"".join(handler(environ, lambda status, headers, exc_info=None: statuses.append(status)))
    assert statuses[0].startswith("200"), (path, statuses[0])
    return body


def per_request(handler, path, requests, repeat, before=None):
    """Best mean seconds per request over `repeat` timings of `requests` requests."""
    best = float("inf")
    for _ in range(repeat):
        elapsed = 0.0
        for _ in range(requests):
            if before:
                before()
            started = time.perf_counter()
            wsgi_get(handler, path)
            elapsed += time.perf_counter() - started
        best = min(best, elapsed / requests)
    return best


def pages():
    from factcheck.models import Claim

    claim = Claim.objects.public().first()
    return [
        ("front page", "/"),
        ("demo article (41 statements)", "/briefings/russia-peace-proposals/"),
        ("long article (500 statements)", "/briefings/long/"),
        ("claim page", claim.get_absolute_url()),
        ("RSS feed", "/feeds/fact-checks/"),
        ("API claim", f"/api/v1/claims/{claim.pk}/"),
    ]


def bare_django(args):
    """The baseline: /robots.txt through the middleware without the public cache's."""
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.test.utils import override_settings

    without = [name for name in settings.MIDDLEWARE if not name.startswith("factcheck.caching")]
    with override_settings(MIDDLEWARE=without):
        handler = WSGIHandler()
        wsgi_get(handler, "/robots.txt")
        return per_request(handler, "/robots.txt", args.requests, args.repeat)


def measure_store(name, config, handler, args):
    from django.conf import settings
    from django.core.cache import caches
    from django.core.management import call_command
    from django.test.utils import override_settings

    with override_settings(CACHES={**settings.CACHES, "pages": config}):
        if config["BACKEND"].endswith("DatabaseCache"):
            call_command("createcachetable", verbosity=0)
        clear = caches["pages"].clear
        for _, path in pages():  # warm: imports, templates, connections
            wsgi_get(handler, path)
        baseline = bare_django(args)
        print(f"\n{name}: bare Django (/robots.txt without the public cache) {baseline * 1000:.3f} ms")
        print("| page | miss ms | hit ms | miss × bare | hit × bare | hit ÷ miss |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for page, path in pages():
            miss = per_request(handler, path, args.requests, args.repeat, before=clear)
            wsgi_get(handler, path)
            hit = per_request(handler, path, args.requests, args.repeat)
            print(
                f"| {page} | {miss * 1000:.2f} | {hit * 1000:.3f} | {baseline / miss:.2f} | "
                f"{baseline / hit:.2f} | {miss / hit:.0f}× |"
            )


def main(argv=None):
    # Counted as ever, never refused: anonymous callers are counted by both throttles.
    os.environ.setdefault("API_ANON_RATE", "100000000/minute")
    os.environ.setdefault("API_USER_RATE", "100000000/minute")
    redis = next((arg.split("=", 1)[1] for arg in argv or sys.argv[1:] if arg.startswith("--redis=")), "")
    argv = [arg for arg in (argv or sys.argv[1:]) if not arg.startswith("--redis=")]
    args = request_timing_arguments(__doc__.split("\n\n")[0], argv, requests=50)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory, demo_site(directory):
        from django.core.handlers.wsgi import WSGIHandler

        handler = WSGIHandler()
        for name, config in stores(directory, redis).items():
            measure_store(name, config, handler, args)


if __name__ == "__main__":
    main()
