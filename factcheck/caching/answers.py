"""Storing and serving public answers under their dependencies' generations.

An answer is stored for one address (scheme, host, path and query, as the site writes them; for
the API also the renderer negotiated; whether the reader accepts gzip; and the settings that shape
its headers) as its status, headers and body, with the tokens of what it depends on. It is served
while those tokens stand, with the headers it was first sent with, so a hit and a miss look
alike. To readers who accept gzip (every browser) it is stored and sent gzipped, so a hit sends a
seventh of the bytes and compresses nothing.

Who may be served one: GET and HEAD without a session or messages cookie and without an
Authorization header, i.e. a reader who is not signed in and has nothing waiting for them. What is
stored: answers whose view declared their dependencies (`depends_on`), with status 200 or 410, that
set no cookie. Everything else (staff, previews, the admin, sign-in and every form with a CSRF
token, POSTs, errors) passes by untouched.
"""

import functools
import hashlib
import logging
import pprint
import re

from django.conf import settings
from django.core.exceptions import TooManyFieldsSent
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.http import parse_http_date_safe
from django.utils.text import compress_string

from . import generations
from .conditional import conditional_response
from .generations import SITE, WRITES
from .recent import RecentAnswers

STORED_STATUSES = {200, 410}
MESSAGES_COOKIE = "messages"
CSRF_SENT = "CSRF_COOKIE_NEEDS_UPDATE"  # in META once a page asked for a CSRF token
GZIP_CODINGS = ("gzip", "x-gzip")  # x-gzip: the same coding (RFC 9110 §8.4.1.3)
GZIP_FROM = 200  # bytes: below this gzip saves nothing (GZipMiddleware's threshold)
logger = logging.getLogger(__name__)
ZERO_PADDED = re.compile(r"0[0-9]+")  # "01": a number as the site never writes it


def servable(request):
    """A reader the public cache may answer: not signed in, nothing waiting for them."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def depends_on(request, *names, query=None):
    """The view's answer to `request` shows `names` (generations) and may be stored; `query`
    lists the query parameters the view reads (None: any), so that an address padded with others
    is not stored once per padding."""
    request.public_dependencies = (names, query)


def gzip_accepted(request):
    """Whether Accept-Encoding names gzip with a weight above 0 (RFC 9110 §12.5.3: codings in any
    case, `q=0` refuses one). Django's GZipMiddleware only looks for the word, so a caller who
    sent `gzip;q=0` was sent gzip, and one who wrote `GZIP` was not."""
    for coding in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, *parameters = (part.strip().lower() for part in coding.split(";"))
        if name in GZIP_CODINGS:
            return _weight(parameters) > 0
    return False


def _weight(parameters):
    """The `q` among a coding's parameters, 1 when it is missing or unreadable."""
    for parameter in parameters:
        key, _, value = parameter.partition("=")
        if key.strip() == "q":
            try:
                return float(value.strip())
            except ValueError:
                return 1.0
    return 1.0


@functools.cache
def header_settings():
    """A digest of the settings the middleware outside the cache read to make their headers
    (security, CSP, Permissions-Policy) and of the middleware list itself, and of the newsroom's
    address (the base of the absolute links in feeds, sitemap and ClaimReview) and name (the
    masthead, the feeds' titles, ClaimReview's author): stored answers are
    served only while these stand."""
    names = sorted(
        name
        for name in dir(settings)
        if name.startswith(("SECURE_", "CONTENT_SECURITY_POLICY", "PERMISSIONS_POLICY", "MIDDLEWARE"))
        or name in ("FACTDESK_NEWSROOM_URL", "FACTDESK_NEWSROOM_NAME")
    )
    shown = pprint.pformat([(name, getattr(settings, name)) for name in names])  # same in every worker
    return hashlib.sha256(shown.encode()).hexdigest()


@receiver(setting_changed)
def forget_header_settings(**kwargs):
    header_settings.cache_clear()
    _recent.cache_clear()


def address(request, variant=""):
    """Where the answer to `request` is kept. `variant` names what else its bytes depend on (the
    API's negotiated renderer: factcheck.api.cached), never a header as sent, which a caller may
    spell in endless ways for the same bytes."""
    encoding = "gzip" if gzip_accepted(request) else ""
    # The script name apart: the path is the script name and then what the URLconf resolved, so
    # `/x` + `/claims/1/` and "" + `/x/claims/1/` (no page) would share one address.
    script = request.META.get("SCRIPT_NAME", "")
    where = f"{request.scheme}://{request.get_host()}{request.get_full_path()}\n{script}"
    address = f"{where}\n{variant}\n{encoding}\n{header_settings()}"
    return "answer:" + hashlib.sha256(address.encode()).hexdigest()


