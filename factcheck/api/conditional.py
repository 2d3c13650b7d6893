"""ETag and Last-Modified on the API's answers to GET and HEAD, and 304 to conditional requests.

The ETag is weak: a hash of the rendered answer and the media type it is rendered in, so any
change to what a caller would read changes it, whatever caused the change. Last-Modified is the
newest timestamp among the objects served (a view's `timestamps`), read from the objects already
loaded, so it costs no query. When both validators arrive, If-None-Match decides and
If-Modified-Since is ignored (RFC 9110 §13.2.2): only the ETag notices that an object *left* a
list (unpublished, deleted), because no remaining timestamp moves when that happens. Django's
get_conditional_response evaluates the preconditions.

Three rules keep If-Modified-Since from ever answering a stale 304. A list's Last-Modified also
counts when an object last joined or left it (a view's `membership_changed`), so a takedown or a
new public object moves it forward even though no remaining object changed. No Last-Modified is
sent while its second is still running: HTTP dates have one-second resolution, so a change later
in the same second would carry the same date (RFC 9110 §8.8.2.2); the ETag still serves. And a
caller's date later than this server's clock is ignored (caching.conditional): honoured, it would
304 every change made before it.
"""

import hashlib

from django.conf import settings
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from factcheck.caching.answers import gzip_accepted, gzip_answer
from factcheck.caching.conditional import conditional_response


def compress(request, response):
    """Gzip the answer for a caller who accepts it, whether or not the public cache keeps it (a
    token caller's, the schema, an address padded with `_=…`): the public cache alone gzipped, and a
    page of 200 claims went out as 400 KB. Not for a caller with a session: a cross-site page can
    make the browser send its cookie with a guessed query, and the compressed length would tell
    what the answer holds (BREACH). A token is never sent unless the caller's own code sends it."""
    patch_vary_headers(response, ["Accept-Encoding"])
    if gzip_accepted(request) and settings.SESSION_COOKIE_NAME not in request.COOKIES:
        gzip_answer(response)


def weak_etag(content, media_type):
    """A hash of the bytes a caller reads and their media type (the renderer's, not the Accept
    header's spelling of it: the same bytes keep one validator, whoever asks, as the public cache
    keeps one copy). Hashing the rendered answer, not a second, sorted encoding of its data, saves
    encoding a page twice (2–3 ms of the 10 ms a page of 100 claims costs); the renderers write
    the same data as the same bytes."""
    digest = hashlib.sha256(media_type.encode() + b"\n" + content).hexdigest()
    return f'W/"{digest[:40]}"'


class ConditionalGetMixin:
    """For DRF generic views: validators on every successful GET/HEAD, 304 when they match."""

    _served = ()
    _listing = False

    def membership_changed(self):
        """For lists: when an object last joined or left this list, or None where nothing can."""
        return None

    def timestamps(self, obj):
        """The times at which `obj`, as this view serves it, last changed. Views whose objects
        carry nested objects add the nested objects' times."""
        updated = getattr(obj, "updated_at", None)
        return [updated] if updated else []

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self._served = page if page is not None else ()
        self._listing = True
        return page

    def get_object(self):
        obj = super().get_object()
        self._served = (obj,)
        return obj

    def last_modified(self):
        times = [time for obj in self._served for time in self.timestamps(obj) if time]
        if self._listing:
            times.append(self.membership_changed())
        times = [time for time in times if time]
        if not times:
            return None
        newest = int(max(times).timestamp())
        return newest if newest < int(timezone.now().timestamp()) else None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        renderer = getattr(response, "accepted_renderer", None)
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or getattr(response, "data", None) is None
            or renderer is None
            or renderer.media_type.startswith("text/html")  # the browsable API: for people, not caches
        ):
            return response
        etag = weak_etag(response.render().content, renderer.media_type)
        last_modified = self.last_modified()
        response["ETag"] = etag
        compress(request, response)
        etag = response["ETag"]  # a gzipped answer's own validator (answers.gzip_answer)
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified)
        # Callers revalidate every time (cheap with the validators); what staff read stays private.
        patch_vary_headers(response, ["Accept", "Authorization"])
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, no_cache=True)
        return conditional_response(
            request, etag=etag, last_modified=last_modified, response=response, json_errors=True
        )
