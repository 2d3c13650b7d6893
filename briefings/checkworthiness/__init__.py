"""Claim intelligence for the desk: how check-worthy each statement is, why, and who said it.

`assess` reads an article's statements in order (the speaker of a quotation carries into the
next sentence) and is what the importer stores on every statement.
"""

from dataclasses import dataclass

from .scoring import NEUTRAL, THRESHOLD, Score, score_statement
from .speakers import find_speakers

__all__ = ["NEUTRAL", "THRESHOLD", "Assessment", "Score", "assess", "find_speakers", "score_statement"]


@dataclass
class Assessment:
    check_worthiness: int
    reasons: list
    speaker: str


def assess(texts, *, language="en"):
    """An Assessment for each of `texts`, an article's statements in order."""
    speakers = find_speakers(texts, language=language)
    assessments = []
    for text, speaker in zip(texts, speakers, strict=True):
        score = score_statement(text, language=language, attributed=bool(speaker))
        assessments.append(Assessment(score.value, score.reasons, speaker))
    return assessments
