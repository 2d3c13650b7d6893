"""Score the import of plain-text and Markdown documents (the seventh outside test's corpora,
tests/importer/corpus-outside-7 and -heldout): what a checker gets from an email, a wire story, a
transcript, a PDF copy, an Obsidian or Notion export, in many scripts and line endings.

Per document, on top of importer_quality's must/must-not passages: the title, the runs of
statements that must appear in order (`statements`), the statement count (`count`) and the
speaker a transcript's turn gives (`speakers`: statement text to speaker). Prints totals and,
with --verbose, every miss. Run by hand (see docs/importer.md):

    .venv/bin/python bench/text_imports_quality.py [--verbose] [--corpus tests/importer/corpus-outside-7-heldout]
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.importer_quality import setup_django  # noqa: E402
from tests.importer.corpus_scoring import load_corpus, missing  # noqa: E402

DEFAULT = ROOT / "tests" / "importer" / "corpus-outside-7"


def judge(expect):
    """The misses of one document: a list of short sentences, empty when all is as labelled."""
    from briefings.importers import ImportRefused, import_briefing
    from tests.importer.corpus_scoring import published_text

    labels = json.loads(expect.path.with_name(expect.name + ".json").read_text(encoding="utf-8"))
    try:
        briefing = import_briefing(expect.path.read_bytes(), filename=expect.name).briefing
    except ImportRefused as refusal:
        return [f"refused: {refusal}"], 0
    rows = list(briefing.statements.order_by("position").values_list("text", "speaker"))
    texts = [text for text, _ in rows]
    absent, present = missing(published_text(briefing), expect)
    misses = [f"missing {passage!r}" for passage in absent] + [f"kept {passage!r}" for passage in present]
    if briefing.title != expect.title:
        misses.append(f"title {briefing.title!r}")
    for run in expect.statements or []:
        if not any(texts[i : i + len(run)] == run for i in range(len(texts))):
            misses.append(f"run not split as labelled: {run[0][:60]!r}")
    if labels.get("count") and labels["count"] != len(texts):
        misses.append(f"{len(texts)} statements, not {labels['count']}")
    for text, speaker in labels.get("speakers", {}).items():
        # A turn's label stays in the statement's text ("PESKOV: …"): the statement ends with it.
        found = [said for statement, said in rows if statement.endswith(text)]
        if found != [speaker]:
            misses.append(f"speaker of {text[:40]!r} is {found}, not {speaker!r}")
    checks = len(expect.must) + len(expect.must_not) + 1 + len(expect.statements or [])
    checks += bool(labels.get("count")) + len(labels.get("speakers", {}))
    return misses, checks


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list what each document misses")
    parser.add_argument("--corpus", type=Path, default=DEFAULT, help="a directory of labelled documents")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        setup_django(directory)
        documents = clean = checks = failed = 0
        for expect in load_corpus(arguments.corpus):
            misses, total = judge(expect)
            documents += 1
            clean += not misses
            checks += total
            failed += len(misses)
            if arguments.verbose and misses:
                print(f"{expect.name}:\n  " + "\n  ".join(misses))
        print(
            f"{documents} documents, {clean} entirely as labelled; {checks - failed} of {checks} checks pass"
        )


if __name__ == "__main__":
    main()
