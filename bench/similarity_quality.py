"""Recall at 5 and precision at the threshold of "has this been checked?" (factcheck.similarity)
on the hand-written paraphrase set, tests/data/claim_intelligence/paraphrases.jsonl.

The archive is every claim of the set (each pair's checked claim and the distractors, which share
topics, places and years with them); the questions are each pair's differently worded question
or statement, plus unrelated questions that no claim answers. Recall@5: share of pairs whose
claim is among the five best above the threshold. Precision: share of all shown matches (every
question's, up to five, unrelated questions included) that are the pair's own claim. The scoring
is the matcher's own (keys and score); the database's index only narrows the candidates, and
with this small archive every claim sharing a key is a candidate (tests/claim_intelligence pins
the same answers through the database). Run by hand:

    .venv/bin/python bench/similarity_quality.py [--thresholds 0.25,0.3,0.35,0.4] [--misses]
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "claim_intelligence" / "paraphrases.jsonl"


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def load():
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    archive = [(row["id"], row["claim"]) for row in rows if row["kind"] in ("pair", "distractor")]
    questions = [
        (row["query"], row["id"] if row["kind"] == "pair" else None) for row in rows if "query" in row
    ]
    return archive, questions


def measure(archive, questions, threshold, misses=False):
    from factcheck.similarity import keys, score

    archived = [(claim_id, keys(text)) for claim_id, text in archive]
    found = shown = right = 0
    pairs = sum(1 for _, expected in questions if expected)
    for question, expected in questions:
        asked = keys(question)
        ranked = sorted(
            ((score(asked, k), claim_id) for claim_id, k in archived), key=lambda m: (-m[0], m[1])
        )
        top = [claim_id for similarity, claim_id in ranked[:5] if similarity >= threshold]
        shown += len(top)
        right += expected in top
        found += expected in top
        if misses and expected and expected not in top:
            print(f"  miss {expected}: {question!r} -> {ranked[:3]}")
    return found / pairs, (right / shown if shown else 1.0), shown


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", default="")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    setup()
    from factcheck.similarity import THRESHOLD

    archive, questions = load()
    thresholds = [float(t) for t in args.thresholds.split(",") if t] or [THRESHOLD]
    pairs = sum(1 for _, expected in questions if expected)
    print(f"{pairs} pairs, {len(archive)} claims, {len(questions) - pairs} unrelated questions")
    for threshold in thresholds:
        recall, precision, shown = measure(archive, questions, threshold, args.misses)
        mark = " (THRESHOLD)" if threshold == THRESHOLD else ""
        print(
            f"threshold {threshold:.2f}{mark}: recall@5 {recall:.3f}  precision {precision:.3f}  ({shown} shown)"
        )


if __name__ == "__main__":
    main()
