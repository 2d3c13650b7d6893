"""config.clients: the one function every per-address limit counts by. An IPv4 address counts on
its own, an IPv6 address by its /64, an IPv4-mapped IPv6 address as its IPv4 address."""

from django.test import RequestFactory

from config.clients import client_address, counted_as


def request_from(remote_addr, **headers):
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)


def behind_one_proxy(settings):
    """What TRUSTED_PROXY_COUNT=1 sets (config/settings/)."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}


def test_an_ipv4_address_counts_on_its_own():
    assert counted_as("203.0.113.9") == "203.0.113.9"


def test_two_ipv4_addresses_count_apart():
    assert counted_as("203.0.113.9") != counted_as("203.0.113.10")


def test_two_ipv6_addresses_in_one_64_count_as_one():
    assert counted_as("2001:db8:1:2::1") == counted_as("2001:db8:1:2:ffff:ffff:ffff:fffe")


def test_an_ipv6_address_counts_as_the_first_address_of_its_64():
    assert counted_as("2001:db8:1:2:abcd::9") == "2001:db8:1:2::"


def test_two_neighbouring_64s_count_apart():
    assert counted_as("2001:db8:1:2::1") != counted_as("2001:db8:1:3::1")


def test_an_ipv4_mapped_ipv6_address_counts_as_its_ipv4_address():
    assert counted_as("::ffff:203.0.113.9") == "203.0.113.9"


def test_an_ipv6_address_written_in_capitals_or_in_full_counts_the_same():
    assert counted_as("2001:0DB8:0001:0002:0000:0000:0000:0001") == counted_as("2001:db8:1:2::1")


def test_an_ipv6_zone_is_left_out():
    assert counted_as("fe80::1%eth0") == "fe80::"


def test_something_that_is_no_address_counts_as_none():
    assert counted_as("unknown") is None


def test_a_request_counts_by_its_connections_address():
    assert client_address(request_from("2001:db8:1:2::7")) == "2001:db8:1:2::"


def test_a_forged_forwarded_for_header_is_ignored_without_a_trusted_proxy():
    request = request_from("203.0.113.9", HTTP_X_FORWARDED_FOR="2001:db8:9::1")
    assert client_address(request) == "203.0.113.9"


def test_behind_a_trusted_proxy_the_address_it_saw_counts_by_its_64(settings):
    behind_one_proxy(settings)
    request = request_from("10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1, 2001:db8:1:2::7")
    assert client_address(request) == "2001:db8:1:2::"


def test_behind_a_trusted_proxy_a_forwarded_value_that_is_no_address_counts_as_the_proxy(settings):
    """Never a key the caller varies at will ("203.0.113.9:4711", "unknown"), never junk stored."""
    behind_one_proxy(settings)
    request = request_from("10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9:4711")
    assert client_address(request) == "10.0.0.1"
