"""Score the importer on its corpus (tests/importer/corpus/) next to the extractor alone.

For every document: import it into a throwaway SQLite database, take the published text (title,
headings, statements, as the public article shows them) and count the must-contain passages it
holds and the must-not-contain passages it keeps out. "Extractor alone" is trafilatura's own
text output with the importer's options (its title in front) for HTML, the raw file for Markdown
and plain text. Prints the rates for the whole corpus, per language and per shape; with
--verbose, what each document misses. Run by hand (see docs/importer.md).

    .venv/bin/python bench/importer_quality.py [--verbose]
"""

import argparse
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


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


def extractor_text(expect):
    """What the extractor alone gives a reader of this document."""
    import trafilatura

    raw = expect.path.read_text(encoding="utf-8")
    if expect.path.suffix != ".html":
        return raw
    options = {"include_comments": False, "include_tables": True, "include_images": False}
    text = trafilatura.extract(raw, output_format="txt", include_links=False, **options) or ""
    metadata = trafilatura.extract_metadata(raw)
    title = metadata.title if metadata and metadata.title else ""
    return f"{title}\n{text}"


def importer_text(expect):
    """The published text of the imported document, or "" when the import is refused."""
    from briefings.importers import ImportRefused, import_briefing
    from tests.importer.corpus_scoring import published_text

    try:
        result = import_briefing(expect.path.read_bytes(), filename=expect.path.name)
    except ImportRefused as refusal:
        print(f"  refused {expect.name}: {refusal}")
        return ""
    return published_text(result.briefing)


def _rates(totals):
    must_found, must_total, not_found, not_total = totals
    must = 100 * must_found / must_total if must_total else 100.0
    kept_out = 100 * (not_total - not_found) / not_total if not_total else 100.0
    return f"{must:6.1f} % of {must_total:4}  {kept_out:6.1f} % of {not_total:4}"


def report(rows):
    """Print the rates per group; rows are (expect, importer score, extractor score)."""
    groups = defaultdict(lambda: {"importer": [0, 0, 0, 0], "extractor": [0, 0, 0, 0]})
    for expect, importer, extractor in rows:
        for key in (
            "all",
            f"lang {expect.language}",
            f"shape {expect.shape}",
            f"format {expect.path.suffix}",
        ):
            for name, counts in (("importer", importer), ("extractor", extractor)):
                groups[key][name] = [a + b for a, b in zip(groups[key][name], counts, strict=True)]
    print(
        f"{'group':28} {'importer: must in':>20} {'must-not out':>18}   {'extractor: must in':>20} {'must-not out':>18}"
    )
    for key in sorted(groups, key=lambda key: (key != "all", key)):
        print(f"{key:28} {_rates(groups[key]['importer'])}   {_rates(groups[key]['extractor'])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list what each document misses")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        setup_django(directory)
        from tests.importer.corpus_scoring import load_corpus, missing, score_text

        rows, titles = [], []
        for expect in load_corpus():
            published = importer_text(expect)
            titles.append((expect, published))
            rows.append((expect, score_text(published, expect), score_text(extractor_text(expect), expect)))
            absent, present = missing(published, expect)
            if arguments.verbose and (absent or present):
                print(f"{expect.name}: missing {absent}; present {present}")
        titled = sum(importer.partition("\n")[0] == expect.title for expect, importer in titles)
        print(f"{len(rows)} documents; title as expected on {titled}")
        report(rows)


if __name__ == "__main__":
    main()
