"""The API's own pages: its root, the OpenAPI schema, Swagger UI and the JSON 404."""

import threading

from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, resolve
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.settings import patched_settings, spectacular_settings
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import routers
from rest_framework.response import Response

from ..bases import ReadOnlyAPI, RefusesInJSON
from ..conditional import ConditionalGetMixin


class APIRootView(ReadOnlyAPI, ConditionalGetMixin, routers.APIRootView):
    """Factdesk's read-only API. Schema: /api/schema/ · interactive docs: /api/docs/."""


_schema_generation = threading.Lock()
_schemas = {}  # API version -> the generated schema, once per process


class SchemaView(RefusesInJSON, ReadOnlyAPI, ConditionalGetMixin, SpectacularAPIView):
    """The OpenAPI schema, generated once per process and under a lock: drf-spectacular's
    generator keeps global state, and two threads generating at once failed ("Schema generation
    REQUIRES a view instance"). The schema depends on the code, not on the request; its ETag
    lets a client that keeps it (a code generator, a validator) ask again for a 304."""

    # drf-spectacular's SERVE_PERMISSIONS (AllowAny), as ever: writes got their 405 already.
    permission_classes = spectacular_settings.SERVE_PERMISSIONS

    def get(self, request, *args, **kwargs):
        """drf-spectacular's, without `?lang=`: Django keeps a translation for every language
        ever activated, so each made-up name grew the worker's memory for good, and the schema,
        kept once per worker, is in English whoever asks first
        (tests/api/test_schema_lang_parameter.py)."""
        with patched_settings(self.custom_settings):
            return self._get_schema_response(request)

    def _get_schema_response(self, request):
        version = self.api_version or request.version or self._get_version_parameter(request)
        with _schema_generation:
            if version not in _schemas:
                generator = self.generator_class(
                    urlconf=self.urlconf, api_version=version, patterns=self.patterns
                )
                _schemas[version] = generator.get_schema(request=request, public=self.serve_public)
        filename = self._get_filename(request, version)
        return Response(
            data=_schemas[version], headers={"Content-Disposition": f'inline; filename="{filename}"'}
        )

    def _get_version_parameter(self, request):
        """None, whatever `?version=` says: the API has one version, named in its paths, and no
        versioning scheme, so drf-spectacular took any value, echoed it into `info.version` and
        the file name (a line break: a 500; a quotation mark: the name's end) and generated and
        kept one more schema for each (tests/api/test_schema_version_parameter.py)."""
        return None


class SwaggerView(RefusesInJSON, ReadOnlyAPI, SpectacularSwaggerSplitView):
    """Swagger UI with its set-up script served from its own URL, so the page runs under a
    Content-Security-Policy that allows no inline script. The page is HTML; its refusals are
    JSON, as every API error."""

    def options(self, request, *args, **kwargs):
        """No metadata to describe for a page (DRF's answer would need a template it has not
        got): say which methods it takes."""
        return HttpResponse(status=200, headers={"Allow": ", ".join(self.allowed_methods)})

    permission_classes = spectacular_settings.SERVE_PERMISSIONS


@csrf_exempt
def not_found(request, rest=""):
    """Anything else under /api/: JSON 404 rather than the site's HTML page, after trying the
    address with a trailing slash as Django's APPEND_SLASH would."""
    if request.method in ("GET", "HEAD") and not request.path_info.endswith("/"):
        try:
            match = resolve(request.path_info + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(request.path + "/" + (f"?{query}" if query else ""))
    return JsonResponse({"detail": "Not found."}, status=404)
