"""A published briefing with one published verdict, a second published briefing beside it, and a
way to tell a hit (no query at all: served before the session, auth and the views) from a miss."""

from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext

from factcheck import services
from factcheck.caching import generations
from factcheck.caching.answers import address
from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_statement, make_user

OTHER_ARTICLE = "Another article\nThe other port handled 90 ships. Nobody expects more.\n"


class Desk:
    def __init__(self):
        self.checker = make_user("checker", "Checker")
        self.editor = make_user("editor", "Editor")
        self.second_editor = make_user("editor2", "Editor")
        self.briefing, claim = make_published_briefing(self.checker, self.editor)
        self.claim_pk = claim.pk
        other = make_claim(
            Claim.Status.APPROVED,
            assignee=self.checker,
            submitted_by=self.checker,
            checked=True,
            text="The other port handled 90 ships.",
            statement=make_statement(OTHER_ARTICLE),
        )
        services.publish_briefing(briefing=other.statement.briefing, user=self.editor)
        self.other_briefing = other.statement.briefing
        self.other_claim_pk = other.pk

    def approved_claim(self, article):
        """An approved claim, checked, on the first statement of a new draft briefing."""
        return make_claim(
            Claim.Status.APPROVED,
            assignee=self.checker,
            submitted_by=self.checker,
            checked=True,
            statement=make_statement(article),
        )

    @property
    def claim(self):
        return Claim.objects.get(pk=self.claim_pk)


@pytest.fixture
def desk(db):
    return Desk()


@contextmanager
def queries():
    with CaptureQueriesContext(connection) as captured:
        yield captured


def fetch(client, url, **headers):
    """(response, how many queries answering it took)."""
    with queries() as captured:
        response = client.get(url, headers=headers)
    return response, len(captured)


@contextmanager
def templates():
    rendered = []
    template_rendered.connect(
        lambda **kwargs: rendered.append(kwargs), weak=False, dispatch_uid="caching-tests"
    )
    try:
        yield rendered
    finally:
        template_rendered.disconnect(dispatch_uid="caching-tests")


#: The API's answers are kept under the renderer negotiated (api.cached.variant): plain JSON here.
API_JSON = "json; indent=None"


def stored(url, **headers):
    """Whether the public cache holds an answer for `url` (for the API, as plain JSON)."""
    request = RequestFactory().get(url, headers=headers)
    variant = API_JSON if url.startswith("/api/") else ""
    return generations.store().get(address(request, variant)) is not None


def is_hit(client, url, **headers):
    """Whether `url` is answered from the public cache: a hit runs no query and renders nothing."""
    with templates() as rendered:
        queries = fetch(client, url, **headers)[1]
    return queries == 0 and not rendered
