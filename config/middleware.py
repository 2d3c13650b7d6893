"""Headers every response carries: Permissions-Policy, which no library here sets, the
Content-Security-Policy of django-csp, built once per process, and `Vary` written in one case."""

import functools
import logging

from corsheaders.middleware import CorsMiddleware as LibraryCorsMiddleware
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as LibraryCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.handlers.exception import response_for_exception
from django.core.signals import setting_changed
from django.dispatch import receiver

from .bad_requests import NumberOutOfRange

logger = logging.getLogger(__name__)

#: What a view's django-csp decorators set on its response to change its policy.
PER_RESPONSE = (
    "_csp_config", "_csp_update", "_csp_replace", "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro",
)  # fmt: skip


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response (pages, admin, API, feeds): no page uses the
    camera, the microphone, geolocation and the like, so none may."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


@functools.cache
def fixed_policies():
    """(header, policy, excluded prefixes, exempting attribute) for the enforced policy and the
    report-only one, as the settings make them: django-csp builds them anew for every response
    (a quarter of a millisecond, as much as a whole cache hit of a page otherwise costs), yet
    without a nonce or a view's own policy they only change with the settings."""
    policies = []
    for header, setting, exempt, report_only in (
        (HEADER, "CONTENT_SECURITY_POLICY", "_csp_exempt", False),
        (HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", "_csp_exempt_ro", True),
    ):
        prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
        policies.append((header, build_policy(report_only=report_only), tuple(prefixes), exempt))
    return tuple(policies)


@receiver(setting_changed)
def forget_fixed_policies(*, setting, **kwargs):
    """A changed setting (override_settings in tests) rebuilds the policies on the next response."""
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        fixed_policies.cache_clear()


class CSPMiddleware(LibraryCSPMiddleware):
    """django-csp's middleware, serving the settings' policies as built once (`fixed_policies`)
    when nothing about this response can change them: no nonce was asked for and the view set no
    policy of its own. Otherwise the library builds them, as ever. The headers are the same
    either way (tested)."""

    def process_response(self, request, response):
        if getattr(request, "_csp_nonce", None) is not None or any(
            hasattr(response, part) for part in PER_RESPONSE
        ):
            return super().process_response(request, response)
        if response.status_code in (404, 500) and settings.DEBUG:
            return response  # the library leaves Django's debug pages alone
        for header, policy, prefixes, exempt in fixed_policies():
            if (
                policy
                and header not in response
                and not getattr(response, exempt, False)
                and not request.path_info.startswith(prefixes)
            ):
                response[header] = policy
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


class EndedSessionMiddleware:
    """A session whose person may no longer sign in (deactivated, deleted, refused by every
    backend) is ended at their next request. Django answered it as anonymous but kept it, and
    SESSION_SAVE_EVERY_REQUEST saved it again on each request: a stolen browser that kept asking
    was signed in again the moment an admin reactivated the account. Right after Django's
    AuthenticationMiddleware, whose lazy user it reads only when a session names someone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The cookie first: reading the session marks it accessed, and every answer, a reader's
        # public page included, would then vary on Cookie.
        named = settings.SESSION_COOKIE_NAME in request.COOKIES and SESSION_KEY in request.session
        if named and not request.user.is_authenticated:
            logger.info("A session of a member who may no longer sign in was ended.")
            request.session.flush()
        return self.get_response(request)


class OutOfRangeMiddleware:
    """A number in a request beyond what Python's dates or the database can hold is bad input:
    400 through the site's handler400 (JSON under /api/), not a server error. Django's admin
    reads a list's address as lookups (`?rating=999…`, `?claim=…`, `?groups=…`) and a date
    hierarchy's year (`?imported_at__year=999…`) without bounding them, and SQLite refuses an
    integer over 64 bits with OverflowError, as `datetime` refuses a year past 9999: every
    desk list, Django's and the libraries' included, answered 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OverflowError):
            return None
        logger.warning("A number out of range in %s: %s", request.path, exception)
        return response_for_exception(request, NumberOutOfRange("A number in the request is out of range."))


def header_name(name):
    """A header's name as HTTP writes it by convention (`accept-encoding` → `Accept-Encoding`)."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))


def normalise_vary(response):
    """`Vary` with each name in the one case (`Origin`, not django-cors-headers' `origin` beside
    Django's `Accept-Encoding`), each once: names are case-insensitive, yet a cache or a client
    comparing them as written would keep two copies or read one as missing."""
    if not response.has_header("Vary"):
        return
    names = {}
    for name in response["Vary"].split(","):
        name = name.strip()
        if name:
            # Only a name written all in lower case is recased: `DNT` stays as written.
            names.setdefault(name.lower(), header_name(name) if name.islower() else name)
    response["Vary"] = ", ".join(names.values())


class CorsMiddleware(LibraryCorsMiddleware):
    """django-cors-headers' middleware, its `Vary: origin` written `Origin` (`normalise_vary`) on
    every answer under /api/, the public cache's included (the view returns them through here)."""

    def add_response_headers(self, request, response):
        response = super().add_response_headers(request, response)
        normalise_vary(response)
        return response
