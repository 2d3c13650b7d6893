"""Serving public answers before any other middleware runs."""

from .answers import keep, keep_private, lookup, servable

# Served here or never: the API looks up its answers itself, after its throttles have counted.
NOT_HERE = ("/api/", "/admin/", "/accounts/", "/static/")


class PublicCacheMiddleware:
    """Placed first: a hit runs no other middleware. What the security, CSP and Permissions-Policy
    middleware add to a miss is stored with it, so a hit carries exactly the miss's headers; they
    depend only on the scheme and the settings, both part of an answer's address
    (answers.address), so a changed setting is never answered with a copy stored before it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if servable(request) and not request.path.startswith(NOT_HERE):
            hit = lookup(request)
            if hit is not None:
                return hit
        response = self.get_response(request)
        return keep_private(request, keep(request, response))
