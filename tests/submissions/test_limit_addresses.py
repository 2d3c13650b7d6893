"""The readers' hourly limit counts an address as every per-address limit does (config.clients):
an IPv6 reader by their /64, an IPv4-mapped address as its IPv4 address, IPv4 as before."""

import pytest

from factcheck.models import Submission

from .conftest import valid

URL = "/submit/"


@pytest.fixture
def one_an_hour(db, settings):
    settings.FACTDESK_SUBMISSIONS_PER_HOUR = 1


def second_answer(client, first, second):
    client.post(URL, valid(), REMOTE_ADDR=first)
    return client.post(URL, valid(), REMOTE_ADDR=second).status_code


def test_two_addresses_in_one_ipv6_64_share_the_limit(client, one_an_hour):
    assert second_answer(client, "2001:db8:1:2::1", "2001:db8:1:2:dead:beef:0:1") == 429


def test_the_second_from_one_64_is_not_stored(client, one_an_hour):
    second_answer(client, "2001:db8:1:2::1", "2001:db8:1:2::2")
    assert Submission.objects.count() == 1


def test_two_ipv6_64s_have_a_limit_each(client, one_an_hour):
    assert second_answer(client, "2001:db8:1:2::1", "2001:db8:1:3::1") == 302


def test_two_ipv4_addresses_have_a_limit_each(client, one_an_hour):
    assert second_answer(client, "192.0.2.1", "192.0.2.2") == 302


def test_an_ipv4_mapped_address_shares_its_ipv4_addresss_limit(client, one_an_hour):
    assert second_answer(client, "192.0.2.1", "::ffff:192.0.2.1") == 429
