"""What an uncached page costs to render, in-process, next to a bare Django view in the same run.

Builds a throwaway SQLite site (DEBUG off): the demo, published articles of 500 statements (100
verdicts) and 5,000 statements (1,000 verdicts), and ~20,000 claims on the desk; then times, with
the Django test client, with the public cache a dummy (every request renders), a bare view (a
fixed small response through the same middleware), the rating-scale page (the floor: the cheapest
page rendered from a template), the two articles, a claim page, the API's claims page of 100 and the admin claims list for a signed-in
editor. Each figure is also a ratio to the bare view (its time divided by the page's: requests/s
as a fraction of the framework's own). Asserts nothing; `--profile NAME` prints cProfile's top
entries for one page instead.

    .venv/bin/python bench/render_profile.py [--requests N] [--repeat N] [--quick] [--profile NAME]
"""

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import long_briefing, setup_site  # noqa: E402

#: "rating-scale" is the floor: the cheapest page the site renders from a template (one query, the
#: base layout), the least any uncached public page can cost.
PAGES = ("bare", "rating-scale", "article-500", "article-5000", "claim", "api-100", "admin-claims")


def arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10, help="requests per timing (10)")
    parser.add_argument("--repeat", type=int, default=3, help="timings; the best counts (3)")
    parser.add_argument("--desk-claims", type=int, default=20_000, help="claims on the desk (20,000)")
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 2 requests, 1 timing, 2,000 claims"
    )
    parser.add_argument("--profile", choices=PAGES, help="profile one page instead of timing them all")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests, args.repeat, args.desk_claims = 2, 1, 2_000
    return args


def bare_urls():
    """The site's URLs and /bench-bare/: a fixed small response, the framework's own limit."""
    from django.http import HttpResponse
    from django.urls import path

    from config import urls

    module = types.ModuleType("bench_bare_urls")
    module.urlpatterns = [path("bench-bare/", lambda request: HttpResponse("ok"))] + urls.urlpatterns
    module.handler400, module.handler500 = urls.handler400, urls.handler500
    sys.modules[module.__name__] = module
    return module.__name__


def cloned_verdicts(briefing, statements, template):
    """Published verdicts on `statements`, copied from `template` (a claim published through the
    services) with bulk inserts: the services take seconds for a thousand."""
    from factcheck.models import CitedEvidence, Claim, ClaimVersion

    version = template.live_version
    evidence = list(version.evidence.all())
    claims = Claim.objects.bulk_create(
        Claim(
            statement=statement,
            text=f"{statement.text} (claim)",
            status=template.status,
            rating_id=template.rating_id,
            rationale=template.rationale,
            submitted_by_id=template.submitted_by_id,
            reviewed_by_id=template.reviewed_by_id,
            published_at=template.published_at,
            public_changed_at=template.public_changed_at,
        )
        for statement in statements
    )
    skip = {"id", "claim", "statement", "statement_text", "statement_position", "text"}
    fields = {f.attname: getattr(version, f.attname) for f in ClaimVersion._meta.concrete_fields}
    fields = {name: value for name, value in fields.items() if name.removesuffix("_id") not in skip}
    versions = ClaimVersion.objects.bulk_create(
        ClaimVersion(
            claim=claim,
            statement=claim.statement,
            statement_text=claim.statement.text,
            statement_position=claim.statement.position,
            text=claim.text,
            **fields,
        )
        for claim in claims
    )
    for claim, made in zip(claims, versions, strict=True):
        claim.live_version = made
    Claim.objects.bulk_update(claims, ["live_version"])
    skip = {"id", "version"}
    cited = [
        {f.attname: getattr(e, f.attname) for f in CitedEvidence._meta.concrete_fields} for e in evidence
    ]
    CitedEvidence.objects.bulk_create(
        CitedEvidence(version=made, **{k: v for k, v in row.items() if k.removesuffix("_id") not in skip})
        for made in versions
        for row in cited
    )


