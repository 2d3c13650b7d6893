"""The site footer on every public page: the six standards links, with exactly these texts."""

import re

import pytest

from factcheck.models import Claim

LINKS = {
    "Methodology": "/standards/methodology/",
    "Corrections policy": "/standards/corrections/",
    "Rating scale": "/standards/rating-scale/",
    "Ownership and funding": "/standards/ownership/",
    "Contact": "/standards/contact/",
    "Submit a claim": "/submit/",
}


def footer_links(client, url):
    body = client.get(url).content.decode()
    footer = body[body.index('<footer class="site-footer">') :]
    return dict(re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer))


PAGES = {
    "front page": lambda briefing: "/",
    "article": lambda briefing: briefing.get_absolute_url(),
    "claim page": lambda briefing: Claim.objects.public().first().get_absolute_url(),
    "standards page": lambda briefing: "/standards/contact/",
    "rating scale": lambda briefing: "/standards/rating-scale/",
    "search": lambda briefing: "/search/?q=port",
}


@pytest.mark.parametrize("page", PAGES)
def test_every_public_page_links_the_standards_with_their_exact_texts(client, demo, page):
    links = footer_links(client, PAGES[page](demo))
    assert {text: links.get(href) for text, href in LINKS.items()} == {text: text for text in LINKS}
