"""How the API presents briefings, statements, claims, sources and ratings.

Every object's `url` is its address in this API; a source's own web address is `source_url`.
The serializers only read what the views loaded (select_related/prefetch_related), so a page
costs the same number of queries whatever its size. `fields` < `claims` < `briefings`.
"""

from .briefings import (
    BriefingDetailSerializer,
    BriefingSerializer,
    RevisionSerializer,
    SectionSerializer,
    StatementSerializer,
)
from .claims import (
    ClaimReviewSerializer,
    ClaimSerializer,
    ClaimSummarySerializer,
    ClaimTombstoneSerializer,
    CorrectionSerializer,
    EvidenceSerializer,
    RatingSerializer,
    SourceSerializer,
)

__all__ = [
    "BriefingDetailSerializer",
    "BriefingSerializer",
    "ClaimReviewSerializer",
    "ClaimSerializer",
    "ClaimSummarySerializer",
    "ClaimTombstoneSerializer",
    "CorrectionSerializer",
    "EvidenceSerializer",
    "RatingSerializer",
    "RevisionSerializer",
    "SectionSerializer",
    "SourceSerializer",
    "StatementSerializer",
]
