"""Who is "one address" to every per-address limit: the API's anonymous throttle, the readers'
submissions an hour and the sign-in lockout (django-axes, AXES_CLIENT_IP_CALLABLE).

The address is read as the API's throttles always read it: the connection's own, or with
TRUSTED_PROXY_COUNT=N (REST_FRAMEWORK["NUM_PROXIES"]) the one the outermost of N proxies appended
to X-Forwarded-For. Then it is counted by what one customer holds: an IPv4 address on its own,
an IPv6 address by its /64 (a customer's home or server gets a /64 or more, 2^64 addresses to
rotate through), and an IPv4-mapped IPv6 address (::ffff:203.0.113.9) as its IPv4 address.
"""

import ipaddress

from rest_framework.throttling import BaseThrottle

IPV6_PREFIX = 64


def counted_as(address):
    """The address a limit counts `address` under: IPv4 as is, IPv6 as the first address of its
    /64 ("2001:db8:1:2::"), so that it still fits an address column (axes stores it); None when
    it is not an IP address at all."""
    try:
        ip = ipaddress.ip_address(address.strip().split("%", 1)[0])  # a zone ("fe80::1%eth0") is dropped
    except (AttributeError, ValueError):
        return None
    if ip.version == 6 and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.IPv6Network((ip, IPV6_PREFIX), strict=False).network_address)
    return str(ip)


def client_address(request):
    """The one function every per-address limit counts by. A forwarded value that is not an IP
    address ("unknown", a port) is counted as the connection's own address: never a key the
    caller can vary at will, never junk in axes' address column."""
    forwarded = BaseThrottle().get_ident(request)  # DRF's reading, NUM_PROXIES = TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR")
    return counted_as(forwarded) or counted_as(remote) or remote
