"""The evidence rows' add button in newsroom words: "Add evidence", not Django's "Add another Evidence"."""

import html
import json
import re

from django.urls import reverse

from factcheck.models import Claim

from ..factories import make_claim


def add_text_on(client, user, claim):
    client.force_login(user)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    found = re.search(
        r'id="evidence-group"\s+data-inline-type="tabular"\s+data-inline-formset="([^"]*)"', page
    )
    return json.loads(html.unescape(found.group(1)))["options"]["addText"]


def test_the_evidence_rows_offer_to_add_evidence(client, checker):
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker)
    assert add_text_on(client, checker, claim) == "Add evidence"
