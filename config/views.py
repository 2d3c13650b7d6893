from django.conf import settings
from django.contrib import admin, messages
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import DisallowedHost, ObjectDoesNotExist, RequestDataTooBig, ValidationError
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.views import defaults
from django.views.decorators.cache import never_cache

from factcheck.links import absolute
from factcheck.read_only import read_only

from . import bad_requests


@never_cache
@read_only
def healthz(request):
    """Answer load balancers with one real database round-trip, and 503 when it fails."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@read_only
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links; send them to the one icon."""
    return redirect(static("factdesk/favicon.svg"), permanent=False)


@read_only
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Allow: /",
        f"Sitemap: {absolute(reverse('django.contrib.sitemaps.views.sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def server_error(request):
    """The 500 page; under /api/ a JSON body like every other API error, so a client parsing
    answers as JSON never meets HTML."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error: the newsroom has been told."}, status=500)
    return defaults.server_error(request)


def bad_request(request, exception):
    """400s Django raises before any view runs, on the site's page saying what was wrong
    (config.bad_requests). A pasted document over the upload limit returns to the import form
    with the form's own message; under /api/ the answer is JSON."""
    if isinstance(exception, RequestDataTooBig) and request.path == reverse(
        "admin:briefings_briefing_import"
    ):
        limit = settings.FACTDESK_MAX_DOCUMENT_BYTES // (1024 * 1024)
        messages.error(request, f"The document is too large: the limit is {limit} MB. Nothing was imported.")
        return redirect(request.path)
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": bad_requests.reason(exception)}, status=400)
    if isinstance(exception, DisallowedHost):  # the site's page builds links on the host refused
        return defaults.bad_request(request, exception)
    return render(request, "400.html", {"reason": bad_requests.reason(exception)}, status=400)


def view_on_site(request, content_type_id, object_id):
    """The admin's "View on site" (/admin/r/<content type>/<id>/) for what this person may read on
    the desk, else 404. Django's own redirect asks only that they be staff, and so named any
    object's public address to staff without a role: a draft briefing's is its slug, which says
    what the unpublished article is about. Wrapped by the admin site's `admin_view` (config/urls.py)."""
    try:
        content_type = ContentType.objects.get_for_id(int(content_type_id))
        obj = content_type.get_object_for_this_type(pk=object_id)
    except (ObjectDoesNotExist, ValidationError, ValueError, TypeError, OverflowError) as missing:
        raise Http404("No such object.") from missing
    model_admin = admin.site.get_model_admin(type(obj)) if admin.site.is_registered(type(obj)) else None
    if model_admin is None or not model_admin.has_view_permission(request, obj):
        raise Http404("No such object.")
    return contenttype_views.shortcut(request, content_type_id, object_id)
