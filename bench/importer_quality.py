"""Score the importer on its corpus (tests/importer/corpus/) next to the extractor alone.

For every document: import it into a throwaway SQLite database, take the published text (title,
headings, statements, as the public article shows them) and count the must-contain passages it
holds and the must-not-contain passages it keeps out. "Extractor alone" is trafilatura's own
text output with the importer's options (its title in front) for HTML, the raw file for Markdown
and plain text. Prints the rates for the whole corpus, per language, per format and per shape;
with --verbose, what each document misses.

Then, for the documents with a hand-written gold clean text (`<name>.gold.txt`), the shingle
overlap (word 4-grams, tests/importer/corpus_scoring.shingle_overlap) of each text with the gold:
precision, recall and F1 micro-averaged (shingle counts summed over the group's documents) and
the macro F1 (mean of the documents' F1); with --verbose, every document where the importer's F1
is below the extractor's. Run by hand (see docs/importer.md).

    .venv/bin/python bench/importer_quality.py [--verbose] [--corpus tests/importer/corpus-outside]

`--corpus` scores another directory of documents in the corpus's format instead: the outside
tests' pages (`tests/importer/corpus-outside/`, written after the rules, to be read apart).
"""

import argparse
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.importer.corpus_scoring import (  # noqa: E402  (Django-free: the texts and the measures)
    CORPUS,
    Overlap,
    extractor_text,
    load_corpus,
    missing,
    score_text,
    shingle_overlap,
)


def setup_django(directory):
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(directory) / 'quality.sqlite3'}"
    os.environ["FACTDESK_VAR_DIR"] = str(directory)
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-importer-quality-throwaway-key-not-used-for-anything-real")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def importer_text(expect):
    """The published text of the imported document, or "" when the import is refused."""
    from briefings.importers import ImportRefused, import_briefing
    from tests.importer.corpus_scoring import published_text  # after django.setup(): a model query

    try:
        result = import_briefing(expect.path.read_bytes(), filename=expect.path.name)
    except ImportRefused as refusal:
        print(f"  refused {expect.name}: {refusal}")
        return ""
    return published_text(result.briefing)


def _groups(expect):
    groups = ("all", f"lang {expect.language}", f"format {expect.path.suffix}", f"shape {expect.shape}")
    # Table rows are labelled (and so gold) in the importer's wording, "Header: cell; …", which the
    # extractor's "| cell |" cannot match: the corpus without them is the fairer comparison.
    return groups if expect.shape in ("table", "md-table") else (*groups, "all but tables")


def _rates(totals):
    must_found, must_total, not_found, not_total = totals
    must = 100 * must_found / must_total if must_total else 100.0
    kept_out = 100 * (not_total - not_found) / not_total if not_total else 100.0
    return f"{must:6.1f} % of {must_total:4}  {kept_out:6.1f} % of {not_total:4}"


def report(rows):
    """Print the rates per group; rows are (expect, importer score, extractor score)."""
    groups = defaultdict(lambda: {"importer": [0, 0, 0, 0], "extractor": [0, 0, 0, 0]})
    for expect, importer, extractor in rows:
        for key in _groups(expect):
            for name, counts in (("importer", importer), ("extractor", extractor)):
                groups[key][name] = [a + b for a, b in zip(groups[key][name], counts, strict=True)]
    print(
        f"{'group':28} {'importer: must in':>20} {'must-not out':>18}   {'extractor: must in':>20} {'must-not out':>18}"
    )
    for key in sorted(groups, key=lambda key: (not key.startswith("all"), key)):
        print(f"{key:28} {_rates(groups[key]['importer'])}   {_rates(groups[key]['extractor'])}")


def _overlap_cells(overlaps):
    total = sum(overlaps, Overlap())
    macro = sum(overlap.f1 for overlap in overlaps) / len(overlaps)
    return f"{total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f} {macro:6.3f}"


def report_overlap(rows):
    """Print the shingle overlap per group; rows are (expect, importer Overlap, extractor Overlap)."""
    groups = defaultdict(lambda: ([], []))
    for expect, importer, extractor in rows:
        for key in _groups(expect):
            groups[key][0].append(importer)
            groups[key][1].append(extractor)
    print(f"\nShingle overlap with the gold clean texts ({len(rows)} documents; micro P R F1, macro F1)")
    print(f"{'group':28} {'docs':>4}   {'importer: P':>11} {'R':>6} {'F1':>6} {'macro':>6}   ", end="")
    print(f"{'extractor: P':>12} {'R':>6} {'F1':>6} {'macro':>6}")
    for key in sorted(groups, key=lambda key: (not key.startswith("all"), key)):
        importer, extractor = groups[key]
        print(
            f"{key:28} {len(importer):4}   {_overlap_cells(importer):>32}   {_overlap_cells(extractor):>33}"
        )


def overlap_rows(texts, verbose):
    """(expect, importer Overlap, extractor Overlap) for each document with a gold text."""
    rows = []
    for expect, published, extracted in texts:
        if expect.gold is None:
            continue
        importer, extractor = shingle_overlap(published, expect.gold), shingle_overlap(extracted, expect.gold)
        rows.append((expect, importer, extractor))
        if verbose and importer.f1 < extractor.f1:
            print(
                f"{expect.name}: shingle F1 {importer.f1:.3f} < extractor {extractor.f1:.3f} "
                f"(P {importer.precision:.3f}/{extractor.precision:.3f}, R {importer.recall:.3f}/{extractor.recall:.3f})"
            )
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list what each document misses")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a directory of labelled documents")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        setup_django(directory)
        rows, titles, texts = [], [], []
        for expect in load_corpus(arguments.corpus):
            published, extracted = importer_text(expect), extractor_text(expect)
            titles.append((expect, published))
            texts.append((expect, published, extracted))
            rows.append((expect, score_text(published, expect), score_text(extracted, expect)))
            absent, present = missing(published, expect)
            if arguments.verbose and (absent or present):
                print(f"{expect.name}: missing {absent}; present {present}")
        titled = sum(importer.partition("\n")[0] == expect.title for expect, importer in titles)
        print(f"{len(rows)} documents; title as expected on {titled}")
        report(rows)
        report_overlap(overlap_rows(texts, arguments.verbose))


if __name__ == "__main__":
    main()
