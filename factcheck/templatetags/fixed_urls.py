"""Addresses every page's layout names, found once per process instead of on every render (the
base layout and the standards links name fifteen pages and two static files: about a fifth of the
cheapest page's time, docs/benchmarks.md "The floor of an uncached page, cut").

`{% page_url "feed-rss" %}`: the address of a page that takes no arguments, as `{% url %}` gives it.

An address depends only on the URLconf, the script prefix and the name, so those are the key: a
changed ROOT_URLCONF (override_settings) or a site served under another prefix gets its own. Both
are thread-locals that cost more to read (4 µs) than the address itself, so a request reads them
once, for its first address, and keeps the addresses found under them on itself.

`{% static_url "factdesk/site.css" %}`: `{% static %}`, whose answer (the manifest's hashed name
under STATIC_URL) only changes with the settings, or with a new manifest, which a process reads
once when it starts anyway.
"""

import functools

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import StaticNode
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


@functools.lru_cache(maxsize=256)
def _static_address(path):
    return StaticNode.handle_simple(path)


@receiver(setting_changed)
def forget_addresses(**kwargs):
    """A changed setting (tests) may move any of them: a URLconf may name the same module with
    other patterns, static files may be stored or served otherwise."""
    _addresses.cache_clear()
    _static_address.cache_clear()


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


class StaticURLNode(StaticNode):
    def url(self, context):
        return _static_address(self.path.resolve(context))


@register.tag
def static_url(parser, token):
    """`{% static_url "path" %}` (or `... as name`), as `{% static %}` takes it."""
    return StaticURLNode.handle_token(parser, token)
