"""Factdesk's read-only REST API: /api/v1/ (see README, "API").

This module holds only what config/settings.py names in REST_FRAMEWORK. DRF resolves those
settings while rest_framework.views is still being imported, so nothing here may import DRF's
views, generics or viewsets (or any model).
"""

from django.core.exceptions import ImproperlyConfigured
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class ReadOnly(BasePermission):
    """Nobody writes through the API, whatever their role; writes are refused with 405 earlier
    (factcheck.api.views.ReadOnlyAPI), this is the belt to those braces."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS


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
