"""Time one "has this been checked?" suggestion (factcheck.similarity.similar_claims) against a
large archive, for three kinds of text: the questions of the paraphrase set, the statements of
the sample article (../shared/samples/russia-peace-proposals.txt, split as the importer splits
it) and article sentences of the bench corpus drawn with a seed of their own (so not the
archive's own sentences: the briefing desk asks about whole statements like these). Each text is
asked `--rounds` times for the best `--limit` claims (20; the briefing desk asks for 4); reports
the median and the 95th percentile per kind, in ms, with the number of public claims. `--check`
also compares each answer with scoring every public claim (what the index's answers must equal).

Make the archive first on a throwaway database (migrate, then generate_bench_data with enough
claims that about 100,000 are published; see docs/claim-intelligence.md, "What has been checked before"):

    DATABASE_URL=sqlite:////abs/var/big.sqlite3 FACTDESK_VAR_DIR=/abs/var \\
        .venv/bin/python bench/similarity_speed.py [--rounds 5] [--sentences 100] [--limit 20] [--check]
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


def timed(texts, rounds, limit):
    """(median ms, p95 ms, max ms, share with a match) of `similar_claims` over `texts`."""
    from factcheck.similarity import similar_claims

    times, found = [], 0
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            found += bool(similar_claims(text, limit=limit))
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], times[-1], found / len(times)


def every_public_claim():
    """{live version id: (claim id, keys)} of every public claim, for `exhaustive`."""
    from factcheck.models import Claim, ClaimVersion
    from factcheck.similarity import keys

    live = dict(Claim.objects.public().values_list("live_version_id", "pk"))
    versions = ClaimVersion.objects.filter(pk__in=list(live)).values_list("pk", "text")
    return {pk: (live[pk], set(keys(text))) for pk, text in versions.iterator()}


def exhaustive(text, archive, limit):
    """The answer of scoring every public claim in `archive`, as similar_claims gives it."""
    from factcheck.similarity import THRESHOLD, Match, keys, score

    asked = keys(text)
    scored = sorted((-score(asked, found), claim_id) for claim_id, found in archive.values())
    return [Match(claim_id, -value) for value, claim_id in scored if -value >= THRESHOLD][:limit]


def checked(kinds, limit):
    """Per kind, how many answers equal those of scoring every public claim."""
    from factcheck.similarity import similar_claims

    archive = every_public_claim()
    for kind, texts in kinds.items():
        equal = sum(similar_claims(text, limit=limit) == exhaustive(text, archive, limit) for text in texts)
        print(f"  {kind}: {equal} of {len(texts)} answers as scoring every public claim")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sentences", type=int, default=100, help="bench-corpus sentences (100)")
    parser.add_argument("--limit", type=int, default=20, help="claims asked for (20)")
    parser.add_argument("--check", action="store_true", help="compare with scoring every public claim")
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
    print(
        f"{connection.vendor}: {public:,} public claims, best {args.limit} asked for, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for kind, texts in kinds.items():
        if not texts:
            print(f"  {kind}: none found")
            continue
        median, p95, most, matched = timed(texts, args.rounds, args.limit)
        print(
            f"  {kind} ({len(texts)} x {args.rounds}): median {median:.1f} ms, p95 {p95:.1f} ms, "
            f"max {most:.1f} ms ({matched:.0%} with a match)"
        )
    if args.check:
        checked(kinds, args.limit)


if __name__ == "__main__":
    main()
