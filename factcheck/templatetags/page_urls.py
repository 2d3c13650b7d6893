"""`{% page_url "feed-rss" %}`: the address of a page that takes no arguments, as `{% url %}` gives
it, reversed once per process instead of on every render. The base layout and the standards links
name fifteen such pages on every public page; reversing them was a sixth of the cheapest page's
time (docs/benchmarks.md, "The floor of an uncached page, cut").

An address depends only on the URLconf, the script prefix and the name, so those are the key: a
changed ROOT_URLCONF (override_settings) or a site served under another prefix gets its own.
"""

import functools

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()


@functools.lru_cache(maxsize=1024)
def _address(urlconf, prefix, name):
    """`name`'s address under `urlconf`, with `prefix` (the script prefix reverse() reads itself)."""
    return reverse(name, urlconf=urlconf)


def page_address(name):
    """The address of page `name`, which takes no arguments."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _address(urlconf, get_script_prefix(), name)


@receiver(setting_changed)
def forget_addresses(*, setting, **kwargs):
    """A changed URLconf may name the same module with other patterns (tests): reverse anew."""
    if setting == "ROOT_URLCONF":
        _address.cache_clear()


class PageURLNode(template.Node):
    def __init__(self, name):
        self.name = name

    def render(self, context):
        address = page_address(self.name)
        return conditional_escape(address) if context.autoescape else address


@register.tag
def page_url(parser, token):
    """`{% page_url "name" %}`: the name must be a quoted literal, so the addresses kept are the
    templates' own, a fixed few."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][:1] not in "'\"" or bits[1][0] != bits[1][-1] or len(bits[1]) < 3:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one quoted page name, with no arguments.")
    return PageURLNode(bits[1][1:-1])
