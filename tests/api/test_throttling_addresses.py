"""The API's anonymous throttle counts an address as every per-address limit does (config.clients):
an IPv6 caller by its /64, an IPv4-mapped address as its IPv4 address, IPv4 as before."""

import pytest
from django.core.cache import cache

from .callers import API


@pytest.fixture
def one_a_minute(db, settings, no_throttling, steady_window):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/minute", "user": "1/minute"},
    }
    cache.clear()


def second_answer(client, first, second):
    client.get(f"{API}ratings/", REMOTE_ADDR=first)
    return client.get(f"{API}ratings/", REMOTE_ADDR=second).status_code


def test_two_addresses_in_one_ipv6_64_share_a_count(client, one_a_minute):
    assert second_answer(client, "2001:db8:1:2::1", "2001:db8:1:2:dead:beef:0:1") == 429


def test_two_ipv6_64s_have_a_count_each(client, one_a_minute):
    assert second_answer(client, "2001:db8:1:2::1", "2001:db8:1:3::1") == 200


def test_two_ipv4_addresses_have_a_count_each(client, one_a_minute):
    assert second_answer(client, "203.0.113.1", "203.0.113.2") == 200


def test_an_ipv4_mapped_address_shares_its_ipv4_addresss_count(client, one_a_minute):
    assert second_answer(client, "203.0.113.1", "::ffff:203.0.113.1") == 429
