"""schemathesis against the API's own OpenAPI schema, through the WSGI application.

One test per operation and caller (anonymous, and a staff token), with every check schemathesis
has, positive and negative data: 50 generated examples per operation when CI is set (10
otherwise), after schemathesis's coverage phase. Generated ids and slugs rarely exist, so a
last test sends every operation the desk's real objects, with and without include=unpublished,
and has schemathesis validate those answers too.
"""

import os

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test.utils import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from config.wsgi import application
from factcheck.models import Rating

from ..factories import make_claim

MAX_EXAMPLES = 50 if os.environ.get("CI") else 10
FUZZING = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)

# Loaded while tests are collected, before any database is set up: the throttles, whose counts
# live in the database, stay off for this one request as for every test.
with override_settings(
    REST_FRAMEWORK={**django_settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None}}
):
    schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture(autouse=True)
def wsgi_keeps_the_test_connection():
    """Django's WSGI handler closes the database connection after each request, which would
    end the test's transaction (the test client suppresses this the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def staff_token(desk):
    return {"Authorization": f"Token {desk.token_key}"}


# The WSGI transport hands a body over as sent, without decoding gzip as an HTTP client does, and
# schemathesis sends requests' Accept-Encoding: these checks read the JSON, so they ask for it
# unencoded (gzipped API answers are tested in tests/caching/test_encoding.py).
PLAIN = {"Accept-Encoding": "identity"}


def call_and_validate(case, headers=None):
    """Every check, except that a generated cursor is by construction one this server did not make
    (cursors are signed), so its 400 is the right answer to an otherwise valid request; and
    `similar_to` refuses `cursor`, `ordering` and `include` beside it, which OpenAPI cannot say;
    and a generated `briefing` or `rating` is a slug nobody has, whose 400 is the right answer."""
    query = case.query or {}
    forged = bool(query.get("cursor")) or any(query.get(name) for name in ("briefing", "rating"))
    combined = bool(query.get("similar_to")) and any(query.get(name) for name in ("ordering", "include"))
    excluded = [positive_data_acceptance] if forged or combined else []
    return case.call_and_validate(excluded_checks=excluded, headers={**PLAIN, **(headers or {})})


@schema.parametrize()
@FUZZING
def test_the_api_keeps_to_its_schema_for_anonymous_callers(case, desk):
    call_and_validate(case)


@schema.parametrize()
@FUZZING
def test_the_api_keeps_to_its_schema_for_staff(case, desk):
    call_and_validate(case, headers=staff_token(desk))


def test_real_objects_keep_to_the_schema(desk):
    """Each detail with public and unpublished objects: anonymous and staff without include get
    404 for the unpublished ones, staff with include=unpublished get 200 for all."""
    claim, draft = desk.public_claims[0], desk.draft_claim
    public, hidden = True, False
    details = {
        "/api/v1/briefings/{slug}/": [
            ({"slug": desk.briefing.slug}, public),
            ({"slug": desk.draft_briefing.slug}, hidden),
        ],
        "/api/v1/statements/{id}/": [
            ({"id": claim.statement_id}, public),
            ({"id": draft.statement_id}, hidden),
        ],
        "/api/v1/claims/{id}/": [
            ({"id": claim.pk}, public),
            *(({"id": c.pk}, hidden) for c in [draft, *desk.unpublished_claims]),
        ],
        "/api/v1/sources/{id}/": [({"id": source.pk}, public) for source in desk.public_sources]
        + [({"id": desk.hidden_source.pk}, hidden), ({"id": desk.uncited_source.pk}, hidden)],
        "/api/v1/ratings/{slug}/": [({"slug": "accurate"}, public), ({"slug": "not-checkable"}, public)],
        "/api/v1/claimreviews/{id}/": [({"id": claim.pk}, public), ({"id": draft.pk}, hidden)],
    }
    callers = [({}, {}), (staff_token(desk), {}), (staff_token(desk), {"include": "unpublished"})]
    sent = 0
    for path in schema.raw_schema["paths"]:
        operation = schema[path]["GET"]
        include_documented = any(
            p["name"] == "include" for p in schema.raw_schema["paths"][path]["get"]["parameters"]
        )
        for path_parameters, is_public in details.get(path, [({}, public)]):
            for headers, query in callers:
                if query and not include_documented:
                    continue
                case = operation.Case(path_parameters=path_parameters, headers=headers, query=query)
                response = call_and_validate(case, headers)
                expected = 200 if is_public or query else 404
                assert response.status_code == expected, (path, path_parameters, query, response.status_code)
                sent += 1
    assert sent > 50


def test_an_off_scale_verdict_keeps_to_the_schema_without_numbers(desk):
    claim = make_claim(
        "published",
        statement=desk.briefing.statements.first(),
        rating=Rating.objects.get(slug="not-checkable"),
        rationale="Nobody can check this.",
    )
    case = schema["/api/v1/claimreviews/{id}/"]["GET"].Case(path_parameters={"id": claim.pk})
    response = call_and_validate(case)
    assert response.json()["reviewRating"] == {"@type": "Rating", "alternateName": "Not checkable"}
