"""Re-anchoring a 5,000-statement article: a revision imported over 1,000 claims, timed in parts.

    .venv/bin/python bench/revise_briefing.py [--statements N] [--claims N] [--repeat N]

Each run imports a generated article (paragraphs of four sentences, a heading every 40
paragraphs) as a new briefing — the baseline beside it: what storing that many statements costs
anyway — puts claims on every fifth statement, then imports a revision with about 6 % of its
sentences edited (numbers changed, sentences cut, inserted and reworded, paragraphs moved) under
the same slug. It reports the matcher (`briefings.anchoring.anchor`), moving the claims (the
`revision_imported` receivers) and the whole revision import, and each as a ratio to the baseline.
Throwaway SQLite file, DEBUG off; it asserts nothing about timings.
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_sample import setup_django  # noqa: E402

WORDS = [
    "government",
    "minister",
    "said",
    "budget",
    "rose",
    "fell",
    "percent",
    "million",
    "billion",
    "talks",
    "border",
    "treaty",
    "report",
    "officials",
    "army",
    "ceasefire",
    "election",
    "court",
    "ruling",
    "inflation",
    "exports",
    "port",
    "ships",
    "region",
    "council",
    "vote",
]


def sentence(rng, number):
    words = rng.sample(WORDS, 7)
    return f"The {words[0]} {words[1]} {words[2]} {number} {words[3]} {words[4]} in {words[5]} {words[6]}."


def article(rng, statements):
    paragraphs, lines = [], ["Generated article"]
    for _ in range(statements // 4):
        paragraphs.append([sentence(rng, rng.randrange(1, 10_000)) for _ in range(4)])
    for p, paragraph in enumerate(paragraphs):
        if p % 40 == 0:
            lines.append(f"Section {p // 40 + 1}")
        lines.append(" ".join(paragraph))
    return lines, paragraphs


def revision_of(rng, paragraphs, share=0.015):
    """The article with about `share` of its sentences each changed, cut, inserted, reworded."""
    edited = [list(paragraph) for paragraph in paragraphs]
    for paragraph in edited:
        for i, text in enumerate(paragraph):
            roll = rng.random()
            if roll < share:
                paragraph[i] = text.replace(text.split()[3], str(rng.randrange(10_000, 20_000)), 1)
            elif roll < 2 * share:
                paragraph[i] = ""
            elif roll < 3 * share:
                paragraph[i] = text + " " + sentence(rng, rng.randrange(1, 10_000))
            elif roll < 4 * share:
                paragraph[i] = text.replace(" in ", " across ", 1)
    for _ in range(max(1, len(edited) // 100)):
        a, b = rng.randrange(len(edited)), rng.randrange(len(edited))
        edited[a], edited[b] = edited[b], edited[a]
    lines = ["Generated article"]
    for p, paragraph in enumerate(edited):
        if p % 40 == 0:
            lines.append(f"Section {p // 40 + 1}")
        lines.append(" ".join(text for text in paragraph if text) or "Nothing new here.")
    return "\n".join(lines) + "\n"


class Timed:
    """Wraps a callable and adds up the time spent in it."""

    def __init__(self, function):
        self.function, self.seconds = function, 0.0

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def one_run(run, args, storing, rng):
    from briefings.importers import import_briefing
    from factcheck.models import Claim

    lines, paragraphs = article(rng, args.statements)
    started = time.perf_counter()
    briefing = import_briefing("\n".join(lines) + "\n", slug=f"bench-{run}").briefing
    baseline = time.perf_counter() - started
    statements = list(briefing.statements.order_by("position"))
    Claim.objects.bulk_create(
        Claim(statement=statement, text=statement.text)
        for statement in statements[:: max(1, len(statements) // args.claims)]
    )
    matcher, receivers = Timed(storing.anchor), Timed(storing.revision_imported.send)
    storing.anchor, storing.revision_imported.send = matcher, receivers
    try:
        started = time.perf_counter()
        result = import_briefing(revision_of(rng, paragraphs), slug=f"bench-{run}")
        whole = time.perf_counter() - started
    finally:
        storing.anchor, storing.revision_imported.send = matcher.function, receivers.function
    return baseline, matcher.seconds, receivers.seconds, whole, result.summary()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=5_000)
    parser.add_argument("--claims", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        setup_django(directory)
        from briefings.importers import storing

        rng = random.Random(13)
        rows = [one_run(run, args, storing, rng) for run in range(args.repeat)]
    print(rows[-1][4])
    baseline = statistics.median(row[0] for row in rows)
    print(f"\n{args.statements} statements, {args.claims} claims, median of {args.repeat} runs\n")
    print("| part | ms | × baseline |")
    print("| --- | ---: | ---: |")
    print(f"| baseline: importing the article as a new briefing | {baseline * 1000:.0f} | 1.00 |")
    for index, label in [
        (1, "matching the statements (anchor)"),
        (2, "moving the claims (receivers)"),
        (3, "the whole revision import"),
    ]:
        value = statistics.median(row[index] for row in rows)
        print(f"| {label} | {value * 1000:.0f} | {value / baseline:.2f} |")
    reanchor = statistics.median(row[1] + row[2] for row in rows)
    print(f"| re-anchoring (matching + moving) | {reanchor * 1000:.0f} | {reanchor / baseline:.2f} |")


if __name__ == "__main__":
    main()
