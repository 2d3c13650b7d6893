"""Time the read-only API on the demo and a 500-statement briefing, at page sizes 50 and 200.

The tests prove the query count stays constant with the page size; this shows what a request
costs in time, serialisation included. Same throwaway SQLite database and settings as
bench/public_pages.py; throttles are off. Run by hand (see docs/benchmarks.md); it asserts nothing.

    .venv/bin/python bench/api.py [--requests N] [--repeat N] [--quick]
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_pages import long_briefing, request_timing_arguments, setup_site, time_page  # noqa: E402


def endpoints(claim):
    return [
        ("briefings/ (list)", "/api/v1/briefings/"),
        ("briefings/long/ (500 statements)", "/api/v1/briefings/long/"),
        ("statements/ page of 50", "/api/v1/statements/?page_size=50"),
        ("statements/ page of 200", "/api/v1/statements/?page_size=200"),
        ("claims/ page of 50", "/api/v1/claims/?page_size=50"),
        ("claims/ page of 200", "/api/v1/claims/?page_size=200"),
        ("claims/<id>/", f"/api/v1/claims/{claim.pk}/"),
        ("claimreviews/ page of 200", "/api/v1/claimreviews/?page_size=200"),
        ("sources/", "/api/v1/sources/"),
        ("schema (YAML)", "/api/schema/"),
    ]


def main(argv=None):
    args = request_timing_arguments(__doc__.split("\n\n")[0], argv, requests=20)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        setup_site(directory)
        from django.conf import settings
        from django.test import Client
        from django.test.utils import override_settings

        from factcheck.demo import load_demo
        from factcheck.models import Claim
        from factcheck.services import notifications_muted

        unthrottled = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None}}
        with override_settings(REST_FRAMEWORK=unthrottled):
            users, _ = load_demo()
            with notifications_muted():
                long_briefing(users["editor"], users["checker"])
            client = Client(HTTP_ACCEPT="application/json")
            print(
                f"| endpoint | best ms | median ms |  ({args.requests} requests × {args.repeat}, anonymous)"
            )
            print("| --- | ---: | ---: |")
            for name, url in endpoints(Claim.objects.public().first()):
                best, median = time_page(client, url, args.requests, args.repeat)
                print(f"| {name} | {best:.1f} | {median:.1f} |")


if __name__ == "__main__":
    main()
