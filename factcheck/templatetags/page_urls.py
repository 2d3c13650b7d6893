"""`{% page_url "feed-rss" %}`: the address of a page that takes no arguments, as `{% url %}` gives
it, reversed once per process instead of on every render. The base layout and the standards links
name fifteen such pages on every public page; reversing them was a sixth of the cheapest page's
time (docs/benchmarks.md, "The floor of an uncached page, cut").

An address depends only on the URLconf, the script prefix and the name, so those are the key: a
changed ROOT_URLCONF (override_settings) or a site served under another prefix gets its own. Both
are thread-locals that cost more to read (4 µs) than the address itself, so a request reads them
once, for its first address, and keeps the addresses found under them on itself.
"""

import functools

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()

#: Where a request keeps the addresses of its URLconf and script prefix.
KEPT_ON_REQUEST = "_page_addresses"


@functools.lru_cache(maxsize=64)
def _addresses(urlconf, prefix):
    """{name: (address, escaped address)} under `urlconf` and `prefix`, filled as names are asked for."""
    return {}


def _current_addresses(context):
    request = getattr(context, "request", None)
    found = getattr(request, KEPT_ON_REQUEST, None)
    if found is None:
        found = _addresses(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
        if request is not None:
            setattr(request, KEPT_ON_REQUEST, found)
    return found


@receiver(setting_changed)
def forget_addresses(*, setting, **kwargs):
    """A changed URLconf may name the same module with other patterns (tests): reverse anew."""
    if setting == "ROOT_URLCONF":
        _addresses.cache_clear()


class PageURLNode(template.Node):
    def __init__(self, name):
        self.name = name

    def render(self, context):
        found = _current_addresses(context)
        pair = found.get(self.name)
        if pair is None:
            address = reverse(self.name)
            pair = found[self.name] = (address, conditional_escape(address))
        return pair[1] if context.autoescape else pair[0]


@register.tag
def page_url(parser, token):
    """`{% page_url "name" %}`: the name must be a quoted literal, so the addresses kept are the
    templates' own, a fixed few."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][:1] not in "'\"" or bits[1][0] != bits[1][-1] or len(bits[1]) < 3:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one quoted page name, with no arguments.")
    return PageURLNode(bits[1][1:-1])
