"""The check-worthiness and speaker figures of docs/claim-intelligence.md, from the labelled set
in tests/data/claim_intelligence (tuning/ and held_out/ articles, one TSV each: worthy, speaker,
text, one statement a line in article order). One command reproduces them:

    .venv/bin/python bench/checkworthiness_quality.py [--threshold N] [--baseline] [--articles]
        [--speed] [--errors tuning] [--outside] [--outside-3] [--outside-4]
        [--outside-5] [--outside-6] [--outside-7] [--outside-8] [--outside-9] [--outside-10]
        [--outside-11]

--outside also scores the outside set in tests/data/claim_intelligence_outside (outside/: written
by another hand after the rules, messier and with fewer check-worthy statements; second_check/:
written after the fixes to it), each part on its own line; the other lines do not change.
--outside-3 scores outside_3/ (Spanish, French, German, Portuguese and English articles, written
before the rules read those languages) and --outside-4 outside_4/ (written after, never tuned
on); --outside-5 scores outside_5/ (Italian and Dutch, with sports and market figures, documents
as sources and company speakers in English, Spanish, German and Portuguese, written before the
rules read Italian and Dutch) and --outside-6 outside_6/ (written after, never tuned on);
--outside-7 scores outside_7/ (Russian, Ukrainian and Polish, written before the rules read
them) and --outside-8 outside_8/ (written after, never tuned on); --outside-9 scores outside_9/
(nine languages, written and labelled by a rule before the sentences6 session's changes, never
tuned on); --outside-10 scores outside_10/ (eight languages, written and labelled by a rule
before the speakers7 session's changes, never tuned on); --outside-11 scores outside_11/'s two
halves, tuning/ and held_out/ (nine articles in seven languages, written and labelled before the
speakers8 session's changes; only tuning/ was read for fixes). Each article is read in the
language py3langid finds in it, as the importer does.

Precision at 5 and 10 is per article (the article's statements ranked by score, ties in article
order), then averaged; precision and recall are over all statements of the part at the
threshold. A speaker is right when, lower-cased without a leading "the", titles and a possessive
"'s", it equals the labelled one or one contains the other as whole words ("Zelensky" for
"Volodymyr Zelensky"), and blank is right only where the label is blank. --baseline also scores
the floor the rules must beat: "has a figure" (a digit) alone.
"""

import argparse
import csv
import re
import sys
import time
from pathlib import Path

import py3langid

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefings.checkworthiness import THRESHOLD, assess  # noqa: E402
from briefings.checkworthiness.speakers import TITLES  # noqa: E402

DATA = ROOT / "tests" / "data" / "claim_intelligence"
PARTS = ("tuning", "held_out")
OUTSIDE = ROOT / "tests" / "data" / "claim_intelligence_outside"
OUTSIDE_PARTS = ("outside", "second_check")
LANGUAGE_PARTS = (
    "outside_3",
    "outside_4",
    "outside_5",
    "outside_6",
    "outside_7",
    "outside_8",
    "outside_9",
    "outside_10",
    "outside_11/tuning",
    "outside_11/held_out",
)


