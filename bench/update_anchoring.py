"""Re-anchoring on real-like article updates (tests/revisions/updates/): link precision and
recall, typography-only edits wrongly sent back for re-check, and real edits passed as unchanged.

`tuned` is the set anchoring was adjusted on, `holdout` the one written before and scored once.

    .venv/bin/python bench/update_anchoring.py [--misses]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def report(part, misses):
    from briefings.anchoring import anchor
    from tests.revisions.scoring import Tally
    from tests.revisions.updates import Flags, load_updates

    cases = load_updates(part)
    tally, flags = Tally(), Flags()
    for case in cases:
        result = anchor(case.old, case.new)
        tally.add(case.name, case.old, case.new, case.expected, case.added, result)
        flags.add(case, result)
    print(
        f"{part}: {len(cases)} pairs, {sum(len(case.old) for case in cases)} old statements | "
        f"links P {tally.precision():.3f} R {tally.recall():.3f} ({tally.links_right}/{tally.links_expected}, "
        f"{len(tally.wrong)} wrong) | typography flagged {len(flags.false_flags)}/{flags.typography} | "
        f"edits passed silently {len(flags.silent)}/{flags.changes} "
        f"(number/name/negation {len(flags.must_recheck_silent)}/{flags.must_recheck})"
    )
    if misses:
        for label, lines in [
            ("WRONG", tally.wrong),
            ("MISSED", tally.missed),
            ("DISAGREE", tally.disagreed),
            ("FLAGGED", flags.false_flags),
            ("SILENT", flags.silent),
        ]:
            for line in lines:
                print(f"  {label} {line}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--misses", action="store_true", help="list every wrong, missed and wrongly flagged link"
    )
    parser.add_argument("--part", choices=["tuned", "holdout", "both"], default="both")
    args = parser.parse_args(argv)
    setup()
    for part in ["tuned", "holdout"] if args.part == "both" else [args.part]:
        report(part, args.misses)


if __name__ == "__main__":
    main()
