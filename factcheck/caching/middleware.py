"""Serving public answers before any other middleware runs; answering a change the store refused."""

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .answers import keep, keep_private, lookup, servable
from .generations import StoreUnavailable

logger = logging.getLogger(__name__)

# Served here or never: the API looks up its answers itself, after its throttles have counted.
NOT_HERE = ("/api/", "/admin/", "/accounts/", "/static/")
#: Where the WSGI layer (wsgi.py) leaves its lookup of a miss, in the environ that becomes the
#: request's META, so that the middleware does not read the store again for the same request.
LOOKED_UP = "factdesk.public_cache"


def answer_early(request):
    """The stored answer for `request`, or None; the store is read once per request, by whichever
    of the WSGI layer and the middleware comes first. A miss's lookup (what `keep` needs to store
    the answer) is left on the request and in its environ."""
    if LOOKED_UP in request.META:
        request.public_cache = request.META[LOOKED_UP]
        return None
    hit = None
    if servable(request) and not request.path.startswith(NOT_HERE):
        try:
            hit = lookup(request)
        except DisallowedHost:
            # Left to Django's handler, which refuses it inside the security, CSP and
            # Permissions-Policy middleware: the refusal carries their headers as every answer does.
            return None
    if hit is None:
        request.META[LOOKED_UP] = getattr(request, "public_cache", None)
    return hit


class PublicCacheMiddleware:
    """Placed first: a hit runs no other middleware. What the security, CSP and Permissions-Policy
    middleware add to a miss is stored with it, so a hit carries exactly the miss's headers; they
    depend only on the scheme and the settings, both part of an answer's address
    (answers.address), so a changed setting is never answered with a copy stored before it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hit = answer_early(request)
        if hit is not None:
            return hit
        response = self.get_response(request)
        return keep_private(request, keep(request, response))


def resendable(request):
    """The form `request` sent, as hidden fields for a "Try again" button, or None: the desk's
    pages are never kept by the browser (no-store), so going back would find the form empty, or
    ask to send it again. A carriage return is written as a character reference, which HTML keeps
    (a raw one becomes a line feed). Files cannot be sent again from a page."""
    if request.method != "POST" or request.FILES:
        return None
    return [
        (name, mark_safe(escape(value).replace("\r", "&#13;")))  # escaped on this line
        for name, values in request.POST.lists()
        for value in values
    ]


class StoreUnavailableMiddleware:
    """A change refused because the store could not move its tokens (generations.StoreUnavailable,
    raised inside the change's transaction, so nothing was saved) is answered 503 with that
    message, whichever door made it, rather than as a server error, with a button that sends the
    same form again once the store answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, StoreUnavailable):
            return None
        logger.error("A change was refused: the store could not move its tokens.", exc_info=exception)
        if request.path.startswith("/api/"):
            response = JsonResponse({"detail": exception.message}, status=503)
        else:
            context = {
                "message": exception.message,
                "resend": resendable(request),
                "action": request.get_full_path(),
            }
            response = render(request, "503.html", context, status=503)
        response["Retry-After"] = str(settings.FACTDESK_RETRY_AFTER)
        add_never_cache_headers(response)
        return response
