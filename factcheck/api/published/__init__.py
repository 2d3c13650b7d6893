"""A public claim (or source) as the API serves it: as published, dressed as the working object.

The serializers describe a claim once; for callers reading public work they are handed a
`PublishedClaim`, which answers every attribute they read from the live version (wording, rating
as published, evidence with sources as cited, credits) and the rest from the claim (its id,
first publication, when its public face last changed, and where it stands in the article now:
its anchor and its statement in the current revision, which a new revision moves). Staff who include unpublished work read
the working copy itself.

Three modules, one way down: `objects` (the published claim as an object, the prefetches) <
`writing` (one claim written as data by the quick path) < `rows` (a page of claims from rows).
"""

from .objects import (
    PREFETCHED_CORRECTIONS,
    PublishedClaim,
    as_cited,
    cited_source,
    corrections_of,
    previous_checks_prefetch,
    previous_of,
    previously_checked,
)
from .rows import CLAIM_ROW, published_claims, row_times
from .writing import DATETIME, Addresses, published_claim, right_of_reply, times_of_a_page

__all__ = [
    "CLAIM_ROW",
    "DATETIME",
    "PREFETCHED_CORRECTIONS",
    "Addresses",
    "PublishedClaim",
    "as_cited",
    "cited_source",
    "corrections_of",
    "previous_checks_prefetch",
    "previous_of",
    "previously_checked",
    "published_claim",
    "published_claims",
    "right_of_reply",
    "row_times",
    "times_of_a_page",
]
