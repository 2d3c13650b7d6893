"""`read_only`: the decorator of every door that changes nothing (public pages, feeds, the
sitemap, robots.txt, the health check, the staff previews and the "done" pages of a password
reset)."""

from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe


def read_only(view):
    """GET and HEAD only, 405 for anything else, as a browser meets it too: exempt from the CSRF
    check, which would otherwise refuse a write first with a 403 page. Nothing here acts on what a
    request sends, so there is nothing for a forged one to do."""
    return csrf_exempt(require_safe(view))
