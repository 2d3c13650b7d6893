"""An anonymous visitor reading everything the site answers, and what it must not find.

The addresses come from the URLconf: every pattern outside the desk and the sign-in pages, each
filled with every object of the newsroom it can name (the browsable API, which renders the same
JSON as a page, with one at random) and with one that never existed, the *probe*; every API list
with each filter its viewset declares and its pages followed to the end; the search page and
each text filter asked for unpublished words; and the links the answers give (pages, sitemap,
feeds). HEAD is asked once for each URL pattern and status in a run. A pattern whose parameters
the crawl cannot fill stops the test with a message saying so: a new public address is never
skipped silently.

Each answer (status, headers, the body as sent, with HTML entities, JSON and percent escapes
undone, and JSON and JSON-LD read back) is searched for markers. No secret marker may appear but
one the request itself carried (a search page repeats its query). An address that names an
unpublished object, or searches for an unpublished word, must answer exactly as the probe does,
same status and same body, so that it tells nothing, not even that the object or word exists.
"""

import functools
import html
import json
import random
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

import django_filters
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, URLResolver, get_resolver, resolve, reverse

from .newsroom import MARKER

# The review desk and the staff sign-in (tests/admin, tests/accounts) show anonymous visitors
# nothing but a sign-in form.
SKIPPED = ("admin/", "accounts/")
STAFF_ONLY = {  # must answer anonymous visitors as for nothing
    "claim-preview",
    "briefing-preview",
    "briefing-revision-preview",
}
OBJECTS = {  # the resource an address names (its URL name's first word) -> the newsroom's objects
    "briefing": "briefings",
    "claim": "claims",
    "claimreview": "claims",
    "statement": "statements",
    "source": "sources",
    "rating": "ratings",
}
FIXED_PARAMETERS = {"format": "api"}  # the browsable API
UNNAMED = {"rest": "/api/no-such-endpoint/"}  # the API's catch-all 404
SEARCH_PAGES = {"search": "q"}  # public pages that search, and their parameter
EVERYTHING = [  # a value each kind of filter reads as "all of them"
    (django_filters.DateTimeFilter, "2000-01-01T00:00:00Z"),
    (django_filters.DateFilter, "2000-01-01"),
    (django_filters.NumberFilter, "0"),
]
CHOICES = 2  # values each choice filter is asked, chosen at random
# Pages link to the host they were asked on; the sitemap and the feeds to the newsroom's address
# (the Site follows FACTDESK_NEWSROOM_URL).
SITE = rf"(?:https?://(?:testserver|{re.escape(urlsplit(settings.FACTDESK_NEWSROOM_URL).netloc)}))?"
SCALE_PAGES = ("/api/v1/ratings", "/standards/rating-scale/")  # the rating scale itself, as it stands
LINK = re.compile(  # a link to this site in a page, the sitemap or a feed, or the API's next page
    rf'(?:href|src)="{SITE}(/[^"]*)"|<(?:loc|link)>{SITE}(/[^<]*)<|"next":"{SITE}(/[^"]*)"'
)
TOKENS = re.compile(r"""(csrfmiddlewaretoken" value="|"csrfToken": ")[^"]*""")


def _lists_the_scale(url, response):
    """A page of the rating scale as it stands, or a claims filter's refusal of a `rating` slug,
    which lists the scale's slugs to choose from as the scale's own pages do."""
    parts = urlsplit(url)
    if parts.path.startswith(SCALE_PAGES):
        return True
    return response.status_code == 400 and "rating" in parse_qs(parts.query)


@dataclass(frozen=True)
class Route:
    name: str  # with its namespace, e.g. "api:claim-detail"
    parameters: tuple
    pattern: str  # as written in the URLconf, e.g. "api/^claims/(?P<pk>[1-9][0-9]{0,17})/$"

    @property
    def resource(self):
        return self.name.rpartition(":")[2].split("-")[0]


