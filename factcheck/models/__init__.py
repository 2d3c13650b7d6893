from .claims import Claim, Evidence
from .counters import WindowCount
from .history import ClaimEvent, Correction, RatingEvent, SourceEvent
from .previous import PreviousCheck
from .ratings import Rating
from .sources import Source
from .submissions import Submission, SubmissionStatus
from .tokens import TokenPassword
from .versions import CitedEvidence, ClaimVersion, RatingSnapshot, SourceSnapshot

__all__ = [
    "CitedEvidence",
    "Claim",
    "ClaimEvent",
    "ClaimVersion",
    "Correction",
    "Evidence",
    "PreviousCheck",
    "Rating",
    "RatingEvent",
    "RatingSnapshot",
    "Source",
    "SourceEvent",
    "SourceSnapshot",
    "Submission",
    "SubmissionStatus",
    "TokenPassword",
    "WindowCount",
]
