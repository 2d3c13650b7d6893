"""Compare language identifiers for the importer: accuracy on headlines (2–4 words), sentences and
paragraphs in six languages, and time per text. Both candidates ship their model in
the pip package and need no network. Run by hand (see docs/importer.md); it asserts nothing.

    .venv/bin/pip install lingua-language-detector==2.1.1   # the rival; not a project dependency
    .venv/bin/python bench/language_id.py
"""

import json
import time
from pathlib import Path

import py3langid

try:
    from lingua import LanguageDetectorBuilder
except ImportError:  # the rival is optional
    LanguageDetectorBuilder = None

SAMPLES = Path(__file__).resolve().parent / "data" / "language_samples.json"


def lingua_identifier():
    if LanguageDetectorBuilder is None:
        return None
    detector = LanguageDetectorBuilder.from_all_languages().build()

    def identify(text):
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else ""

    return identify


def measure(name, identify, samples):
    started = time.perf_counter()
    identify("A first call loads the model.")
    cold = time.perf_counter() - started
    row = [name]
    for kind in ("tiny", "short", "long"):
        texts = [(language, text) for language, kinds in samples.items() for text in kinds[kind]]
        right = sum(identify(text) == language for language, text in texts)
        row.append(f"{right}/{len(texts)}")
    texts = [text for kinds in samples.values() for group in kinds.values() for text in group] * 20
    started = time.perf_counter()
    for text in texts:
        identify(text)
    row.append(f"{(time.perf_counter() - started) / len(texts) * 1000:.3f}")
    row.append(f"{cold * 1000:.0f}")
    print("| " + " | ".join(row) + " |")


def main():
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
    print(f"Languages: {', '.join(samples)}")
    print("| identifier | 2–4 words right | sentence right | paragraph right | ms per text | first call ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    measure("py3langid", lambda text: py3langid.classify(text)[0], samples)
    identify = lingua_identifier()
    if identify:
        measure("lingua", identify, samples)
    else:
        print("(lingua-language-detector is not installed: skipped)")


if __name__ == "__main__":
    main()
