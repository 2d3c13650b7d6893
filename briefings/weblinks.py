"""The one rule for every web address Factdesk stores and shows: http or https, nothing else.

A `javascript:` or `data:` address in an article's metadata would become a live link on the
public page, in ClaimReview and in the API; every importer, form and model field asks this.
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

WEB_SCHEMES = ["http", "https"]
validate_web_url = URLValidator(
    schemes=WEB_SCHEMES, message="Enter a web address starting with http:// or https://."
)


def web_url_or_blank(value):
    """`value` if it is an http(s) address, else "" (for metadata an importer finds: a bad one is
    dropped, not stored)."""
    value = (value or "").strip()
    try:
        validate_web_url(value)
    except ValidationError:
        return ""
    return value


def ascii_host(url):
    """`url` with its host in ASCII (punycode), so a look-alike domain such as аррӏе.com shows as
    the xn--… name it really is."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced "[" or "]": no host to spell
        return url
    host = parts.hostname or ""
    try:
        ascii_name = host.encode("idna").decode("ascii")
    except UnicodeError:
        return url
    netloc = parts.netloc.replace(host, ascii_name, 1) if host else parts.netloc
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def domain_of(url):
    """The host readers are shown for `url`: ASCII, without "www."; "" when there is none to read.

    An address whose host is already ASCII (nearly every one) is read straight from it: spelling
    an ASCII host in punycode leaves it as it is, and rebuilding the address around it leaves its
    host as it is, so the result is `spelled_domain_of`'s. That rebuild was most of the cost of a
    page of 100 claims' sources (bench/render_profile.py)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced "[" or "]"
        return ""
    host = parts.hostname or ""
    if parts.netloc and host.isascii():
        return host.removeprefix("www.")
    return spelled_domain_of(url)


def spelled_domain_of(url):
    """domain_of for any address: its host spelled in ASCII (ascii_host), then read."""
    try:
        return (urlsplit(ascii_host(url)).hostname or "").removeprefix("www.")
    except ValueError:
        return ""
