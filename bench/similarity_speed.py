"""Time one "has this been checked?" suggestion (factcheck.similarity.similar_claims) against a
large archive: each question of the paraphrase set asked in turn, `--rounds` times; reports the
median and the 95th percentile per question, in ms, with the number of public claims.

Make the archive first on a throwaway database (migrate, then generate_bench_data with enough
claims that about 100,000 are published; see docs/claim-intelligence.md, "What has been checked before"):

    DATABASE_URL=sqlite:////abs/var/big.sqlite3 FACTDESK_VAR_DIR=/abs/var \\
        .venv/bin/python bench/similarity_speed.py [--rounds 5]
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "claim_intelligence" / "paraphrases.jsonl"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from factcheck.models import Claim
    from factcheck.similarity import similar_claims

    questions = [json.loads(line)["query"] for line in DATA.read_text().splitlines() if '"query"' in line]
    public = Claim.objects.public().count()
    similar_claims(questions[0])  # connection and caches warm
    times = []
    found = 0
    for _ in range(args.rounds):
        for question in questions:
            start = time.perf_counter()
            found += bool(similar_claims(question, limit=20))
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(
        f"{connection.vendor}: {public:,} public claims, {len(questions)} questions x {args.rounds}: "
        f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms "
        f"({found / len(times):.0%} with a match)"
    )


if __name__ == "__main__":
    main()