def lookup(request, *, variant=""):
    """The stored answer for `request` if its dependencies stand (304 when the reader has it),
    else None. A hit costs two reads of the store: its dependencies' tokens (SITE's among them)
    when this worker remembers the answer (recent.py), else the answer with SITE, then the other
    dependencies. A miss then reads WRITES, before the view reads any data (see `keep`).

    A store that cannot be read (Redis down or timing out, a disk error, an entry that no longer
    unpickles) makes a miss that is not kept: the reader gets the page from the database, as
    if there were no cache, rather than an error page for a cache's failure."""
    where = address(request, variant)
    try:
        return _look_up(request, where)
    except Exception as error:  # whatever the backend raises: nothing was served
        logger.warning("The public cache could not be read (%s); answering from the database.", _named(error))
        request.public_cache = (where, None)  # rendered with its headers and ETag, never kept (`keep`)
        return None


def _named(error):
    return f"{type(error).__module__}.{type(error).__qualname__}: {error}"


def _look_up(request, where):
    entry = _recent().get(where)
    if entry is not None and generations.current(list(entry["tokens"])) == entry["tokens"]:
        return _served(request, entry)
    site = generations.key(SITE)
    found = generations.store().get_many([where, site])
    entry = found.get(where)
    if entry is not None and _stands(entry["tokens"], found.get(site)):
        _recent().remember(where, entry)
        return _served(request, entry)
    request.public_cache = (where, generations.store().get(generations.key(WRITES)))
    return None


@functools.cache
def _recent():
    return RecentAnswers(settings.FACTDESK_CACHE_RECENT_BYTES, settings.FACTDESK_CACHE_SECONDS)


def _served(request, entry):
    status, headers, content = entry["answer"]
    response = HttpResponse(content, status=status, headers=headers)
    modified = _last_modified(request, response)
    return conditional_response(request, etag=response.get("ETag"), last_modified=modified, response=response)


def _stands(tokens, site):
    others = [name for name in tokens if name != SITE]
    return (
        site is not None
        and tokens.get(SITE) == site
        and generations.current(others) == {name: tokens[name] for name in others}
    )


def _last_modified(request, response):
    """The API's Last-Modified, which it keeps safe for If-Modified-Since (api.conditional); the
    feeds' and sitemap's may move back when an item leaves, so only their ETag decides."""
    if request.path.startswith("/api/") and response.has_header("Last-Modified"):
        return parse_http_date_safe(response["Last-Modified"])
    return None


def _storable(request, response, query):
    """A nonce (`_csp_nonce`, django-csp's) is one reader's: a page that asked for one is not kept."""
    return (
        response.status_code in STORED_STATUSES
        and not response.streaming
        and not response.cookies
        and getattr(request, "_csp_nonce", None) is None
        and _written_as_the_site_writes(request, query)
        and _host_as_written(request)
    )


def _host_as_written(request):
    """Whether the Host header names the host as a client writes it: in lower case, without a
    final dot, with no port or the one this server listens on. An allowed host is allowed on any
    port and in any case, so `Host: example.org:1` … `:65535` would each be kept apart (the
    pages' links are built from the host asked for, so they cannot share one copy)."""
    host = request.get_host()
    domain, port = split_domain_port(host)
    return host == domain or host == f"{domain}:{request.META.get('SERVER_PORT')}"


def _written_as_the_site_writes(request, query):
    """Whether the address's query is one the site would write: only parameters the view reads
    (`query`; None: any), each once, percent-encoded as Django encodes it, no number padded with
    zeros. Any other spelling of an address (`?page=01`, `?rating=a&rating=b`, `?&`, `?%70age=2`)
    is answered but not kept, so nobody can fill the store by spelling one page many ways. Nor
    is an address of more parameters than Django reads (TooManyFieldsSent): raised here, outside
    the security and CSP middleware, its 400 went out without their headers."""
    try:
        given = request.GET
    except TooManyFieldsSent:
        return False
    return (
        (query is None or set(given) <= set(query))
        and all(len(given.getlist(name)) == 1 for name in given)
        and given.urlencode() == request.META.get("QUERY_STRING", "")
        and not any(ZERO_PADDED.fullmatch(value) for value in given.values())
    )


