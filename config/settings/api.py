"""The read-only API's settings: CORS, Django REST framework and the OpenAPI schema."""

import os

from .base import TRUSTED_PROXY_COUNT

# The read-only API (factcheck.api, see README "API"): per-user tokens or the staff session,
# throttled per caller, described by an OpenAPI schema with Swagger UI from local static files.
# Its permissions, throttles, filters and schema class are set on its views (factcheck.api.views and bases).
# The API is public and read-only: a partner's web page may read it from any origin, never with
# the reader's cookies (no credentials: a token goes in Authorization, which a page must hold
# itself). The site's pages and the desk send no CORS headers. django-cors-headers.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-encoding", "authorization", "if-modified-since", "if-none-match"]
CORS_EXPOSE_HEADERS = ["Date", "ETag", "Link", "Retry-After", "Vary"]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # DRF's token, sent as `Token <key>` or `Bearer <key>`, and refused once its owner's
        # password changed (by any path, signals or none).
        "factcheck.api.authentication.APITokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("API_ANON_RATE", "60/minute"),
        "user": os.environ.get("API_USER_RATE", "600/minute"),
    },
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    # DRF's own ignores the weights in Accept (`application/json;q=0` got JSON).
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "factcheck.api.negotiation.WeightedContentNegotiation",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Factdesk API",
    "DESCRIPTION": "Read-only access to the newsroom's published briefings, claims, sources and verdicts.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # The default enum hook, then nullable nested objects written so OAS 3.0.3 allows their null.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "factcheck.api.schema.nullable_references",
    ],
    "ENUM_NAME_OVERRIDES": {
        "BriefingStatusEnum": "briefings.models.Briefing.Status",
        "ClaimAnchorEnum": "factcheck.states.Anchor",
        "ClaimStatusEnum": "factcheck.models.Claim.Status",
        "SourceKindEnum": "factcheck.models.Source.Kind",
        "StatementKindEnum": "briefings.models.Statement.Kind",
        "WithdrawnStatusEnum": [("withdrawn", "withdrawn")],
    },
}
