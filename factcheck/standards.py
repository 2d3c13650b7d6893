"""The newsroom's standards pages, which IFCN and EFCSN signatories must show their readers.

Four are `django.contrib.flatpages`, written by admins on the desk and served at fixed addresses
(migration 0020 creates them, so the addresses answer straight after `migrate`); the rating scale
is generated from the Rating model, never retyped. Their HTML is the admins', but it reaches
readers: it is cleaned to a short list of tags, with http(s) and mailto links only (as every
other address Factdesk shows, briefings.weblinks), on save and again on every render.
"""

from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site

from briefings.weblinks import WEB_SCHEMES

# URL name → (address, title). The addresses and names are public contracts.
PAGES = {
    "standards-methodology": ("/standards/methodology/", "Methodology"),
    "standards-corrections": ("/standards/corrections/", "Corrections policy"),
    "standards-ownership": ("/standards/ownership/", "Ownership and funding"),
    "standards-contact": ("/standards/contact/", "Contact"),
}
ADDRESSES = {address for address, _ in PAGES.values()}
PLACEHOLDER_MARK = "To be written by the newsroom."  # migration 0020's text, until an admin writes the page

TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "ul", "ol", "li", "dl", "dt", "dd", "a", "strong", "em",
    "b", "i", "blockquote", "q", "cite", "abbr", "code", "table", "caption", "thead", "tbody",
    "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope"}, "*": {"lang"}}
URL_SCHEMES = {*WEB_SCHEMES, "mailto"}


def clean_content(html):
    """`html` as readers may get it: no script, style, event handler, frame or form, no inline
    style (the CSP allows none from content), and links only to http(s), mailto or this site."""
    return nh3.clean(html or "", tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES)


def standards_page(url_name):
    """The flatpage behind `url_name` on this site, or None if an admin's database lacks it."""
    address = PAGES[url_name][0]
    return FlatPage.objects.filter(url=address, sites__id=settings.SITE_ID).first()


def url_name_of(address):
    """The URL name of the standards page at `address`."""
    return next(url_name for url_name, (page_address, _) in PAGES.items() if page_address == address)


def standards_pages():
    """The four pages as the desk lists them."""
    return FlatPage.objects.filter(url__in=ADDRESSES)


def site_in_step(**kwargs):
    """After every `migrate`: the one Site (the sites framework's, which flatpages need) carries the
    newsroom's address and name, so whatever Django builds from it (sitemap and feed links, the
    password-reset mail) follows FACTDESK_NEWSROOM_URL, never a request's Host."""
    domain = urlsplit(settings.FACTDESK_NEWSROOM_URL).netloc or "localhost"
    Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.FACTDESK_NEWSROOM_NAME}
    )
