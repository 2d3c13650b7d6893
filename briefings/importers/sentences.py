"""Sentence spans inside a paragraph.

sentencex is used because it splits the sample exactly like syntok and pysbd (abbreviations
such as "U.S.", "Gen." and "Feb. 24" and quotations never break a sentence) while being more
than a hundred times faster; see docs/benchmarks.md.
"""

from django.conf import settings
from sentencex import segment

from .document import has_words


def sentence_spans(paragraph):
    """(start, end) of each sentence in `paragraph`, trimmed of surrounding whitespace."""
    language = getattr(settings, "FACTDESK_LANGUAGE", "en")
    spans = []
    cursor = 0
    for sentence in segment(language, paragraph):
        sentence = sentence.strip()
        if not sentence:
            continue
        start = paragraph.find(sentence, cursor)
        if start < 0:
            continue
        end = start + len(sentence)
        cursor = end
        if has_words(sentence):
            spans.append((start, end))
        elif spans:
            spans[-1] = (spans[-1][0], end)
    return spans
