"""`lang` attributes for an article's own words, so that screen readers and hyphenation read a
German article in German on an English site; the site's words inside it go back to the site's
language. An article written right to left on a left-to-right site (Arabic, Hebrew, Persian) also
gets `dir`, so its paragraphs run and align from the right and its punctuation lands where its
readers expect; the site's words inside it get the site's direction back."""

from django import template
from django.conf import settings
from django.utils.html import format_html

from briefings.importers.language import primary_language, text_direction

register = template.Library()


def _differs(briefing):
    """The briefing's language when it is set and not the site's (LANGUAGE_CODE's primary subtag)."""
    language = (briefing.language or "").strip()
    primary = primary_language(language)
    return language if primary and primary != primary_language(settings.LANGUAGE_CODE) else ""


def _turns(language):
    """Whether text in `language` runs the other way from the site's."""
    return text_direction(language) != text_direction(settings.LANGUAGE_CODE)


@register.filter
def article_lang(briefing):
    """` lang="de"` (` lang="ar" dir="rtl"`) for the element holding the article's text, or nothing."""
    language = _differs(briefing)
    if not language:
        return ""
    if _turns(language):
        return format_html(' lang="{}" dir="{}"', language, text_direction(language))
    return format_html(' lang="{}"', language)


@register.filter
def site_lang(briefing):
    """` lang="en"` (with ` dir="ltr"` inside a right-to-left article) for the site's words inside
    an element marked with `article_lang`, or nothing."""
    language = _differs(briefing)
    if not language:
        return ""
    site = primary_language(settings.LANGUAGE_CODE)
    if _turns(language):
        return format_html(' lang="{}" dir="{}"', site, text_direction(site))
    return format_html(' lang="{}"', site)
