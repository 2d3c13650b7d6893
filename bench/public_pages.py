"""Time the public pages a reader opens, on the demo briefing and on a 500-statement one.

The tests prove the query count stays constant; this shows what the pages cost in time. The
database is a throwaway SQLite file (never var/ or $DATABASE_URL); DEBUG is off and ALLOWED_HOSTS
includes the test client's host. Run by hand (see docs/benchmarks.md); it asserts nothing.

    .venv/bin/python bench/public_pages.py [--requests N] [--repeat N] [--quick]
"""

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_sample import setup_django  # noqa: E402

#: Long enough for the pre-publication checklist (FACTDESK_MIN_RATIONALE_LENGTH): a verdict short
#: of it stays approved, unpublished, and the article would be measured without its verdicts.
RATIONALE = (
    "Matches the records: the published figures for the period say the same, and the ministry's "
    "own release repeats them."
)


def long_briefing(editor, checker, statements=500):
    from briefings.importers import import_briefing
    from factcheck import services
    from factcheck.models import Evidence, Rating, Source
    from factcheck.states import ReplyStatus

    text = "A long article\n" + "".join(
        f"Sentence number {i} says something checkable.\n" for i in range(statements)
    )
    briefing = import_briefing(text, slug="long").briefing
    source = Source.objects.create(url="https://example.org/records", title="Records")
    for statement in briefing.statements.all()[: statements // 5]:
        claim = services.make_claim(statement=statement, user=editor)
        claim = services.take_action(claim=claim, action="assign", user=editor, assignee=checker)
        Evidence.objects.create(claim=claim, source=source, stance="supports")
        claim.rating, claim.rationale = Rating.objects.get(slug="accurate"), RATIONALE
        claim.claimant, claim.reply_status = "The ministry", ReplyStatus.NOT_APPLICABLE
        claim = services.save_claim(claim=claim, user=checker, opened_version=claim.version)
        claim = services.take_action(claim=claim, action="submit", user=checker)
        services.take_action(claim=claim, action="approve", user=editor)
    services.publish_briefing(briefing=briefing, user=editor)
    published = briefing.statements.filter(claims__live_version__isnull=False).count()
    assert published == statements // 5, f"{published} of {statements // 5} verdicts went public"
    return briefing


def time_page(client, url, requests, repeat):
    best = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(requests):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        best.append((time.perf_counter() - started) / requests)
    return min(best) * 1000, statistics.median(best) * 1000


def request_timing_arguments(description, argv, requests):
    """--requests per timing, --repeat timings (the best counts), --quick for a smoke run."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--requests", type=int, default=requests)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests, args.repeat = 2, 1
    return args


def setup_site(directory):
    """Django as setup_django leaves it, answering the test client over plain HTTP."""
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    # Counted as ever, never refused: a timing loop is many requests a minute from one address.
    os.environ.setdefault("API_ANON_RATE", "100000000/minute")
    os.environ.setdefault("API_USER_RATE", "100000000/minute")
    setup_django(directory)


@contextlib.contextmanager
def demo_site(directory):
    """A throwaway site in `directory` with the demo and the long briefing, static files served
    unhashed (no collectstatic); yields the demo users."""
    setup_site(directory)
    from django.test.utils import override_settings

    from factcheck.demo import load_demo
    from factcheck.services import notifications_muted

    with override_settings(
        STORAGES={"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    ):
        users, _ = load_demo()
        with notifications_muted():
            long_briefing(users["editor"], users["checker"])
        yield users


def main(argv=None):
    args = request_timing_arguments(__doc__.split("\n\n")[0], argv, requests=30)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory, demo_site(directory):
        from django.test import Client

        from factcheck.models import Claim

        claim = Claim.objects.public().first()
        client = Client()
        pages = [
            ("front page", "/"),
            ("demo article (41 statements)", "/briefings/russia-peace-proposals/"),
            ("long article (500 statements, 100 verdicts)", "/briefings/long/"),
            ("claim page", claim.get_absolute_url()),
            ("search", "/search/?q=Ukraine"),
            ("RSS feed", "/feeds/fact-checks/"),
            ("sitemap", "/sitemap.xml"),
        ]
        print(
            f"| page | best ms | median ms |  ({args.requests} requests × {args.repeat}, Django test client)"
        )
        print("| --- | ---: | ---: |")
        for name, url in pages:
            best, median = time_page(client, url, args.requests, args.repeat)
            print(f"| {name} | {best:.1f} | {median:.1f} |")


if __name__ == "__main__":
    main()
