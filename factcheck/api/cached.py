"""The API's answers to anonymous callers, from the public cache (factcheck.caching).

Looked up inside the view, after authentication and the throttles: every request still counts
against its caller's rate, and a refused one is refused in JSON as ever. Only what the public may
read is stored: anonymous GETs, answered 200 (errors never are). A detail depends on its
briefing's generation, a list on every public change, the rating scale on the ratings.
"""

from rest_framework.settings import api_settings

from factcheck.caching.answers import depends_on, lookup, servable
from factcheck.caching.generations import PUBLIC, RATINGS, briefing

#: What a paginator may read of the query, whichever of DRF's paginators it is.
PAGING = ("page_query_param", "cursor_query_param", "page_size_query_param")


def variant(request):
    """What an answer's bytes depend on besides its address: the renderer negotiated and the
    indent it writes with. Not the Accept header as sent: "*/*", "application/json" and
    "application/json, text/plain, */*" are the same bytes, and a header varied without end must
    not be kept without end."""
    renderer = request.accepted_renderer
    get_indent = getattr(renderer, "get_indent", None)
    indent = get_indent(request.accepted_media_type, {}) if get_indent else None
    return f"{renderer.format}; indent={indent}"


class CachedAnswer(Exception):
    """A stored answer, found after the throttles: handed back as the view's response."""

    def __init__(self, response):
        super().__init__("served from the public cache")
        self.response = response


class CachedAPIMixin:
    """For APIViewSet: a hit short-circuits the view as an exception would; a 200 names what it
    depends on, for the public cache middleware to store it."""

    on_ratings = False  # the rating scale's endpoint: depends on the ratings alone

    def briefing_of(self, obj):
        """The briefing a detail's object belongs to, or None when it belongs to no one briefing."""
        return None

    def look_up_cached_answer(self, request):
        if self.include_unpublished or request.user.is_authenticated or not servable(request._request):
            return
        hit = lookup(request._request, variant=variant(request))
        if hit is not None:
            raise CachedAnswer(hit)

    def handle_exception(self, exc):
        if isinstance(exc, CachedAnswer):
            return exc.response
        return super().handle_exception(exc)

    def _dependencies(self):
        if self.on_ratings:
            return [RATINGS]
        served = getattr(self, "_served", ())
        owner = self.briefing_of(served[0]) if self.action == "retrieve" and len(served) == 1 else None
        return [PUBLIC] if owner is None else [briefing(owner)]

    def query_parameters(self):
        """Every query parameter this endpoint reads: an answer to an address naming any other is
        not kept (caching.answers), so nobody fills the store by padding an address (`?x=1`)."""
        names = {api_settings.URL_FORMAT_OVERRIDE, "include"}
        if not self.detail:
            filterset = getattr(self, "filterset_class", None)
            names |= set(filterset.base_filters) if filterset is not None else set()
            names |= {getattr(self.paginator, attr, None) for attr in PAGING} - {None}
            names |= {
                backend.ordering_param
                for backend in self.filter_backends
                if hasattr(backend, "ordering_param")
            }
            names |= {
                parameter.name for parameter in getattr(self, "schema_parameters", {}).get(self.action, ())
            }
        return names

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200 and getattr(response, "data", None) is not None:
            depends_on(request._request, *self._dependencies(), query=self.query_parameters())
        return response
