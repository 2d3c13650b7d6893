"""Only http(s) addresses reach a page, a feed, JSON-LD or the API: an article's metadata with any
other scheme is dropped on import, and the forms and models refuse one."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.importers import import_briefing
from briefings.models import Briefing
from briefings.weblinks import ascii_host, domain_of, spelled_domain_of
from factcheck.models import Source

pytestmark = pytest.mark.django_db

HOSTILE = [
    "javascript:alert(document.domain)//",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.org/article",
    "//example.org/article",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_a_markdown_front_matter_url_that_is_not_http_is_dropped(url):
    document = f"---\ntitle: Hostile\nurl: '{url}'\n---\n\nThe port handled 140 ships.\n"
    briefing = import_briefing(document, format="markdown").briefing
    assert briefing.source_url == ""


def test_a_markdown_front_matter_https_url_is_kept():
    document = "---\ntitle: Fine\nurl: https://news.example/port\n---\n\nThe port handled 140 ships.\n"
    assert import_briefing(document, format="markdown").briefing.source_url == "https://news.example/port"


@pytest.mark.parametrize(
    "url", [url for url in HOSTILE if not url.startswith("//")]
)  # trafilatura reads // as https
def test_a_saved_pages_canonical_url_that_is_not_http_is_dropped(url):
    page = (
        f'<html><head><title>Hostile</title><link rel="canonical" href="{url}"></head>'
        "<body><article><h1>Hostile</h1><p>The port handled 140 ships last week, officials said on Monday "
        "in a statement that was long enough to count as an article body for the extractor.</p>"
        "<p>Officials expect more ships next week as the season begins and the weather improves.</p>"
        "</article></body></html>"
    )
    briefing = import_briefing(page, format="html").briefing
    assert briefing.source_url == ""


@pytest.mark.parametrize("url", HOSTILE)
def test_the_briefing_model_refuses_it(url):
    briefing = Briefing(source_url=url)
    with pytest.raises(ValidationError) as refusal:
        briefing.clean_fields(exclude=[f.name for f in Briefing._meta.fields if f.name != "source_url"])
    assert "source_url" in refusal.value.message_dict


@pytest.mark.parametrize("url", HOSTILE)
def test_a_source_refuses_it(url):
    with pytest.raises(ValidationError):
        Source.normalise_url(url)


@pytest.mark.parametrize("url", ["https://[/", "https://example.org]/", "http://[::1/x"])
def test_an_address_with_an_unbalanced_bracket_has_no_domain_and_raises_nothing(url):
    """The API's domain filter reads what callers send through these: "[" once answered 500."""
    assert domain_of(url) == ""
    assert ascii_host(url) == url


URL_PARTS = st.sampled_from(
    ["http:", "https:", "ftp:", "//", "///", "////", "www.", "WWW.", "Example.COM", "xn--80ak6aa92e.com",
     "аррӏе.com", "例え.jp", "bücher.de", "ß", "..", ".", "a" * 64, "@", "user:pw@", ":8080", ":port",
     "[", "]", "[::1]", "/", "?", "#", "%41", " ", "\t", "\u3002", "\uff0e", "-", "_", "0"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(URL_PARTS, max_size=8).map("".join))
def test_the_quick_read_of_a_domain_is_the_spelled_one(url):
    assert domain_of(url) == spelled_domain_of(url)
