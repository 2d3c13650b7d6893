"""CPU time of splitting text where the sentence post-pass does the most work: "a. " * N, where
every break is merged away (each sentence goes on in lower case, so one sentence keeps growing),
and "It went on… Then " * N, one sentencex span the post-pass cuts N times. The merge used to be
quadratic (see docs/importer.md, "Splitting sentences"). Run by hand; it asserts nothing.

    .venv/bin/python bench/long_sentences.py [N ...]
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def cpu_seconds(function, *args, **kwargs):
    start = time.process_time()
    function(*args, **kwargs)
    return time.process_time() - start


def main(counts):
    setup()
    from briefings.importers import read_document
    from briefings.importers.sentences import sentence_spans

    print(
        '| N | characters | sentence_spans | read_document .txt | read_document .md | "It went on… Then " × N/5 |'
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for count in counts:
        text = "a. " * count
        # py3langid takes "a. a. …" for Haitian Creole, whose sentencex rules break after each "a.".
        spans = cpu_seconds(sentence_spans, text, "ht")
        plain = cpu_seconds(read_document, f"Title\n\n{text}".encode(), filename="a.txt")
        markdown = cpu_seconds(read_document, f"# Title\n\n{text}".encode(), filename="a.md")
        splits = cpu_seconds(sentence_spans, "It went on… Then " * (count // 5), "en")
        print(
            f"| {count:,} | {len(text):,} | {spans:.2f} s | {plain:.2f} s | {markdown:.2f} s | {splits:.2f} s |"
        )


if __name__ == "__main__":
    main([int(argument) for argument in sys.argv[1:]] or [100_000, 200_000, 400_000, 690_000])
