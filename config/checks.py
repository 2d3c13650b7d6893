"""Factdesk's own system checks (registered in factcheck.apps)."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error

from factcheck import checklist

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


def check_publish_checklist(app_configs=None, **kwargs):
    """FACTDESK_PUBLISH_CHECKLIST names the checks publication enforces; a misspelt name would
    silently switch a check off, so an unknown one stops the server."""
    unknown = checklist.unknown_names()
    if not unknown:
        return []
    return [
        Error(
            f"FACTDESK_PUBLISH_CHECKLIST names unknown checks: {', '.join(unknown)}.",
            hint=f"Use a comma-separated list of {', '.join(checklist.BY_NAME)}; an empty value turns "
            "the checklist off.",
            id="factdesk.E002",
        )
    ]


def check_min_rationale_length(app_configs=None, **kwargs):
    if (
        isinstance(settings.FACTDESK_MIN_RATIONALE_LENGTH, int)
        and settings.FACTDESK_MIN_RATIONALE_LENGTH >= 0
    ):
        return []
    return [
        Error(
            "FACTDESK_MIN_RATIONALE_LENGTH must be a whole number of characters, 0 or more.",
            id="factdesk.E003",
        )
    ]
