"""Compare sentence segmenters on the sample article: do they agree, and how fast are they?

The importer splits paragraphs into statements with sentencex (briefings/importers/sentences.py).
This script is the evidence behind that choice: it checks that sentencex, syntok and pysbd split
the paragraphs of briefings/sample_data/russia-peace-proposals.txt into the same sentences, and
measures each one's throughput. It is run by hand (see docs/benchmarks.md), never from the test
suite, and asserts nothing about timings.

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -r requirements.txt -r bench/requirements.txt
    .venv-bench/bin/python bench/segmenters.py [--rounds N] [--repeat N] [--quick]
"""

import argparse
import platform
import time
from importlib.metadata import version
from itertools import zip_longest
from pathlib import Path

import pysbd
import syntok.segmenter
from sentencex import segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "briefings" / "sample_data" / "russia-peace-proposals.txt"
PARAGRAPH_ENDINGS = (".", ":", "”")


def sample_paragraphs(path=SAMPLE):
    """The sample's paragraph lines: no "Contents", title, heading or "- " list lines."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    if lines and lines[0].lower() == "contents":
        lines = lines[1:]
    body = lines[1:]  # the first remaining line is the title
    return [line for line in body if line.endswith(PARAGRAPH_ENDINGS) and not line.startswith("- ")]


def split_sentencex(text):
    return list(segment("en", text))


def split_syntok(text):
    return [
        "".join(token.spacing + token.value for token in sentence)
        for paragraph in syntok.segmenter.analyze(text)
        for sentence in paragraph
    ]


_pysbd = pysbd.Segmenter(language="en", clean=False)


def split_pysbd(text):
    return _pysbd.segment(text)


SEGMENTERS = [
    ("sentencex", split_sentencex),
    ("syntok", split_syntok),
    ("pysbd", split_pysbd),
]


def sentences(split, paragraphs):
    """Every non-empty, stripped sentence of every paragraph, in order."""
    return [s.strip() for paragraph in paragraphs for s in split(paragraph) if s.strip()]


def throughput(split, paragraphs, rounds, repeat):
    """Best-of-`repeat` sentences per second over `rounds` passes through the paragraphs."""
    per_round = sum(1 for paragraph in paragraphs for s in split(paragraph) if s.strip())
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(rounds):
            for paragraph in paragraphs:
                split(paragraph)
        best = min(best, time.perf_counter() - started)
    return per_round * rounds / best


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=100, help="passes through the sample per timing (100)")
    parser.add_argument("--repeat", type=int, default=5, help="timings per segmenter; the best counts (5)")
    parser.add_argument("--quick", action="store_true", help="2 rounds, 2 timings: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.repeat = 2, 2

    paragraphs = sample_paragraphs()
    print(f"Sample: {SAMPLE.relative_to(ROOT)}, {len(paragraphs)} paragraphs")
    print(f"Python {platform.python_version()}; {args.rounds} rounds, best of {args.repeat}\n")

    reference = sentences(split_sentencex, paragraphs)
    rows = []
    for name, split in SEGMENTERS:
        found = sentences(split, paragraphs)
        same = found == reference
        print(f"{name}: {len(found)} sentences, same split as sentencex: {'yes' if same else 'no'}")
        if not same:
            for ours, theirs in zip_longest(reference, found, fillvalue=""):
                if ours != theirs:
                    print(f"  first difference:\n    sentencex: {ours!r}\n    {name}: {theirs!r}")
                    break
        rate = throughput(split, paragraphs, args.rounds, args.repeat)
        rows.append((name, version(name), rate, same))

    print("\n| segmenter | version | sentences/s | same split as sentencex |")
    print("| --- | --- | ---: | --- |")
    for name, ver, rate, same in rows:
        print(f"| {name} | {ver} | {rate:,.0f} | {'yes' if same else 'no'} |")


if __name__ == "__main__":
    main()
