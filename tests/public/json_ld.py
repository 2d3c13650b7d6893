"""Reading the ClaimReview blocks a public page carries."""

import json
import re


def json_ld_sources(html):
    """The raw text of each JSON-LD block, as the page sends it."""
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)


def json_ld_blocks(html):
    return [json.loads(block) for block in json_ld_sources(html)]
