"""Time re-anchoring a 5,000-statement article to a revision with about 5% of its statements
edited, every kind of edit mixed (numbers, dates, names, rewording, cuts, inserts, look-alikes,
duplicates, splits, merges, moved paragraphs and list items).

The article is invented (tests/revisions/synthetic.py: distinct news sentences in paragraphs,
sections and lists) and so is the revision, with its truth, so the run also checks that no link
is wrong. Two baselines run beside `anchor()` on the same input: splitting the revision into
statements as the importer does (plain-text parser + `build_outline`), which every import pays
anyway, and a plain difflib alignment of the two statement lists, which finds exact links only.
`--worst` adds inputs that defeat the shortcuts (an unrelated article, every number changed,
every other sentence changed, the order reversed); `--check N` measures link precision on N more
seeded revisions. Run by hand (see docs/benchmarks.md); it
asserts nothing about timings.

    .venv/bin/python bench/reanchor.py [--statements N] [--edits PERCENT] [--repeat N] [--worst]
                                       [--check N] [--quick]
"""

import argparse
import os
import platform
import re
import statistics
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup():
    """Django's settings only (the sentence splitter reads FACTDESK_LANGUAGE); no database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def as_text(passages):
    """The passages as a typed plain-text article: headings, blank-line paragraphs, "- " lists."""
    lines, section, paragraph = ["A long invented briefing"], "", None
    for passage in passages:
        if passage.section != section:
            section, paragraph = passage.section, None
            lines += ["", section]
        if passage.paragraph != paragraph:
            paragraph = passage.paragraph
            lines.append("")
        lines.append(f"- {passage.text}" if passage.kind == "list_item" else passage.text)
    return "\n".join(lines) + "\n"


def median_seconds(function, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def split_statements(text):
    from briefings.importers import PARSERS
    from briefings.importers.outline import build_outline

    return build_outline(PARSERS["text"](text)).statements


def difflib_alignment(old, new):
    return SequenceMatcher(
        None, [p.text for p in old], [p.text for p in new], autojunk=False
    ).get_matching_blocks()


def worst_cases(old):
    """Inputs where the exact alignment finds little or is no help."""
    from briefings.anchoring import Passage
    from tests.revisions.synthetic import article

    def plus_one(match):
        return str(int(match.group()) + 1)

    return {
        "an unrelated article": article(len(old), seed=2),
        "every number changed": [Passage(re.sub(r"\d+", plus_one, p.text, count=1)) for p in old],
        "every other sentence changed": [
            Passage(p.text + " Officials confirmed it." if i % 2 else p.text) for i, p in enumerate(old)
        ],
        "the order reversed": old[::-1],
    }


def report(args, old, new, truth):
    from briefings.anchoring import anchor
    from tests.revisions.scoring import Tally

    result = anchor(old, new)
    tally = Tally()
    tally.add("bench", old, new, truth[0], truth[1], result)
    text = as_text(new)
    anchoring = median_seconds(lambda: anchor(old, new), args.repeat)
    splitting = median_seconds(lambda: split_statements(text), args.repeat)
    aligning = median_seconds(lambda: difflib_alignment(old, new), args.repeat)
    print(f"Counts: {result.counts()}; link precision {tally.precision():.4f}, recall {tally.recall():.4f}\n")
    print(f"| step ({len(old):,} → {len(new):,} statements) | median ms | × anchor() |")
    print("| --- | ---: | ---: |")
    for name, seconds in [
        ("`anchor()`", anchoring),
        ("split the revision into statements (parser + `build_outline`)", splitting),
        ("plain difflib alignment of the statement texts", aligning),
    ]:
        print(f"| {name} | {seconds * 1000:,.1f} | {seconds / anchoring:.2f} |")


def check_precision(old, pool, seeds, percent):
    """Link precision and recall over `seeds` more seeded revisions (no timing)."""
    from briefings.anchoring import anchor
    from tests.revisions.scoring import Tally
    from tests.revisions.synthetic import revise

    tally = Tally()
    for seed in range(seeds):
        new, expected, added = revise(old, seed=100 + seed, edits=round(len(old) * percent / 100), pool=pool)
        tally.add(f"seed {100 + seed}", old, new, expected, added, anchor(old, new))
    print(
        f"\n{seeds} more revisions with {percent:g}% edits: link precision {tally.precision():.5f}, "
        f"recall {tally.recall():.5f}, {len(tally.wrong)} wrong links"
    )
    for line in tally.wrong:
        print("  wrong:", line)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=5_000, help="statements in the article (5,000)")
    parser.add_argument("--edits", type=float, default=5.0, help="edits as a percentage of statements (5)")
    parser.add_argument("--repeat", type=int, default=7, help="timings; the median counts (7)")
    parser.add_argument("--worst", action="store_true", help="also time inputs that defeat the shortcuts")
    parser.add_argument("--check", type=int, default=0, help="also check precision on N more revisions")
    parser.add_argument("--quick", action="store_true", help="1,000 statements, 3 timings: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.statements, args.repeat = 1_000, 3
    setup()
    from briefings.anchoring import anchor
    from tests.revisions.synthetic import article, revise

    old = article(args.statements, seed=1)
    pool = [passage.text for passage in article(500, seed=99)]
    edits = round(args.statements * args.edits / 100)
    new, expected, added = revise(old, seed=7, edits=edits, pool=pool)
    print(f"Python {platform.python_version()}; {edits} edits of every kind; median of {args.repeat} runs\n")
    report(args, old, new, (expected, added))
    if args.check:
        check_precision(old, pool, args.check, args.edits)
    if args.worst:
        print("\n| worst case | median ms | counts |")
        print("| --- | ---: | --- |")
        for name, revision in worst_cases(old).items():
            seconds = median_seconds(
                lambda revision=revision: anchor(old, revision), max(1, args.repeat // 2)
            )
            print(f"| {name} | {seconds * 1000:,.0f} | {anchor(old, revision).counts()} |")


if __name__ == "__main__":
    main()
