"""Time the whole import of a 5,000-sentence document, language detection and the sentence
post-pass included, against a baseline run beside it in the same process: the same import with
the language fixed to English and the post-pass switched off (what importing was before issue
14). The issue asks for at least 10,000 statements per second. The database is a throwaway
SQLite file in a temporary directory (never var/ or $DATABASE_URL). Run by hand (see
docs/benchmarks.md); it asserts nothing about timings.

    .venv/bin/python bench/import_speed.py [--sentences N] [--repeat N] [--quick]
"""

import argparse
import platform
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from import_sample import setup_django

ROOT = Path(__file__).resolve().parent.parent
BEST_CPU_MS = []  # the best CPU time of each best_rate, the last two being a row's own and its baseline's
SENTENCES = {
    "en": [
        "The update ships at 10:00 a.m. PDT (5 p.m. UTC) on Tuesday.",
        "The malware, detected as Android/Filecoder.C, has been spreading since July.",
        "The drive reaches about 2 GB/s.",
        "Gen. Keith Kellogg met officials in Kyiv on Feb. 24 last year.",
        "Inflation rose to 3.5 per cent in March, the U.S. Labor Department said.",
        "The council voted against the plan.",
        "He hesitated... then he signed.",
    ],
    "de": [
        "Am 13. Mai 2014 wurde die Brücke eröffnet.",
        "Das regelt § 97 Abs. 1 UrhG.",
        "Vor 150 Mio. Jahren lebten hier Saurier.",
        "Es gibt z. B. Äpfel und Birnen.",
        "Das Büro liegt im 3. Stock.",
        "Die Zahl der Verletzten stieg auf 12.",
        "„Wir machen weiter“, sagte die Ministerin.",
    ],
}


def document(language, sentences):
    """A title, then paragraphs of five sentences, a heading every ten paragraphs and a list
    every twenty: `sentences` sentences in all."""
    pool = SENTENCES[language]
    lines, paragraph, count = [f"A long article ({language})", ""], [], 0
    while count < sentences:
        paragraph.append(pool[count % len(pool)])
        count += 1
        if len(paragraph) == 5:
            lines += [" ".join(paragraph), ""]
            paragraph = []
            number = count // 5
            if number % 10 == 0:
                lines += [f"Part {number // 10}", ""]
            if number % 20 == 0:
                lines += ["- " + pool[0], "- " + pool[1], ""]
                count += 2
    if paragraph:
        lines.append(" ".join(paragraph))
    return "\n".join(lines) + "\n"


def html_page(text):
    """The same article as a saved web page: <h1>, <h2> headings, <p> paragraphs, <ul> lists."""
    lines = [line for line in text.split("\n") if line]
    body, items = [f"<h1>{lines[0]}</h1>"], []
    for line in lines[1:]:
        if line.startswith("- "):
            items.append(f"<li>{line[2:]}</li>")
            continue
        if items:
            body.append("<ul>" + "".join(items) + "</ul>")
            items = []
        body.append(f"<h2>{line}</h2>" if line.startswith("Part ") else f"<p>{line}</p>")
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{lines[0]}</title></head><body><article>"
        + "".join(body)
        + "</article></body></html>"
    )


@contextmanager
def baseline():
    """Importing as before issue 14: English rules, no language identification, no post-pass."""
    import briefings.importers as importers
    from briefings.importers import sentences

    saved = (sentences._split, sentences._merged, importers.document_language)
    sentences._split = lambda paragraph, spans: spans
    sentences._merged = lambda paragraph, spans, language: spans
    importers.document_language = lambda document: "en"
    try:
        yield
    finally:
        sentences._split, sentences._merged, importers.document_language = saved


def best_rate(data, repeat, first_number, filename="long.txt"):
    from briefings.importers import import_briefing

    best, best_cpu, statements = float("inf"), float("inf"), 0
    for number in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = import_briefing(data, slug=f"speed-{first_number + number}", filename=filename)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
        statements = result.briefing.statements.count()
    BEST_CPU_MS.append(best_cpu * 1000)
    return statements / best, statements, result.briefing.language


def _cpu():
    """The row's best CPU times (process time: on a shared machine, waiting for a core is not counted)."""
    return f"{BEST_CPU_MS[-2]:.0f} | {BEST_CPU_MS[-1]:.0f} |"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=5000, help="sentences per document (5000)")
    parser.add_argument("--repeat", type=int, default=5, help="timings; the best counts (5)")
    parser.add_argument("--quick", action="store_true", help="2 timings: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat = 2
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as directory:
        setup_django(directory)
        print(
            f"Python {platform.python_version()}, SQLite, best of {args.repeat}; {args.sentences} sentences"
        )
        print(
            "| document | detected | statements | statements/s | ms | baseline statements | baseline statements/s | baseline ms | time ratio "
            "| CPU ms | baseline CPU ms |"
        )
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for number, language in enumerate(SENTENCES):
            data = document(language, args.sentences)
            rate, statements, detected = best_rate(data, args.repeat, number * 100)
            with baseline():
                base, base_statements, _ = best_rate(data, args.repeat, number * 100 + 50)
            took, base_took = statements / rate * 1000, base_statements / base * 1000
            print(
                f"| {language} | {detected} | {statements:,} | {rate:,.0f} | {took:.0f} | {base_statements:,} | "
                f"{base:,.0f} | {base_took:.0f} | {took / base_took:.2f} | {_cpu()}"
            )
        page = html_page(document("en", args.sentences))
        rate, statements, detected = best_rate(page, args.repeat, 900, filename="long.html")
        with baseline():
            base, base_statements, _ = best_rate(page, args.repeat, 950, filename="long.html")
        took, base_took = statements / rate * 1000, base_statements / base * 1000
        print(
            f"| en, saved web page | {detected} | {statements:,} | {rate:,.0f} | {took:.0f} | {base_statements:,} | "
            f"{base:,.0f} | {base_took:.0f} | {took / base_took:.2f} | {_cpu()}"
        )


if __name__ == "__main__":
    main()
