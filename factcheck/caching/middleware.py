"""Serving public answers before sessions, auth and CSRF run."""

from .answers import keep, keep_private, lookup, servable

# Served here or never: the API looks up its answers itself, after its throttles have counted.
NOT_HERE = ("/api/", "/admin/", "/accounts/", "/static/")


class PublicCacheMiddleware:
    """Placed right after the security, CSP and Permissions-Policy middleware: a hit goes back
    through them, so it carries exactly the headers a miss does, and skips the session, auth,
    CSRF, messages and axes work below (the reason a hit can beat even a bare Django view)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if servable(request) and not request.path.startswith(NOT_HERE):
            hit = lookup(request)
            if hit is not None:
                return hit
        response = self.get_response(request)
        return keep_private(request, keep(request, response))
