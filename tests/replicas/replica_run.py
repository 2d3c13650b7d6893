"""Run by tests/replicas/test_routing.py in its own process with DATABASE_REPLICA_URL set: the
replica alias mirrors the test database, so each query's alias shows where it was sent. (Not
collected on its own: its name does not start with test_.)"""

import pytest
from django.conf import settings
from django.db import connections
from django.test.utils import CaptureQueriesContext

from config.replicas import PIN_COOKIE

from ..factories import make_public_claim, make_user

# Committed data (transaction=True): the mirror is a connection of its own, as a replica is.
pytestmark = [
    pytest.mark.django_db(transaction=True, databases=["default", "replica"]),
    pytest.mark.usefixtures("reference_data"),
]


def content_queries(client, url):
    """How many queries about briefings and claims each alias answered for a GET of `url`."""
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        assert client.get(url).status_code == 200
    count = lambda captured: sum("factcheck_" in q["sql"] or "briefings_" in q["sql"] for q in captured)  # noqa: E731
    return count(primary), count(replica)


def test_the_replica_is_configured():
    assert "replica" in settings.DATABASES


def test_an_anonymous_reader_reads_the_claim_page_from_the_replica(client):
    claim = make_public_claim()
    primary, replica = content_queries(client, claim.get_absolute_url())
    assert (primary, replica > 0) == (0, True)


def test_a_signed_in_editor_reads_the_claim_page_from_the_primary(client):
    claim = make_public_claim()
    client.force_login(make_user("eda", "Editor"))
    primary, replica = content_queries(client, claim.get_absolute_url())
    assert (primary > 0, replica) == (True, 0)


def test_a_browser_that_has_just_written_reads_the_primary(client):
    claim = make_public_claim()
    client.cookies[PIN_COOKIE] = "1"
    primary, replica = content_queries(client, claim.get_absolute_url())
    assert (primary > 0, replica) == (True, 0)


def test_a_page_read_from_the_replica_right_after_a_change_is_not_kept(client):
    claim = make_public_claim()  # a publication: the public generations have just moved
    content_queries(client, claim.get_absolute_url())
    assert content_queries(client, claim.get_absolute_url())[1] > 0  # rendered again


def test_a_page_read_from_the_replica_once_it_has_caught_up_is_kept(client, settings):
    settings.REPLICA_LAG_TOLERANCE = 0
    claim = make_public_claim()
    content_queries(client, claim.get_absolute_url())
    content_queries(client, claim.get_absolute_url())
    assert content_queries(client, claim.get_absolute_url()) == (0, 0)  # from the cache
