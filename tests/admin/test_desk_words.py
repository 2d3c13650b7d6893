"""The desk titles its lists and labels its fields in newsroom words, not Django's defaults
("Select claim to change", "Slug"); the form's field names (contracts) stay as they are."""

import pytest
from django.urls import reverse

from ..factories import make_claim, make_source


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("admin:factcheck_claim_changelist", "Claims"),
        ("admin:briefings_briefing_changelist", "Briefings"),
        ("admin:factcheck_source_changelist", "Sources"),
    ],
)
def test_a_list_is_titled_by_what_it_lists(client, editor, url, title):
    client.force_login(editor)
    page = client.get(reverse(url)).text
    assert f"<h1>{title}</h1>" in page
    assert "Select " not in page.split("<h1>")[1].split("</h1>")[0]


def test_a_checkers_list_of_briefings_is_not_titled_select_to_view(client, checker):
    client.force_login(checker)
    assert "Select briefing to view" not in client.get(reverse("admin:briefings_briefing_changelist")).text


def test_the_briefing_form_labels_its_slug_as_a_web_address_and_keeps_its_name(client, editor):
    briefing = make_claim().statement.briefing
    client.force_login(editor)
    page = client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk])).text
    assert '<label class="required" for="id_slug">Web address (slug):</label>' in page
    assert 'name="slug"' in page
    assert ">Slug:<" not in page


def test_the_source_form_labels_its_url_as_a_web_address(client, editor):
    source = make_source()
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_source_change", args=[source.pk])).text
    assert 'for="id_url">Web address:</label>' in page
    assert 'name="url"' in page


def test_the_claim_list_writes_nothing_with_one_dash(client, editor):
    make_claim()  # nobody on it, no rating, no due date
    client.force_login(editor)
    page = client.get(reverse("admin:factcheck_claim_changelist")).text
    assert '<td class="field-rating nowrap"><span class="desk-none">—</span></td>' in page
    assert '<td class="field-rating nowrap">-</td>' not in page


def test_a_claims_page_is_titled_claim(client, checker):
    claim = make_claim()
    client.force_login(checker)
    page = client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).text
    assert "<h1>Claim</h1>" in page
    assert "Change claim" not in page


def test_a_checkers_briefing_page_is_titled_briefing(client, checker):
    briefing = make_claim().statement.briefing
    client.force_login(checker)
    page = client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk])).text
    assert "<h1>Briefing</h1>" in page
    assert "View briefing" not in page