def routes(resolver=None, namespace="", parameters=(), prefix=""):
    """Every URL pattern outside the desk and the sign-in pages, with its name and parameters."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        names = (*parameters, *pattern.pattern.regex.groupindex)
        written = prefix + str(pattern.pattern)
        if written.startswith(SKIPPED):
            continue
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from routes(pattern, inner, names, written)
        else:
            yield Route(f"{namespace}{pattern.name}" if pattern.name else "", names, written)


@functools.cache
def public_routes():
    return list(routes())


def object_key(route):
    """The parameter naming an object, if the pattern has one."""
    return next((name for name in ("pk", "slug") if name in route.parameters), None)


def unfillable(route):
    """Why the crawl cannot fill `route`'s parameters, or None when it can."""
    known = set(UNNAMED) if not route.name else {"pk", "slug", "number", *FIXED_PARAMETERS}
    unknown = set(route.parameters) - known
    if unknown or (route.name and object_key(route) and route.resource not in OBJECTS):
        return (
            f"The leak crawl cannot fill the parameters {sorted(unknown) or route.parameters} of "
            f"{route.pattern}: teach tests/security/crawl.py what they name."
        )
    return None


@dataclass
class Problems:
    leaks: list = field(default_factory=list)
    seen: set = field(default_factory=set)

    def add(self, url, message):
        self.leaks.append(f"{url}: {message}")


def readings(response):
    """The answer as a reader or a program may read it: headers, body, and the body decoded."""
    body = response.content.decode("utf-8", "replace")
    headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
    texts = [headers, body, html.unescape(body), unquote(body)]
    texts.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), body))
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    if "json" in response.get("Content-Type", ""):
        blocks.append(body)
    for block in blocks:
        try:
            texts.append(json.dumps(json.loads(block), ensure_ascii=False))
        except ValueError:
            texts.append(block)
    return "\n".join(texts)


def markers_in(text):
    return set(re.findall(rf"(?=({MARKER.pattern}))", text))


