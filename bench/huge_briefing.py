"""The API's detail of a briefing at the statement bound (20,000 statements): time and peak memory.

    .venv/bin/python bench/huge_briefing.py [--statements N]

Run from the project root; it uses a throwaway SQLite file, DEBUG off, throttles off.
"""

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import setup_site  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        setup_site(directory)
        from django.conf import settings
        from django.test import Client
        from django.test.utils import override_settings

        from briefings.importers import import_briefing
        from briefings.models import Briefing

        text = "Huge\n" + "".join(f"Sentence {i} is short.\n" for i in range(args.statements))
        briefing = import_briefing(text, slug="huge").briefing
        Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.PUBLISHED)
        client = Client(HTTP_ACCEPT="application/json")
        rates = {"anon": None, "user": None}
        with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}):
            print(f"| run | ms | peak MB | bytes |  (briefings/huge/, {args.statements} statements)")
            print("| --- | ---: | ---: | ---: |")
            for run in range(1, args.repeat + 1):
                tracemalloc.start()
                started = time.perf_counter()
                response = client.get("/api/v1/briefings/huge/")
                elapsed = time.perf_counter() - started
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
                assert response.status_code == 200
                print(f"| {run} | {elapsed * 1000:.0f} | {peak / 1e6:.0f} | {len(response.content)} |")


if __name__ == "__main__":
    main()
