"""What every endpoint of the API shares: read-only, throttled, paginated, filtered, with ETags,
refusing unpublished work to whoever may not read it, and answering 410 Gone after a takedown."""

import contextlib

from django.http import Http404
from rest_framework import exceptions, viewsets
from rest_framework.permissions import SAFE_METHODS
from rest_framework.renderers import BrowsableAPIRenderer

from briefings.converters import ID_PATTERN
from factcheck.rules import may_read_unpublished

from . import filters, pagination, withdrawals
from .cached import CachedAPIMixin
from .conditional import ConditionalGetMixin
from .ordering import StrictOrderingFilter
from .permissions import ReadOnly
from .renderers import APIJSONRenderer
from .schema import UNPUBLISHED, APISchema
from .throttling import AnonThrottle, UserThrottle


class ReadOnlyAPI:
    """What every DRF view under /api/ shares: read-only and throttled.

    Every method but GET, HEAD and OPTIONS answers 405, for every caller: refused before
    authentication, permissions and throttles run, so no role sees a 401, 403 or 429 instead."""

    permission_classes = [ReadOnly]
    throttle_classes = [AnonThrottle, UserThrottle]
    # Only the viewsets are described (APIViewSet.schema): the root, schema and docs views are
    # left out, and would otherwise get DRF's own AutoSchema, which drf-spectacular refuses.
    schema = None

    def initial(self, request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            # Settle who is asking now: the error page (the browsable API's, say) asks later, and
            # a bad token or a missing CSRF token must not turn the 405 into an error. On failure
            # DRF has already made the caller anonymous.
            with contextlib.suppress(exceptions.APIException):
                request.user  # noqa: B018
            raise exceptions.MethodNotAllowed(request.method)
        self._count_a_refused_caller(request)
        super().initial(request, *args, **kwargs)

    def _count_a_refused_caller(self, request):
        """A token the API refuses (unknown, malformed, its owner inactive) ended the request with
        a 401 before any throttle counted it, so a script could send them without limit. Such a
        caller is counted as the anonymous caller it is (DRF made it one), by its address: past
        API_ANON_RATE it is told to wait (429) as a plain anonymous caller would be."""
        try:
            request.user  # noqa: B018
        except exceptions.AuthenticationFailed:
            self.check_throttles(request)
            raise


class RefusesInJSON:
    """For the API's views that answer in another media type (the schema's YAML, Swagger UI's
    page): their refusals (404, 405, 406, 429, …) in JSON, as everywhere under /api/. Their own
    renderers wrote a 405 as a YAML dump of DRF's error objects (`string:`, `code:`) or as a line
    of text/html."""

    def handle_exception(self, exc):
        self.request.accepted_renderer = APIJSONRenderer()
        self.request.accepted_media_type = APIJSONRenderer.media_type
        return super().handle_exception(exc)


class APIViewSet(ReadOnlyAPI, CachedAPIMixin, ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """GET, HEAD and OPTIONS only; paginated, filtered, ordered, with ETag and Last-Modified;
    anonymous answers from the public cache once the throttles have counted."""

    schema = APISchema()
    renderer_classes = [APIJSONRenderer, BrowsableAPIRenderer]  # DRF's two, its JSON written faster
    filter_backends = [filters.FilterBackend, StrictOrderingFilter]
    pagination_class = pagination.PagePagination
    lookup_value_regex = ID_PATTERN  # as the site writes a number: one address per object
    offers_unpublished = True  # whether ?include=unpublished means anything on this endpoint
    include_unpublished = False  # whether this request asked for it, and may have it

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self._refuse_repeated(request)
        self.include_unpublished = self._asks_for_unpublished(request)
        self.look_up_cached_answer(request)

    def _refuse_repeated(self, request):
        """400 for a parameter this endpoint reads given twice with different values: the query
        dictionary keeps the last, and the others were dropped without a word. The same value
        twice reads as once; a parameter the endpoint does not read (`_=…`) may repeat."""
        repeated = sorted(
            name for name in self.query_parameters() if len(set(request.query_params.getlist(name))) > 1
        )
        if repeated:
            raise exceptions.ValidationError(
                {name: ["Given more than once with different values: give it once."] for name in repeated}
            )

    def _asks_for_unpublished(self, request):
        value = request.query_params.get("include", "")
        if not self.offers_unpublished or value == "":
            return False
        if value != UNPUBLISHED:
            raise exceptions.ValidationError({"include": [f"The only value is “{UNPUBLISHED}”."]})
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated(
                "Sign in as a checker, editor or admin (session or token) to include unpublished work."
            )
        if not may_read_unpublished(request.user):
            raise exceptions.PermissionDenied(
                "Only the desk's checkers, editors and admins may include unpublished work."
            )
        return True

    withdrawable = False  # whether a takedown can remove this endpoint's objects (410 Gone)
    object_name = ""  # what a detail is, in the API's words, for its 404: "claim review"

    def gone(self):
        """For a detail the caller cannot read: the withdrawn briefing that took it down, if any."""
        return None

    def get_object(self):
        """404 for what was never public; 410 Gone, with a JSON notice, for what a takedown removed."""
        try:
            return super().get_object()
        except Http404:
            briefing = None if self.include_unpublished else self.gone()
            if briefing is not None:
                raise withdrawals.Gone(briefing) from None
            # Django's "No ClaimVersion matches the given query." names a model, not an object
            # of the API.
            raise exceptions.NotFound(f"No such {self.object_name or self.basename}.") from None