def _cache_headers(request, response):
    """A content hash for an ETag and, outside the API (which asks callers to revalidate every
    time), Cache-Control a CDN may follow: browsers revalidate (cheap: a 304 from this cache),
    shared caches keep it briefly, since a CDN cannot be told when a verdict changes. `Vary:
    Accept-Encoding` on every one, gzipped or not, so a CDN keeps the two apart."""
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    patch_vary_headers(response, ("Accept-Encoding",))
    if not response.has_header("Cache-Control"):
        seconds = settings.FACTDESK_CDN_MAX_AGE
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=seconds, stale_while_revalidate=seconds
        )


def gzip_answer(response):
    """The answer gzipped, with its own length and ETag (a validator names one encoding): public
    pages hold no secret (no CSRF token, nobody's data), so compression leaks nothing (BREACH)
    and needs none of GZipMiddleware's random padding, which would also change the ETag."""
    if len(response.content) < GZIP_FROM or response.has_header("Content-Encoding"):
        return
    compressed = compress_string(response.content)
    if len(compressed) >= len(response.content):
        return
    response.content = compressed
    response["Content-Length"] = str(len(compressed))
    response["Content-Encoding"] = "gzip"
    etag = response["ETag"]
    response["ETag"] = f'{etag[:-1]}-gzip"' if etag.endswith('"') else f"{etag}-gzip"


def keep(request, response):
    """Store `response` if the view declared its dependencies and it is storable; answer 304 when
    the reader already has it. Not stored if anything public changed while it was rendered."""
    declared = getattr(request, "public_dependencies", None)
    looked_up = getattr(request, "public_cache", None)
    if declared is None or looked_up is None:
        return response
    names, query = declared
    if not _storable(request, response, query):
        return response
    _cache_headers(request, response)
    if gzip_accepted(request):
        gzip_answer(response)
    if request.method == "GET":
        try:
            _store(request, response, names, looked_up)
        except Exception as error:  # the store failed: the answer is sent, not kept
            logger.warning("The public cache could not keep an answer (%s).", _named(error))
    return conditional_response(request, etag=response["ETag"], response=response)


def _store(request, response, names, looked_up):
    """Keep `response` under its dependencies' tokens, unless a change overlapped its rendering
    (WRITES moved) or a replica may have been behind."""
    where, writes_before = looked_up
    if writes_before is None:  # WRITES unknown (a new store, or one that could not be read)
        return
    tokens = generations.current([*names, SITE, WRITES])
    if tokens.pop(WRITES) != writes_before or _maybe_behind(request):
        return
    answer = (response.status_code, dict(response.items()), response.content)
    entry = {"tokens": tokens, "answer": answer}
    generations.store().set(where, entry, settings.FACTDESK_CACHE_SECONDS)
    _recent().remember(where, entry)


def _maybe_behind(request):
    """An answer read from a replica (config.replicas sets `reads_replica`) right after a change
    may show the data before it, under the tokens after it: such an answer is served, not stored,
    until the replica has had REPLICA_LAG_TOLERANCE seconds to catch up."""
    return getattr(request, "reads_replica", False) and generations.recently_written(
        settings.REPLICA_LAG_TOLERANCE
    )


def keep_private(request, response):
    """What staff read is theirs alone: never kept by a browser's shared neighbours or a CDN.
    Signed in by a session or, for the API, by a token (DRF leaves its user on the request): the
    browsable API's HTML sets no Cache-Control of its own (api.conditional). So is a page that
    carries a CSRF token (Django's `get_token` leaves CSRF_COOKIE_NEEDS_UPDATE in the request's
    META, which the CSRF middleware then sets back to False once it has sent the cookie): the token
    and the cookie sent with it are one visitor's, and the password-reset pages and the anonymous
    browsable API said nothing, so a CDN in front could hand one visitor's to everyone after them."""
    if CSRF_SENT in request.META and not response.has_header("Cache-Control"):
        add_never_cache_headers(response)
    signed_in = settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META
    if signed_in and not response.has_header("Cache-Control"):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
    return response


def public_answer(*names, query=()):
    """`depends_on` as a decorator, for views whose dependencies do not depend on what they read
    (the feeds, the sitemap)."""

    def decorate(view):
        @functools.wraps(view)
        def answer(request, *args, **kwargs):
            depends_on(request, *names, query=query)
            return view(request, *args, **kwargs)

        return answer

    return decorate
