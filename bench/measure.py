"""One database's run of the suite (bench/suite.py starts one per database, each in its own
process, since Django is set up once per process): generate the bench data, time the importer and
the pages in-process, count every page's queries, then load a gunicorn server of 2 workers with
the load tool. Writes what it measured as JSON for suite.py's table.

    .venv/bin/python bench/measure.py DATABASE_URL OUT.json [--quick]
"""

import argparse
import json
import os
import secrets
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict
from pathlib import Path

import loadtest
import server
from report import BASELINE

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"briefings": 200, "statements_per_briefing": 500, "claims_count": 20_000, "sources": 5_000}
QUICK_SIZES = {"briefings": 20, "statements_per_briefing": 500, "claims_count": 2_000, "sources": 500}
ARTICLE = "/briefings/bench-article-500/"
DUMMY_CACHE = "django.core.cache.backends.dummy.DummyCache"
#: What every browser sends; wrk sends no Accept-Encoding, so the other rows are served identity.
BROWSER_ENCODINGS = "Accept-Encoding: gzip, deflate, br"
ADMIN_LIST = "admin claims list (editor)"
#: The claim desk as the newsroom uses it: a few editors at once, not a crowd. The issue's target
#: for the admin list (p50 under 150 ms for an editor) is judged here; 16 and 32 connections on 2
#: workers queue 8 and 16 requests behind each one, so those rows are a stress figure.
DESK_CONNECTIONS = (2, 4)
#: Pages timed as the best of several requests; the others are requested once, for their queries.
TIMED = {
    "article, 50 statements", "article, 500 statements", "article, 5,000 statements", "claim page",
    "API claims, page of 100",
}  # fmt: skip


def environment(directory, database_url):
    """What the bench server reads, as production would set it: DEBUG off, a fresh secret key, the
    throwaway database; plain HTTP on loopback; throttles too high to answer 429 (they still count)."""
    return {
        "DATABASE_URL": database_url,
        "FACTDESK_VAR_DIR": str(directory),
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "0",
        "API_ANON_RATE": "1000000/second",
        "API_USER_RATE": "1000000/second",
        "LOG_LEVEL": "ERROR",
    }


def setup(env):
    os.environ.update({**env, "DJANGO_SETTINGS_MODULE": "bench.settings"})
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def generate(sizes):
    from django.db import connection

    from factcheck.benchdata import generate

    started = time.perf_counter()
    made = generate(**sizes, seed=17)
    seconds = time.perf_counter() - started
    version = connection.Database.sqlite_version if connection.vendor == "sqlite" else connection.pg_version
    return {
        "seconds": seconds,
        "summary": made.summary(),
        "statements": made.statements,
        "engine": f"{connection.vendor} {version}",
    }


