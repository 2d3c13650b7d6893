"""`lang` attributes for an article's own words, so that screen readers and hyphenation read a
German article in German on an English site; the site's words inside it go back to the site's
language."""

from django import template
from django.conf import settings
from django.utils.html import format_html

from briefings.importers.language import primary_language

register = template.Library()


def _differs(briefing):
    """The briefing's language when it is set and not the site's (LANGUAGE_CODE's primary subtag)."""
    language = (briefing.language or "").strip()
    primary = primary_language(language)
    return language if primary and primary != primary_language(settings.LANGUAGE_CODE) else ""


@register.filter
def article_lang(briefing):
    """` lang="de"` for the element holding the article's text, or nothing."""
    language = _differs(briefing)
    return format_html(' lang="{}"', language) if language else ""


@register.filter
def site_lang(briefing):
    """` lang="en"` for the site's words inside an element marked with `article_lang`, or nothing."""
    return format_html(' lang="{}"', primary_language(settings.LANGUAGE_CODE)) if _differs(briefing) else ""
