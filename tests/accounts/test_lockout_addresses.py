"""The sign-in lockout counts an address as every per-address limit does (config.clients, through
AXES_CLIENT_IP_CALLABLE): an IPv6 address by its /64, an IPv4-mapped address as its IPv4 address,
IPv4 as before, and behind a trusted proxy the address the proxy saw."""

from axes.models import AccessAttempt

from ..signing_in import LOGIN


def wrong_passwords_then_the_right_one(client, wrong_from, right_from):
    """A wrong password from each of `wrong_from`, then the right one from `right_from`."""
    for address in wrong_from:
        client.post(LOGIN, {"username": "chloe", "password": "wrong-guess"}, REMOTE_ADDR=address)
    right = {"username": "chloe", "password": "pw-chloe-123456"}
    return client.post(LOGIN, right, REMOTE_ADDR=right_from).status_code


def test_rotating_addresses_in_one_ipv6_64_does_not_escape_the_lockout(client, chloe):
    wrong = [f"2001:db8:1:2::{n}" for n in range(1, 6)]
    assert wrong_passwords_then_the_right_one(client, wrong, "2001:db8:1:2::99") == 429


def test_another_ipv6_64_still_signs_in(client, chloe):
    wrong = ["2001:db8:1:2::1"] * 5
    assert wrong_passwords_then_the_right_one(client, wrong, "2001:db8:1:3::1") == 302


def test_another_ipv4_address_still_signs_in(client, chloe):
    assert wrong_passwords_then_the_right_one(client, ["192.0.2.1"] * 5, "192.0.2.2") == 302


def test_an_ipv4_mapped_address_shares_its_ipv4_addresss_lockout(client, chloe):
    assert wrong_passwords_then_the_right_one(client, ["192.0.2.1"] * 5, "::ffff:192.0.2.1") == 429


def test_the_lockout_records_the_64_it_counted(client, chloe):
    client.post(LOGIN, {"username": "chloe", "password": "wrong-guess"}, REMOTE_ADDR="2001:db8:1:2::7")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["2001:db8:1:2::"]


def test_behind_a_trusted_proxy_another_client_of_the_proxy_still_signs_in(client, chloe, settings):
    """TRUSTED_PROXY_COUNT=1: the lockout reads X-Forwarded-For as the API's throttles always did.
    Before, axes read the proxy's own address, so one person's guesses paused the username for
    everyone behind the proxy."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": "chloe", "password": "wrong-guess"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.9",
        )
    right = {"username": "chloe", "password": "pw-chloe-123456"}
    response = client.post(LOGIN, right, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert response.status_code == 302
