"""The API's endpoints: read-only viewsets over what the caller may read.

Who may read what is the models' rule (`visible_to` on the claim, briefing, statement and
source querysets); the views only pass the caller and whether they asked for unpublished work.
What every endpoint shares (permission, throttles, filters, pagination, schema) is set on
`bases.ReadOnlyAPI` and `bases.APIViewSet` rather than in settings, so that it holds for this API
alone. `articles` serves briefings and statements, `claims` claims, sources, ratings and
ClaimReview, `site` the root, the schema, Swagger UI and the JSON 404.
"""

from .articles import BriefingViewSet, StatementViewSet
from .claims import ClaimReviewViewSet, ClaimViewSet, RatingViewSet, SourceViewSet
from .site import APIRootView, SchemaView, SwaggerView, not_found

__all__ = [
    "APIRootView",
    "BriefingViewSet",
    "ClaimReviewViewSet",
    "ClaimViewSet",
    "RatingViewSet",
    "SchemaView",
    "SourceViewSet",
    "StatementViewSet",
    "SwaggerView",
    "not_found",
]
