"""Time the whole importer on the sample article: decode, parse, split, store in SQLite.

bench/segmenters.py measures sentence splitting alone; this measures what an editor waits for
when importing briefings/sample_data/russia-peace-proposals.txt. Each import gets a fresh slug
so every one really stores a briefing. The database is a throwaway SQLite file in a temporary
directory (never var/ or $DATABASE_URL). Run by hand (see docs/benchmarks.md); it asserts
nothing about timings.

    .venv/bin/python bench/import_sample.py [--imports N] [--repeat N] [--quick]
"""

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "briefings" / "sample_data" / "russia-peace-proposals.txt"


def setup_django(directory):
    """Django on a fresh SQLite file in `directory`, migrated, with DEBUG off by default (DEBUG
    logs every query, which production does not pay for)."""
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(directory) / 'bench.sqlite3'}"
    os.environ["FACTDESK_VAR_DIR"] = str(directory)
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-import-sample-throwaway-key-not-used-for-anything-real")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--imports", type=int, default=50, help="imports per timing (50)")
    parser.add_argument("--repeat", type=int, default=5, help="timings; the best counts (5)")
    parser.add_argument("--quick", action="store_true", help="5 imports, 2 timings: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.imports, args.repeat = 5, 2

    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        setup_django(directory)
        from django.conf import settings
        from django.db import connection

        from briefings.importers import import_briefing
        from briefings.models import Briefing

        data = SAMPLE.read_bytes()
        started = time.perf_counter()
        first = import_briefing(data, slug="bench-0")
        cold = time.perf_counter() - started
        statements = first.briefing.statements.count()
        if not (first.created and statements):
            sys.exit(f"The sample did not import as a new briefing: {first.summary()}")

        best = float("inf")
        number = 1
        for _ in range(args.repeat):
            started = time.perf_counter()
            for _ in range(args.imports):
                import_briefing(data, slug=f"bench-{number}")
                number += 1
            best = min(best, time.perf_counter() - started)
        if Briefing.objects.count() != number:
            sys.exit(f"Expected {number} stored briefings, found {Briefing.objects.count()}.")

        print(
            f"Sample: {SAMPLE.relative_to(ROOT)} ({len(data):,} bytes), format "
            f"{first.briefing.original_format}, {statements} statements per import"
        )
        print(
            f"Python {platform.python_version()}, Django on {connection.vendor} "
            f"{connection.Database.sqlite_version if connection.vendor == 'sqlite' else ''}, "
            f"DEBUG={settings.DEBUG}; {args.imports} imports, best of {args.repeat}"
        )
        print(f"First (cold) import: {cold * 1000:.1f} ms\n")
        print("| imports/s | statements/s | ms per import |")
        print("| ---: | ---: | ---: |")
        rate = args.imports / best
        print(f"| {rate:,.1f} | {rate * statements:,.0f} | {best / args.imports * 1000:.2f} |")


if __name__ == "__main__":
    main()
