"""How long markdown-it takes on the most of each costly Markdown shape that the importer's bound
lets through, and that 1.5 MB of brackets is refused (docs/importer.md, "Hostile Markdown").

    .venv/bin/python bench/markdown_work.py
"""

import os
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from briefings.importers import ImportRefused, read_document  # noqa: E402
from briefings.importers.markdown import MARKDOWN_WORK_LIMIT, _parser, markdown_work  # noqa: E402

SHAPES = ["[", "![", "[a", "a\n", "*a", "_a ", ":", "<a", "&"]
REFUSED = {"'[' * 1_500_000": "[" * 1_500_000, "'a\\n' * 1_000_000": "a\n" * 1_000_000}


def main():
    for unit in SHAPES:
        text = unit * (MARKDOWN_WORK_LIMIT // markdown_work(unit))
        started = time.process_time()
        _parser.parse(text)
        took = time.process_time() - started
        print(f"{unit!r:8} {len(text):8} chars  work {markdown_work(text):7}  parse {took:.3f} s")
    for name, text in REFUSED.items():
        started = time.process_time()
        try:
            read_document(text.encode("utf-8"), filename="hostile.md")
        except ImportRefused as refusal:
            print(f"{name}: refused in {time.process_time() - started:.3f} s: {refusal}")


if __name__ == "__main__":
    main()
