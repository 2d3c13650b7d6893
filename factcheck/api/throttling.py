"""How often a caller may ask: per anonymous address (config.clients) and per signed-in user, at the rates
in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"].

Counts live where every worker shares them (factcheck.windows: Redis with REDIS_URL, otherwise a
database table counted in one statement), one counter per caller and window: O(1) per request
whatever the rate, where DRF's own throttle keeps a list of every request's time per caller. A
fixed window may let a caller make up to twice the rate across a window's edge; that is the
usual price of O(1).
"""

import time

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from rest_framework.exceptions import APIException
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from config.clients import client_address
from factcheck.windows import CountsUnavailable, count_in_window


class Uncounted(APIException):
    """windows.CountsUnavailable as the API says it: a 503 in JSON, with Retry-After (DRF's
    handler turns `wait` into it)."""

    status_code = 503
    default_detail = "The API cannot count requests just now; try again after Retry-After seconds."
    default_code = "counts_unavailable"

    @property
    def wait(self):
        return settings.FACTDESK_RETRY_AFTER


class _RateFromSettings:
    """DRF reads THROTTLE_RATES once, at import; read it per request instead, so that a changed
    REST_FRAMEWORK setting (a deployment's env, a test's override) takes effect. A rate of None
    turns the throttle off."""

    def get_rate(self):
        try:
            return api_settings.DEFAULT_THROTTLE_RATES[self.scope]
        except KeyError:
            raise ImproperlyConfigured(f"No throttle rate set for scope {self.scope!r}.") from None


class _FixedWindow:
    """One shared counter per caller and window of the rate's duration."""

    _window_ends = 0

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        try:
            count, self._window_ends = count_in_window(self.key, self.duration)
        except CountsUnavailable as error:
            raise Uncounted from error
        return count <= self.num_requests

    def wait(self):
        return max(1, self._window_ends - int(time.time()))


class AnonThrottle(_RateFromSettings, _FixedWindow, AnonRateThrottle):
    """Anonymous callers, by address as every per-address limit counts it (config.clients: an IPv6
    caller by its /64): API_ANON_RATE (default 60/minute)."""

    def get_ident(self, request):
        return client_address(request)


class UserThrottle(_RateFromSettings, _FixedWindow, UserRateThrottle):
    """Signed-in callers (token or session), by user: API_USER_RATE (default 600/minute)."""

    def get_cache_key(self, request, view):
        """Signed-in callers only. DRF's UserRateThrottle counts an anonymous caller too, by IP:
        anonymous callers were held to the lower of the two rates (an API_ANON_RATE above
        API_USER_RATE did nothing) and paid two counters a request."""
        if not request.user or not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)
