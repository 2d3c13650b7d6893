"""Time one "has this been checked?" suggestion (factcheck.similarity.similar_claims) against a
large archive, for three kinds of text: the questions of the paraphrase set, the statements of
the sample article (../shared/samples/russia-peace-proposals.txt, split as the importer splits
it) and article sentences of the bench corpus drawn with a seed of their own (so not the
archive's own sentences: the briefing desk asks about whole statements like these). Each text is
asked `--rounds` times; reports the median and the 95th percentile per kind, in ms, with the
number of public claims.

Make the archive first on a throwaway database (migrate, then generate_bench_data with enough
claims that about 100,000 are published; see docs/claim-intelligence.md, "What has been checked before"):

    DATABASE_URL=sqlite:////abs/var/big.sqlite3 FACTDESK_VAR_DIR=/abs/var \\
        .venv/bin/python bench/similarity_speed.py [--rounds 5] [--sentences 100]
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "claim_intelligence" / "paraphrases.jsonl"
SAMPLE = ROOT.parent / "shared" / "samples" / "russia-peace-proposals.txt"
#: Not the seed generate_bench_data uses by default (17): sentences like the archive's, not its own.
SEED = 1018


def questions():
    return [json.loads(line)["query"] for line in DATA.read_text().splitlines() if '"query"' in line]


def sample_statements():
    """The sample article's statements of at least eight words, as the importer splits them."""
    from briefings.importers.sentences import sentence_spans

    if not SAMPLE.exists():
        return []
    found = []
    for paragraph in SAMPLE.read_text().splitlines():
        found += [paragraph[start:end] for start, end in sentence_spans(paragraph, "en")]
    return [text for text in found if len(text.split()) >= 8]


def corpus_sentences(count):
    from factcheck.benchdata.sentences import sentence

    rng = random.Random(SEED)
    return [sentence(rng) for _ in range(count)]


def timed(texts, rounds):
    """(median ms, p95 ms, max ms, share with a match) of `similar_claims` over `texts`."""
    from factcheck.similarity import similar_claims

    times, found = [], 0
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            found += bool(similar_claims(text, limit=20))
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], times[-1], found / len(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sentences", type=int, default=100, help="bench-corpus sentences (100)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from factcheck.models import Claim
    from factcheck.similarity import similar_claims

    kinds = {
        "paraphrase questions": questions(),
        "sample statements": sample_statements(),
        "bench-corpus sentences": corpus_sentences(args.sentences),
    }
    public = Claim.objects.public().count()
    similar_claims(kinds["paraphrase questions"][0])  # connection and caches warm
    print(f"{connection.vendor}: {public:,} public claims, load average {os.getloadavg()[0]:.1f}")
    for kind, texts in kinds.items():
        if not texts:
            print(f"  {kind}: none found")
            continue
        median, p95, most, matched = timed(texts, args.rounds)
        print(
            f"  {kind} ({len(texts)} x {args.rounds}): median {median:.1f} ms, p95 {p95:.1f} ms, "
            f"max {most:.1f} ms ({matched:.0%} with a match)"
        )


if __name__ == "__main__":
    main()