def articles(part):
    """{article name: [(worthy, speaker, text), …]} of one part of the set."""
    found = {}
    folder = OUTSIDE if part in OUTSIDE_PARTS + LANGUAGE_PARTS else DATA
    for path in sorted((folder / part).glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            found[path.stem] = [(row["worthy"] == "1", row["speaker"], row["text"]) for row in rows]
    return found


def judged(rows, scorer=None):
    """`scorer` (assess by default) on an article's statements, in the language the importer would
    find for the article: py3langid on its first 3,000 characters (briefings.importers.language,
    which needs Django's settings)."""
    texts = [text for _, _, text in rows]
    return (scorer or assess)(texts, language=py3langid.classify(" ".join(texts)[:3000])[0])


def normalised(name):
    words = re.sub(r"[’']s\b", "", name.lower()).replace(".", "").split()
    while words and (words[0] in TITLES or words[0] == "the"):
        words.pop(0)
    return " ".join(words)


def same_speaker(found, labelled):
    found, labelled = normalised(found), normalised(labelled)
    if not found or not labelled:
        return found == labelled
    return found == labelled or f" {found} " in f" {labelled} " or f" {labelled} " in f" {found} "


def precision_at(ranked, k):
    top = ranked[:k]
    return sum(worthy for worthy, _ in top) / len(top)


def figures(part, threshold, scorer):
    """The part's figures: mean P@5, P@10, precision, recall and speaker accuracy."""
    at5, at10, tp, fp, fn, right, total, named_right, named = [], [], 0, 0, 0, 0, 0, 0, 0
    for rows in articles(part).values():
        found = judged(rows, scorer)
        scored = [
            (worthy, assessment.check_worthiness)
            for (worthy, _, _), assessment in zip(rows, found, strict=True)
        ]
        ranked = sorted(scored, key=lambda pair: -pair[1])
        at5.append(precision_at(ranked, 5))
        at10.append(precision_at(ranked, 10))
        for worthy, score in scored:
            tp += worthy and score >= threshold
            fp += (not worthy) and score >= threshold
            fn += worthy and score < threshold
        for (_, speaker, _), assessment in zip(rows, found, strict=True):
            ok = same_speaker(assessment.speaker, speaker)
            right, total = right + ok, total + 1
            if speaker:
                named_right, named = named_right + ok, named + 1
    return {
        "articles": len(at5),
        "statements": total,
        "P@5": sum(at5) / len(at5),
        "P@10": sum(at10) / len(at10),
        "precision": tp / max(1, tp + fp),
        "recall": tp / max(1, tp + fn),
        "speaker accuracy": right / total,
        "speaker found where labelled": named_right / max(1, named),
    }


class _Figure:
    def __init__(self, text):
        self.check_worthiness = 60 if re.search(r"\d", text) else 40
        self.speaker = ""


def has_a_figure(texts, language="en"):
    return [_Figure(text) for text in texts]


def per_article(part):
    for name, rows in articles(part).items():
        found = judged(rows)
        ranked = sorted(
            ((worthy, item.check_worthiness) for (worthy, _, _), item in zip(rows, found, strict=True)),
            key=lambda pair: -pair[1],
        )
        worthy = sum(w for w, _, _ in rows)
        print(
            f"  {part:19} {name:24} {len(rows):3} statements, {worthy:2} check-worthy: "
            f"P@5 {precision_at(ranked, 5):.2f}, P@10 {precision_at(ranked, 10):.2f}"
        )


def errors(part, threshold):
    for name, rows in articles(part).items():
        found = judged(rows)
        for (worthy, speaker, text), got in zip(rows, found, strict=True):
            wrong_score = worthy != (got.check_worthiness >= threshold)
            wrong_speaker = not same_speaker(got.speaker, speaker)
            if wrong_score or wrong_speaker:
                print(f"{name}: {int(worthy)} {got.check_worthiness:3} {got.reasons}")
                if wrong_speaker:
                    print(f"   speaker {got.speaker!r} labelled {speaker!r}")
                print(f"   {text}")


def speed():
    texts = [text for part in PARTS for rows in articles(part).values() for _, _, text in rows]
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(20):
            assess(texts)
        best = min(best, time.perf_counter() - started)
    print(f"assess: {20 * len(texts) / best:,.0f} statements/s (best of 5)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=int, default=THRESHOLD)
    parser.add_argument(
        "--errors",
        choices=PARTS + OUTSIDE_PARTS + LANGUAGE_PARTS,
        help="print the part's misjudged statements",
    )
    parser.add_argument("--baseline", action="store_true", help="also score 'has a figure' alone")
    parser.add_argument("--speed", action="store_true", help="also time assess() on the whole set")
    parser.add_argument("--articles", action="store_true", help="also print each article's P@5 and P@10")
    parser.add_argument("--outside", action="store_true", help="also score the outside set, part by part")
    for number in ("3", "4", "5", "6", "7", "8", "9", "10"):
        parser.add_argument(f"--outside-{number}", action="store_true", help=f"also score outside_{number}/")
    parser.add_argument("--outside-11", action="store_true", help="also score outside_11/ (both halves)")
    options = parser.parse_args()
    parts = PARTS + (tuple(p for p in OUTSIDE_PARTS if articles(p)) if options.outside else ())
    parts += tuple(p for p in LANGUAGE_PARTS if getattr(options, p.split("/")[0]) and articles(p))
    scorers = [("rules", assess)] + ([("has a figure", has_a_figure)] if options.baseline else [])
    for label, scorer in scorers:
        for part in parts:
            result = figures(part, options.threshold, scorer)
            shown = ", ".join(
                f"{key} {value:.2f}" if isinstance(value, float) else f"{key} {value}"
                for key, value in result.items()
            )
            print(f"{label:12} {part:19} threshold {options.threshold}: {shown}")
    if options.articles:
        for part in parts:
            per_article(part)
    if options.errors:
        errors(options.errors, options.threshold)
    if options.speed:
        speed()


if __name__ == "__main__":
    main()