class Crawl:
    """One anonymous visitor's crawl of a newsroom; `problems` collects what it found."""

    def __init__(self, newsroom, heads):
        self.newsroom = newsroom
        self.client = Client()
        self.secret = newsroom.secret
        self.scale_only = newsroom.scale_only
        self.problems = Problems()
        self.answers = {}  # url -> (status, body)
        self.heads = heads  # (URL pattern, status) already asked with HEAD, in this run
        self.queue = []
        self.random = random.Random(newsroom.probe)

    # -- fetching and reading -----------------------------------------------------------------

    def fetch(self, url):
        """GET `url` (once) and HEAD it, read both for markers, and queue the links given."""
        if url in self.answers:
            return self.answers[url]
        response = self.client.get(url)
        self.read(url, response)
        self.head(url, response.status_code)
        body = response.content.decode("utf-8", "replace")
        self.answers[url] = (response.status_code, body)
        listing = "xml" in response.get("Content-Type", "")  # the sitemap and the feeds
        self.queue += [(link, listing) for link in self.links(url, body)]
        return self.answers[url]

    def head(self, url, status):
        """HEAD, for the first address of each URL pattern that answers with this status in the
        run: the same view answers it as GET, without the body."""
        path = urlsplit(url).path
        try:
            shape = (resolve(path).route, status)
        except Resolver404:
            shape = (path, status)
        if shape in self.heads:
            return
        self.heads.add(shape)
        head = self.client.head(url)
        self.read(url, head)
        if head.status_code != status:
            self.problems.add(url, f"HEAD answers {head.status_code}, GET {status}")

    def links(self, url, body):
        """The links an answer gives that the crawl follows: those of the site's pages, sitemap
        and feeds, and the API's `next` pages (the browsable API's many links to itself aside)."""
        links = [next(filter(None, groups)) for groups in LINK.findall(body)]
        if url.startswith("/api/"):
            return [link for link in links if "cursor=" in link or "page=" in link]
        return links

    def read(self, url, response):
        found = markers_in(readings(response)) - markers_in(unquote(url))  # what it was asked aside
        self.problems.seen |= found
        for marker in sorted(found & self.secret):
            self.problems.add(url, f"shows {self.newsroom.describe(marker)} ({marker})")
        if not _lists_the_scale(url, response):
            for marker in sorted(found & self.scale_only):
                self.problems.add(
                    url, f"shows {self.newsroom.describe(marker)}, which no public verdict carries"
                )

    def expect(self, url, statuses):
        status, _ = self.fetch(url)
        if status not in statuses:
            self.problems.add(url, f"answers {status}, expected {' or '.join(map(str, statuses))}")

    def same_as(self, url, probe, replace=()):
        """`url` must answer exactly as `probe`, an address naming nothing that exists."""
        status, body = self.fetch(url)
        probe_status, probe_body = self.fetch(probe)
        body = TOKENS.sub(r"\1", body).replace(url, probe)
        for old, new in replace:
            body = body.replace(old, new)
        if (status, body) != (probe_status, TOKENS.sub(r"\1", probe_body)):
            self.problems.add(
                url, f"answers unlike {probe} ({status} and {probe_status}): it gives away what it names"
            )

    # -- what to read -------------------------------------------------------------------------

    def run(self):
        for route in public_routes():
            self.visit(route)
        while self.queue:
            self.follow(*self.queue.pop())
        return self.problems

    def follow(self, link, listed):
        """Read a link an answer gave; what the sitemap and the feeds list must be readable."""
        path = html.unescape(link).partition("#")[0]
        if listed:
            self.expect(path, (200,))
        elif path and not path.startswith(("/admin/", "/accounts/", "/static/")):
            self.fetch(path)

    def visit(self, route):
        problem = unfillable(route)
        if problem:
            raise LookupError(problem)
        if not route.name:  # reverse() cannot build it
            for name in route.parameters or [None]:
                self.fetch(UNNAMED[name] if name else "/" + route.pattern)
            return
        fixed = {name: FIXED_PARAMETERS[name] for name in route.parameters if name in FIXED_PARAMETERS}
        key = object_key(route)
        if key is None:
            self.read_list(reverse(route.name, kwargs=fixed), route)
            return
        for value in self.keys(route, OBJECTS[route.resource]):
            for number in self.numbers(route, value) if "number" in route.parameters else [None]:
                self.visit_object(route, key, value, number, fixed)

    def keys(self, route, objects):
        """Every object of the kind; for the browsable API (a `format`), which renders the JSON
        answer as a page, one at random."""
        keys = list(getattr(self.newsroom, objects))
        return keys if "format" not in route.parameters else [self.random.choice(keys)]

    def numbers(self, route, key):
        """Every published version of claim `key`, or every revision of briefing `key`, and the
        one after the last."""
        if OBJECTS[route.resource] == "briefings":
            return range(1, self.newsroom.revisions[key] + 2)
        return range(1, self.newsroom.claims[key][1] + 2)

    def visit_object(self, route, key, value, number, fixed):
        kwargs = {**fixed, key: value, **({"number": number} if number else {})}
        url = reverse(route.name, kwargs=kwargs)
        probe_value = self.newsroom.probe if key == "slug" else 10**6
        probe = reverse(route.name, kwargs={**kwargs, key: probe_value})
        fate = self.fate(route, value, number)
        if fate is None:
            self.same_as(url, probe, replace=[(value, probe_value)] if key == "slug" else ())
        else:
            self.expect(url, fate)

    def fate(self, route, key, number):
        """The statuses `route` may answer for object `key`; None: it must answer as for nothing."""
        newsroom = self.newsroom
        objects = OBJECTS[route.resource]
        if route.name in STAFF_ONLY:
            return None
        if objects == "claims":
            if newsroom.claim_is_public(key):
                return (200,) if number is None or number <= newsroom.claims[key][1] else (404,)
            return (410,) if newsroom.claim_is_gone(key) else None
        if objects in ("briefings", "statements"):
            status = getattr(newsroom, objects)[key]
            if status == "published" and number is not None and number > newsroom.revisions[key]:
                return (404,)  # a revision after the last
            return {"published": (200,), "withdrawn": (410,)}.get(status)
        if objects == "sources":
            return (200,) if newsroom.sources[key] else None
        return (200,)  # the rating scale

    # -- lists, filters and searches ----------------------------------------------------------

    def hidden_words(self, slugs=False, scale=True):
        """Words no answer may show (unpublished text, or rating text no public verdict carries);
        for filters that read slugs, slugs. Without `scale`, not the scale's own words: a filter
        by rating takes any slug on the scale (the ratings list is public), and refuses others."""
        hidden = sorted(self.secret | self.scale_only if scale else self.secret)
        return [word for word in hidden if "slug" in self.newsroom.describe(word)] if slugs else hidden

    def one_of_each_kind(self, words):
        """A word of each kind of text among `words` ("a revised rationale", "a statement", ...)."""
        kinds = {}
        for word in words:
            kinds.setdefault(self.newsroom.describe(word), []).append(word)
        return [self.random.choice(kinds[kind]) for kind in sorted(kinds)]

    def page_words(self):
        """For a search page: a hidden word of every kind, and one published word (the results
        page shows what it finds its own way)."""
        published = sorted(self.newsroom.public)
        return self.one_of_each_kind(self.hidden_words()) + self.random.sample(published, 1)

    def filter_words(self, slugs, scale=True):
        """For an API filter: two hidden words, one written on a claim or source readers see as
        published (a revision waiting for review), one anywhere else, each of a kind chosen at
        random so that rare kinds come up as often as common ones. (The list, unfiltered,
        already shows what a published word would find.)"""
        words = []
        hidden = self.hidden_words(slugs, scale)
        on_public = [word for word in hidden if self.newsroom.owner_is_public(word)]
        for group in (on_public, [word for word in hidden if word not in on_public]):
            kinds = self.one_of_each_kind(group)
            words += self.random.sample(kinds, min(1, len(kinds)))
        return words

    def read_list(self, url, route):
        self.fetch(url)
        if route.name in SEARCH_PAGES:
            self.search(url, SEARCH_PAGES[route.name], self.page_words())
        view = resolve(urlsplit(url).path).func
        if getattr(view, "actions", {}).get("get") != "list" or "format" in route.parameters:
            return  # filters are read once, as JSON
        viewset = view.cls
        self.fetch(f"{url}?page_size=1")
        if viewset.offers_unpublished:
            self.expect(f"{url}?include=unpublished", (401,))
        filterset = getattr(viewset, "filterset_class", None)
        filters = filterset.base_filters if filterset else {}
        for name, filter_ in filters.items():
            everything = [value for kind, value in EVERYTHING if isinstance(filter_, kind)]
            if everything:
                self.fetch(f"{url}?{urlencode({name: everything[0], 'page_size': 1})}")
            elif isinstance(filter_, django_filters.ChoiceFilter):
                for value, _ in self.random.sample(filter_.extra["choices"], CHOICES):
                    self.fetch(f"{url}?{urlencode({name: value})}")
            else:
                field = filter_.field_name or ""
                slugs = field.endswith("slug")
                words = self.filter_words(slugs, scale="rating" not in field)
                self.search(url, name, words, known=self.withdrawn_slugs() if slugs else ())

    def withdrawn_slugs(self):
        """Withdrawn briefings' slugs: known to the public (their pages answer 410 with a notice),
        so a filter by one may answer otherwise than for a slug nobody has; what it shows is
        still read for hidden words."""
        return {slug for slug, status in self.newsroom.briefings.items() if status == "withdrawn"}

    def search(self, url, parameter, words, known=()):
        """Searching for a word no answer may show must answer as searching for a word nobody
        wrote, unless the word is `known` to the public as a name (not as text to show)."""
        probe = f"{url}?{urlencode({parameter: self.newsroom.probe})}"
        for word in words:
            asked = f"{url}?{urlencode({parameter: word})}"
            if word in self.newsroom.public or word in known:
                self.fetch(asked)
            else:
                self.same_as(asked, probe, replace=[(word, self.newsroom.probe)])
