"""An outside client using only urllib (tests/api/clients/urllib_client.py) against a live
server, with odd but legal HTTP: every promise it checks holds. One live test for all of them."""

import pytest

from .clients import urllib_client

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_urllib_client_sending_odd_but_legal_http_finds_every_promise_kept(live_server, live_demo):
    assert urllib_client.run(live_server.url) == []
