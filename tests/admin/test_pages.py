"""Every admin list opens, in a bounded number of queries; the briefing and source lists."""

import re

import pytest
from django.urls import reverse

from factcheck.models import Claim, Evidence, Rating, Source

from ..factories import make_statement

CHANGELISTS = [
    "admin:briefings_briefing_changelist",
    "admin:briefings_section_changelist",
    "admin:briefings_statement_changelist",
    "admin:factcheck_claim_changelist",
    "admin:factcheck_source_changelist",
    "admin:factcheck_evidence_changelist",
    "admin:factcheck_rating_changelist",
]


@pytest.fixture
def checked_briefing(sample_briefing):
    source = Source.objects.create(
        url="https://en.wikipedia.org/wiki/Keith_Kellogg",
        title="Keith Kellogg",
        publisher="Wikipedia",
        kind=Source.Kind.REFERENCE,
    )
    for statement in sample_briefing.statements.all()[:20]:
        claim = Claim.objects.create(statement=statement, text=statement.text, rating=Rating.objects.first())
        Evidence.objects.create(claim=claim, source=source, stance=Evidence.Stance.SUPPORTS)
    return sample_briefing


@pytest.mark.parametrize("name", CHANGELISTS)
def test_every_changelist_opens_in_bounded_queries(
    admin_client, checked_briefing, name, django_assert_max_num_queries
):
    with django_assert_max_num_queries(15):
        response = admin_client.get(reverse(name))
    assert response.status_code == 200


def test_the_briefing_list_offers_the_import(admin_client, db):
    response = admin_client.get(reverse("admin:briefings_briefing_changelist"))
    assert reverse("admin:briefings_briefing_import") in response.content.decode()


def test_the_briefing_list_links_each_briefing_to_its_claims(admin_client, checked_briefing):
    response = admin_client.get(reverse("admin:briefings_briefing_changelist"))

    claims = reverse("admin:factcheck_claim_changelist")
    link = f'<a href="{claims}?statement__briefing__id__exact={checked_briefing.pk}">20</a>'
    assert f'<td class="field-claims">{link}</td>' in response.content.decode()


def test_the_briefing_list_sorts_by_claims(admin_client, checked_briefing):
    sentences = "".join(f"It says thing {n}.\n" for n in range(60))  # more statements, no claims
    fewer = make_statement(f"Another article\n{sentences}").briefing

    response = admin_client.get(reverse("admin:briefings_briefing_changelist"), {"o": "-6"})

    listed = re.findall(r'href="/admin/briefings/briefing/(\d+)/change/', response.content.decode())
    assert listed == [str(checked_briefing.pk), str(fewer.pk)]


def test_briefings_cannot_be_added_without_the_importer(admin_client, db):
    assert admin_client.get(reverse("admin:briefings_briefing_add")).status_code == 403


def test_the_source_list_counts_citing_claims(admin_client, checked_briefing):
    response = admin_client.get(reverse("admin:factcheck_source_changelist"))
    assert '<td class="field-claim_count">20</td>' in response.content.decode()


def test_source_autocomplete_answers(admin_client, checked_briefing):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "kellogg", "app_label": "factcheck", "model_name": "evidence", "field_name": "source"},
    )
    assert response.status_code == 200
    assert response.json()["results"][0]["text"] == "Keith Kellogg"
