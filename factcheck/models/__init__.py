from .claims import Claim, Evidence
from .history import ClaimEvent, Correction
from .ratings import Rating
from .sources import Source

__all__ = ["Claim", "ClaimEvent", "Correction", "Evidence", "Rating", "Source"]
