"""manage.py generate_bench_data: realistic volumes for the benchmark suite (bench/suite.py)."""

import time

from django.core.management.base import BaseCommand, CommandError

from factcheck.benchdata import ARTICLES, BenchDataRefused, generate

MINIMUMS = {"briefings": 0, "statements_per_briefing": 1, "claims": 0, "sources": 1}


class Command(BaseCommand):
    help = (
        "Fill a throwaway database with bench data: briefings in every state, claims in every state "
        "(the published ones with versions), evidence from shared sources, and the bench articles "
        f"({', '.join(ARTICLES)}). Refuses a database holding the newsroom's briefings unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--briefings", type=int, default=200, help="regular briefings (200)")
        parser.add_argument(
            "--statements-per-briefing", type=int, default=500, help="statements in each (500)"
        )
        parser.add_argument("--claims", type=int, default=20_000, help="claims on them (20,000)")
        parser.add_argument("--sources", type=int, default=5_000, help="sources they cite (5,000)")
        parser.add_argument(
            "--seed", type=int, default=17, help="random seed, for a repeatable data set (17)"
        )
        parser.add_argument(
            "--force", action="store_true", help="add bench data beside briefings that are not bench data"
        )

    def handle(self, *args, **options):
        for name, least in MINIMUMS.items():
            if options[name] < least:
                raise CommandError(f"--{name.replace('_', '-')} must be at least {least}.")
        started = time.perf_counter()
        try:
            made = generate(
                briefings=options["briefings"],
                statements_per_briefing=options["statements_per_briefing"],
                claims_count=options["claims"],
                sources=options["sources"],
                seed=options["seed"],
                force=options["force"],
            )
        except BenchDataRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        elapsed = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"Generated {made.summary()} in {elapsed:.1f} s."))
