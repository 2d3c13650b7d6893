"""The bench server's URLs: the site's own, plus /bench/baseline/, a fixed small response that
measures what Django itself costs per request on the same server. Only bench/settings.py uses this
module; config.urls never includes it, so production has no such page."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler400, handler500  # noqa: F401
from config.urls import urlpatterns as site

BASELINE = "/bench/baseline/"


def baseline(request):
    return HttpResponse("Hello from Django.\n", content_type="text/plain")


urlpatterns = [path(BASELINE.strip("/") + "/", baseline, name="bench-baseline"), *site]