def build_site(args):
    """The demo and the measured articles and desk; returns the editor and the URLs to time."""
    from briefings.importers import import_briefing
    from briefings.models import Briefing
    from factcheck.demo import load_demo
    from factcheck.models import Claim
    from factcheck.services import notifications_muted

    users, _ = load_demo()
    with notifications_muted():
        template_briefing = long_briefing(users["editor"], users["checker"], statements=5)
    template = Claim.objects.filter(statement__briefing=template_briefing).first()
    for size, verdicts in ((500, 100), (5000, 1000)):
        text = f"An article of {size} statements\n" + "".join(
            f"Sentence {i} says something checkable in article {size}.\n" + ("\n" if i % 7 == 6 else "")
            for i in range(size)
        )
        briefing = import_briefing(text, slug=f"article-{size}").briefing
        shown = list(briefing.statements.order_by("position"))
        cloned_verdicts(briefing, shown[:: size // verdicts][:verdicts], template)
        Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.PUBLISHED)
    desk_claims(args.desk_claims, users)
    claim = Claim.objects.public().order_by("pk").first()
    urls = {
        "bare": "/bench-bare/",
        "rating-scale": "/standards/rating-scale/",
        "article-500": "/briefings/article-500/",
        "article-5000": "/briefings/article-5000/",
        "claim": claim.get_absolute_url(),
        "api-100": "/api/v1/claims/?page_size=100",
        "admin-claims": "/admin/factcheck/claim/",
    }
    return users["editor"], urls


def desk_claims(total, users):
    """`total` claims in every working state on an unpublished briefing, in bulk."""
    from briefings.importers import import_briefing
    from factcheck.models import Claim, Rating
    from factcheck.states import ClaimStatus

    statements = 2000
    text = "The desk's article\n" + "".join(f"Desk sentence {i} is checkable.\n" for i in range(statements))
    briefing = import_briefing(text, slug="desk").briefing
    shown = list(briefing.statements.order_by("position"))
    states = [s for s in ClaimStatus.values if s != ClaimStatus.PUBLISHED]
    rating = Rating.objects.first()
    Claim.objects.bulk_create(
        (
            Claim(
                statement=shown[i % statements],
                text=f"Desk claim {i}",
                status=states[i % len(states)],
                rating=rating if i % 2 else None,
                assignee=users["checker"] if i % 3 else None,
            )
            for i in range(total)
        ),
        batch_size=2000,
    )


def time_page(client, url, requests, repeat):
    """(best, median) milliseconds of this process's CPU per request: wall time swings with
    whatever else the machine runs, and the page's work (SQLite included) is all in-process."""
    timings = []
    for _ in range(repeat):
        started = time.process_time()
        for _ in range(requests):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        timings.append((time.process_time() - started) / requests * 1000)
    return min(timings), statistics.median(timings)


def count_queries(client, url):
    """How many queries one request for `url` makes."""
    from django.db import connection

    queries = []

    def counted(execute, sql, *rest):
        queries.append(sql)
        return execute(sql, *rest)

    with connection.execute_wrapper(counted):
        client.get(url)
    return len(queries)


def profile(client, url, requests):
    profiler = cProfile.Profile()
    client.get(url)  # warm: templates compiled, connection open
    profiler.enable()
    for _ in range(requests):
        client.get(url)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs().sort_stats("cumulative")
    stats.print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


def main(argv=None):
    args = arguments(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        setup_site(directory)
        from django.conf import settings
        from django.test import Client
        from django.test.utils import override_settings

        static = {"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
        # The public cache a dummy: every request renders (with it, a page was timed as a hit).
        caches = {**settings.CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
        with override_settings(STORAGES=static, ROOT_URLCONF=bare_urls(), CACHES=caches):
            editor, urls = build_site(args)
            reader, staff = Client(), Client()
            staff.force_login(editor)
            clients = {name: staff if name == "admin-claims" else reader for name in PAGES}
            if args.profile:
                return profile(clients[args.profile], urls[args.profile], args.requests)
            print(
                f"| page | best CPU ms | median CPU ms | × bare | queries |  ({args.requests} requests × {args.repeat})"
            )
            print("| --- | ---: | ---: | ---: | ---: |")
            bare = None
            for name in PAGES:
                client = clients[name]
                client.get(urls[name])  # warm
                queries = count_queries(client, urls[name])
                best, median = time_page(client, urls[name], args.requests, args.repeat)
                bare = bare or best
                print(f"| {name} | {best:.1f} | {median:.1f} | {bare / best:.3f} | {queries} |")


if __name__ == "__main__":
    main()
