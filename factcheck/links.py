"""Addresses that a page repeats for every item of a long list (a thousand claims in one
article), written from a pattern reversed once rather than by `reverse()` for each item: one
`reverse()` costs tens of microseconds, which a 5,000-statement article paid a thousand times over.
"""

import re
from functools import lru_cache

from django.conf import settings
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse

PLACEHOLDER = 2_147_483_647  # an id no pattern holds otherwise
SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # Django's slug converter


@lru_cache(maxsize=32)
def _pattern(resolver, prefix, name):
    """`name`'s address for PLACEHOLDER, split around it; the key changes whenever the URLconf
    (its resolver) or the script prefix does, so a test overriding either reads its own."""
    before, _, after = reverse(name, urlconf=resolver.urlconf_name, args=[PLACEHOLDER]).partition(
        str(PLACEHOLDER)
    )
    return before, after


def path_for(name, pk):
    """reverse(name, args=[pk]) for a URL pattern taking one integer."""
    before, after = _pattern(get_resolver(get_urlconf()), get_script_prefix(), name)
    return f"{before}{int(pk)}{after}"


def paths_for(name):
    """path_for(name, ·) with the pattern looked up once, for a page that writes hundreds: looking
    up the URLconf and script prefix (context-local) cost more than writing the address."""
    before, after = _pattern(get_resolver(get_urlconf()), get_script_prefix(), name)
    return lambda pk: f"{before}{int(pk)}{after}"


def slug_path_for(name, slug):
    """reverse(name, args=[slug]) for a URL pattern taking one slug (which reverse() would not
    quote); anything else goes through reverse()."""
    if not SLUG.fullmatch(slug):
        return reverse(name, args=[slug])
    before, after = _pattern(get_resolver(get_urlconf()), get_script_prefix(), name)
    return f"{before}{slug}{after}"


def absolute(path):
    """`path` on the newsroom's public site: FACTDESK_NEWSROOM_URL is the one base of absolute
    links (ClaimReview, feeds, sitemap, robots.txt), never a request's Host or the Site row."""
    return settings.FACTDESK_NEWSROOM_URL.rstrip("/") + path
