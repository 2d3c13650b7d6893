"""Precision and recall of re-anchoring, per outcome and overall, on the hand-labelled revisions
and, separately, on synthetic ones.

The hand-labelled set is tests/revisions/corpus/ (eight articles, two revisions each, labels
in JSON beside them); the synthetic set applies seeded edits with known truth to every version
of those articles (tests/revisions/synthetic.py). A link is right when it names only new
statements the label names; precision is right links / links made, recall right links / links
labelled. `--compare` measures the similarity scorers docs/revisions.md compares, at several
thresholds. Run by hand (see docs/revisions.md); tests/revisions/test_labelled_set.py holds the
floors.

    .venv/bin/python bench/anchoring_quality.py [--seeds N] [--compare] [--misses] [--quick]
"""

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPARED = ["figures", "numbers_half", "words", "bag", "chars", "difflib", "token_set"]
THRESHOLDS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85]


def setup():
    """Django's settings only (the sentence splitter reads FACTDESK_LANGUAGE); no database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def synthetic_cases(seeds, edits_per_10):
    from tests.revisions.labelled import CORPUS, passages
    from tests.revisions.synthetic import corpus_cases

    paths = [path for path in sorted(CORPUS.glob("*/v*.*")) if path.suffix != ".json"]
    bases = [(f"{path.parent.name}/{path.stem}", passages(path)) for path in paths]
    return list(corpus_cases(bases, seeds, edits_per_10))


def run(labelled, synthetic, anchor_function):
    """(hand-labelled tally, synthetic tally, seconds) for one way of anchoring."""
    from tests.revisions.scoring import Tally, tally

    started = time.perf_counter()
    hand = tally(labelled, anchor_function)
    generated = Tally()
    for name, old, new, expected, added in synthetic:
        generated.add(name, old, new, expected, added, anchor_function(old, new))
    return hand, generated, time.perf_counter() - started


def print_table(title, result):
    print(f"\n{title}\n")
    print("| outcome | precision | recall | labelled |")
    print("| --- | ---: | ---: | ---: |")
    for name, precision, recall, count in result.rows():
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {count:,} |")


def compare(labelled, synthetic):
    from briefings.anchoring.matching import Matcher

    print(
        "\n| scorer | threshold | hand P | hand R | hand changed R | synthetic P | synthetic R | wrong links |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for scorer in COMPARED:
        for threshold in THRESHOLDS:
            hand, generated, _ = run(
                labelled, synthetic, lambda old, new, t=threshold, s=scorer: Matcher(old, new, t, s).run()
            )
            changed = dict((name, recall) for name, _, recall, _ in hand.rows())["changed"]
            print(
                f"| {scorer} | {threshold:.2f} | {hand.precision():.3f} | {hand.recall():.3f} | {changed:.3f} "
                f"| {generated.precision():.4f} | {generated.recall():.4f} | {len(hand.wrong) + len(generated.wrong)} |"
            )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=20, help="synthetic revisions of each version (20)")
    parser.add_argument("--edits-per-10", type=int, default=2, help="synthetic edits per ten statements (2)")
    parser.add_argument("--compare", action="store_true", help="also measure other scorers and thresholds")
    parser.add_argument("--misses", action="store_true", help="list every wrong and missed link")
    parser.add_argument("--quick", action="store_true", help="2 seeds: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.seeds = 2
    setup()
    from briefings.anchoring import THRESHOLD, anchor
    from briefings.anchoring.similarity import DEFAULT_SCORER
    from tests.revisions.labelled import load_cases

    labelled = load_cases()
    synthetic = synthetic_cases(args.seeds, args.edits_per_10)
    hand, generated, seconds = run(labelled, synthetic, anchor)
    print(f"Python {platform.python_version()}; scorer {DEFAULT_SCORER}, threshold {THRESHOLD}")
    print(
        f"Hand-labelled: {len(labelled)} revisions, {sum(len(case.old) for case in labelled)} old statements; "
        f"synthetic: {len(synthetic)} revisions ({args.seeds} seeds × {len(synthetic) // max(args.seeds, 1)} "
        f"versions, {args.edits_per_10} edits per 10 statements); {seconds:.1f} s in all"
    )
    print_table("Hand-labelled revisions", hand)
    print_table("Synthetic revisions", generated)
    if args.misses:
        for line in [*hand.wrong, *generated.wrong]:
            print("WRONG ", line)
        for line in [*hand.missed, *generated.missed]:
            print("MISSED", line)
    if args.compare:
        compare(labelled, synthetic)


if __name__ == "__main__":
    main()
