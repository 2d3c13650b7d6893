"""How often a caller may ask: per anonymous IP address and per signed-in user, at the rates
in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]."""

from django.core.exceptions import ImproperlyConfigured
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class _RateFromSettings:
    """DRF reads THROTTLE_RATES once, at import; read it per request instead, so that a changed
    REST_FRAMEWORK setting (a deployment's env, a test's override) takes effect. A rate of None
    turns the throttle off."""

    def get_rate(self):
        try:
            return api_settings.DEFAULT_THROTTLE_RATES[self.scope]
        except KeyError:
            raise ImproperlyConfigured(f"No throttle rate set for scope {self.scope!r}.") from None


class AnonThrottle(_RateFromSettings, AnonRateThrottle):
    """Anonymous callers, by IP address: API_ANON_RATE (default 60/minute)."""


class UserThrottle(_RateFromSettings, UserRateThrottle):
    """Signed-in callers (token or session), by user: API_USER_RATE (default 600/minute)."""
