"""The Content-Security-Policy built once per process (config.middleware): the same header as
django-csp builds, rebuilt when the settings change, and still the library's own for a response
whose view sets a policy of its own or asks for a nonce."""

import pytest
from csp.constants import NONCE, SELF
from csp.decorators import csp_update
from csp.middleware import CSPMiddleware as LibraryCSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from config.middleware import CSPMiddleware

pytestmark = pytest.mark.django_db


def page(request):
    return HttpResponse("<p>A page.</p>")


def headers(middleware_class, view=page, *, nonce=False):
    request = RequestFactory().get("/briefings/a-page/")
    middleware = middleware_class(view)
    if nonce:
        middleware.process_request(request)
        str(request.csp_nonce)
        return middleware.process_response(request, view(request))
    return middleware(request)


def test_the_header_is_the_one_django_csp_builds():
    ours, theirs = headers(CSPMiddleware), headers(LibraryCSPMiddleware)
    assert ours["Content-Security-Policy"] == theirs["Content-Security-Policy"]


def test_a_changed_setting_changes_the_header_on_the_next_response(settings):
    before = headers(CSPMiddleware)["Content-Security-Policy"]
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": [SELF, "https://cdn.example"]}}
    after = headers(CSPMiddleware)["Content-Security-Policy"]
    assert after != before
    assert after == "default-src 'self' https://cdn.example"


def test_a_report_only_policy_set_later_is_sent(settings):
    assert "Content-Security-Policy-Report-Only" not in headers(CSPMiddleware)
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"default-src": [SELF]}}
    assert headers(CSPMiddleware)["Content-Security-Policy-Report-Only"] == "default-src 'self'"


def test_a_views_own_policy_is_still_applied():
    view = csp_update({"img-src": ["https://images.example"]})(page)
    assert "https://images.example" in headers(CSPMiddleware, view)["Content-Security-Policy"]


def test_a_nonce_asked_for_is_still_in_the_header(settings):
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"script-src": [SELF, NONCE]}}
    assert "'nonce-" in headers(CSPMiddleware, nonce=True)["Content-Security-Policy"]