def import_rate(statements, repeat):
    """Statements/s of the whole importer (parse, split, store) on a document of `statements` sentences."""
    import random

    from briefings.importers import import_briefing
    from factcheck.benchdata import sentences

    rng = random.Random(1)
    best = float("inf")
    for number in range(repeat):
        text = "An imported article\n\n" + "".join(
            " ".join(sentences.sentence(rng) for _ in range(5)) + "\n\n" for _ in range(statements // 5)
        )
        started = time.perf_counter()
        imported = import_briefing(text, slug=f"bench-import-{number}")
        best = min(best, time.perf_counter() - started)
    return {"statements": imported.briefing.statements.count(), "seconds": best}


def timed(client, path, repeat):
    """Best time of `repeat` requests in ms, and the queries of one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    best = float("inf")
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            best = min(best, time.perf_counter() - started)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    return {"path": path, "ms": best * 1000, "queries": len(queries)}


def pages():
    """Every public page and API list the suite counts queries for, by name."""
    from factcheck.models import Claim, Source

    claim = Claim.objects.public().filter(statement__briefing__slug="bench-article-500").first()
    source = Source.objects.public().first()
    return {
        "front page": "/",
        "article, 50 statements": "/briefings/bench-article-50/",
        "article, 500 statements": ARTICLE,
        "article, 5,000 statements": "/briefings/bench-article-5000/",
        "article revision 1, 500 statements": f"{ARTICLE}revisions/1/",
        "claim page": f"/claims/{claim.pk}/",
        "claim version page": f"/claims/{claim.pk}/versions/1/",
        "source page": f"/sources/{source.pk}/",
        "search": "/search/?q=unemployment",
        "RSS feed": "/feeds/fact-checks/",
        "Atom feed": "/feeds/fact-checks/atom/",
        "sitemap": "/sitemap.xml",
        **{f"API {name}": f"/api/v1/{name}/" for name in ("briefings", "statements", "sources", "ratings")},
        "API claims, page of 100": "/api/v1/claims/?page_size=100",
        "API claimreviews": "/api/v1/claimreviews/",
    }


def editor_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    from factcheck.benchdata import EDITOR

    client = Client()
    client.force_login(get_user_model().objects.get(username=EDITOR))
    return client


def in_process(repeat):
    """Render times (best of `repeat`) and queries of every page, in this process."""
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    client, editor = Client(), editor_client()
    # Renders, not cache hits: the public cache is a dummy here (its hits are measured under load).
    with override_settings(CACHES={**settings.CACHES, "pages": {"BACKEND": DUMMY_CACHE}}):
        rendered = {
            name: timed(client, path, repeat if name in TIMED else 1) for name, path in pages().items()
        }
        rendered[ADMIN_LIST] = timed(editor, "/admin/factcheck/claim/", repeat)
    return rendered, editor.cookies["sessionid"].value


def targets(rendered, cookie):
    """What the load tool requests on the site's server: (name, path, headers, cold)."""
    return [
        ("bare view, the project's middleware", "/bench/baseline/", (), False),
        ("article, 500 statements, cold", ARTICLE, (), True),
        ("article, 500 statements, cached", ARTICLE, (), False),
        ("article, 500 statements, cached, gzip accepted", ARTICLE, (BROWSER_ENCODINGS,), False),
        ("claim page, cold", rendered["claim page"]["path"], (), True),
        ("claim page, cached", rendered["claim page"]["path"], (), False),
        ("RSS feed", "/feeds/fact-checks/", (), False),
        ("API claims, page of 100, cold", "/api/v1/claims/?page_size=100", (), True),
        ("API claims, page of 100, cached", "/api/v1/claims/?page_size=100", (), False),
        (ADMIN_LIST, "/admin/factcheck/claim/", (f"Cookie: sessionid={cookie}",), False),
    ]


def warm(url, headers, requests=4):
    """A few requests first (every worker loads its code and caches), each of which must be a 200."""
    request = urllib.request.Request(url, headers=dict(header.split(": ", 1) for header in headers))
    for _ in range(requests):
        with urllib.request.urlopen(request, timeout=60) as response:
            if response.status != 200 or response.url != url:
                raise RuntimeError(f"{url} answered {response.status} at {response.url}")
            response.read()


def one_load(site, path, connections, seconds, headers, cold):
    """One load tool run, then the drain; adds the workers' CPU time per request served over both,
    counted in the access log (the drain's probes of the baseline left out), which the machine's
    other work does not inflate as it does the wall-clock figures."""
    served, cpu = site.served(path), site.cpu_seconds()
    measured = asdict(
        loadtest.measure(
            site.base + path, connections=connections, seconds=seconds, headers=headers, cold=cold
        )
    )
    probes = server.drain(site)
    served = site.served(path) - served - (probes if path == "/bench/baseline/" else 0)
    measured["cpu_ms"] = (site.cpu_seconds() - cpu) * 1000 / served if served else float("nan")
    return measured


def load(site, name, path, headers, cold, seconds):
    warm(site.base + path, headers)
    at16 = one_load(site, path, 16, seconds[0], headers, cold)
    at32 = one_load(site, path, 32, seconds[1], headers, cold)
    return {"name": name, "path": path, "at16": at16, "at32": at32}


def at_the_desk(site, cookie, seconds):
    """The admin claims list at DESK_CONNECTIONS: one run each, named for its connections."""
    path, headers = "/admin/factcheck/claim/", (f"Cookie: sessionid={cookie}",)
    warm(site.base + path, headers)
    return [
        {"name": f"{ADMIN_LIST} at the desk", "path": path, "connections": connections,
         "desk": one_load(site, path, connections, seconds, headers, False)}
        for connections in DESK_CONNECTIONS
    ]  # fmt: skip


def under_load(env, directory, rendered, cookie, seconds, log):
    """Every target on the site's server between two runs of the bare baseline, the admin list at an
    editor's desk after its stress run; workers' memory after."""
    results = [bare(env, directory, log, seconds, "before")]
    with server.gunicorn(env, directory, log=log) as site:
        for name, path, headers, cold in targets(rendered, cookie):
            results.append(load(site, name, path, headers, cold, seconds))
            if name == ADMIN_LIST:
                results += at_the_desk(site, cookie, seconds[0])
        memory = server.worker_memory_mb(site)
    results.append(bare(env, directory, log, seconds, "after"))
    return results, memory


def bare(env, directory, log, seconds, when):
    """The bare baseline on a server of its own, measured before and after the pages: on a shared
    machine the two say how much the machine's own load moved during the run."""
    with server.gunicorn(env, directory, settings="bench.settings_bare", log=log) as site:
        return load(site, f"{BASELINE}, {when} the pages", "/bench/baseline/", (), False, seconds)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database_url")
    parser.add_argument("out", type=Path)
    parser.add_argument("--quick", action="store_true", help="a tenth of the data, 2-second loads")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        env = environment(directory, args.database_url)
        setup(env)
        made = generate(QUICK_SIZES if args.quick else SIZES)
        imported = import_rate(1_000 if args.quick else 5_000, 1 if args.quick else 3)
        rendered, cookie = in_process(2 if args.quick else 5)
        seconds = (2, 2) if args.quick else (10, 10)
        with open(Path(directory) / "gunicorn.log", "w") as log:
            loads, memory = under_load(env, directory, rendered, cookie, seconds, log)
        result = {
            "generated": made, "imported": imported, "rendered": rendered, "loads": loads,
            "memory_mb": memory, "tool": "wrk" if loadtest.have_wrk() else "python",
        }  # fmt: skip
        args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
