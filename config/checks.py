"""Factdesk's own system checks (registered in factcheck.apps)."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error

LOCAL_HOSTS = {"localhost", "localhost.localdomain", "testserver"}


def _is_local(host):
    if host in LOCAL_HOSTS or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def check_newsroom_url(app_configs=None, **kwargs):
    """FACTDESK_NEWSROOM_URL makes the ClaimReview `url`, `author.url` and `appearance` and the
    links in workflow mail; in production it must be the newsroom's public https address, not the
    development default http://127.0.0.1:8000/."""
    if settings.DEBUG:
        return []
    url = settings.FACTDESK_NEWSROOM_URL
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host or _is_local(host):
        return [
            Error(
                f"FACTDESK_NEWSROOM_URL is {url!r}, not the newsroom's public https address.",
                hint="Set FACTDESK_NEWSROOM_URL to the site's public address, e.g. https://factdesk.example/: "
                "ClaimReview markup and workflow mail link to it.",
                id="factdesk.E001",
            )
        ]
    return []
