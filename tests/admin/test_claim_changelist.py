"""The desk's claim list (GET /admin/factcheck/claim/); its bulk actions are in
test_claim_bulk_actions.py."""

import datetime
import re

import pytest
from django.contrib import admin
from django.urls import reverse

from briefings.models import Briefing
from factcheck.admin import listing
from factcheck.models import Claim

from ..factories import make_claim, make_statement, make_user
from ..signing_in import login_page_for

S = Claim.Status
URL = reverse("admin:factcheck_claim_changelist")


@pytest.mark.parametrize("claim_count", [10, 200])
def test_it_runs_a_bounded_number_of_queries(client, editor, claim_count, django_assert_max_num_queries):
    first = make_claim(S.IN_REVIEW, assignee=editor, submitted_by=make_user("c", "Checker"))
    for _ in range(claim_count - 1):
        make_claim(S.IN_REVIEW, statement=first.statement, assignee=editor, submitted_by=first.submitted_by)
    client.force_login(editor)
    with django_assert_max_num_queries(20):
        assert client.get(URL).status_code == 200


def test_it_lists_the_claims(client, checker):
    make_claim(S.NEW, text="The port handled 140 ships last week.")
    client.force_login(checker)
    response = client.get(URL)
    assert response.status_code == 200
    assert "The port handled 140 ships last week." in response.text


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    make_claim(S.NEW)
    client.force_login(staff_member)
    assert client.get(URL).status_code == 403


def test_it_redirects_anonymous_to_login(client, db):
    response = client.get(URL, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert response.redirect_chain[-1][0] == login_page_for(URL)


def _listed(pattern, response):
    return [int(pk) for pk in re.findall(pattern, response.text)]


def test_a_later_page_lists_the_claims_the_desk_order_puts_there(client, editor):
    statements = list(
        make_statement("Title\nOne thing.\nAnother thing.\nA third thing.\n").revision.statements.all()
    )
    for statement in reversed(statements):  # ids in the opposite order to the statements'
        for _ in range(60):  # so that the second page spans two statements
            make_claim(S.NEW, statement=statement)
    expected = list(
        Claim.objects.order_by("statement__briefing", "statement__position", "id").values_list(
            "pk", flat=True
        )
    )
    client.force_login(editor)

    response = client.get(URL, {"p": 2})

    assert _listed(r'href="/admin/factcheck/claim/(\d+)/change/', response) == expected[100:]


def test_the_briefing_filter_lists_the_newest_briefing_first(client, editor):
    older = make_claim(
        S.NEW, statement=make_statement("The older one\nIt says one thing.\n")
    ).statement.briefing
    newer = make_claim(
        S.NEW, statement=make_statement("The newer one\nIt says another.\n")
    ).statement.briefing
    Briefing.objects.filter(pk=older.pk).update(imported_at=newer.imported_at - datetime.timedelta(days=1))
    client.force_login(editor)

    response = client.get(URL)

    assert _listed(r'href="\?statement__briefing__id__exact=(\d+)"', response) == [newer.pk, older.pk]


@pytest.fixture
def three_briefings(monkeypatch):
    """Three briefings with a claim each, newest first, and a filter that names two."""
    monkeypatch.setattr(listing, "RECENT_BRIEFINGS", 2)
    briefings = [
        make_claim(S.NEW, statement=make_statement(f"Article {n}\nIt says {n}.\n")).statement.briefing
        for n in range(3)
    ]
    for age, briefing in enumerate(reversed(briefings)):
        Briefing.objects.filter(pk=briefing.pk).update(
            imported_at=briefing.imported_at - datetime.timedelta(days=age)
        )
    return list(reversed(briefings))


def test_the_briefing_filter_names_only_the_newest_briefings(client, editor, three_briefings):
    client.force_login(editor)

    response = client.get(URL)

    assert _listed(r'href="\?statement__briefing__id__exact=(\d+)"', response) == [
        b.pk for b in three_briefings[:2]
    ]


def test_the_briefing_filter_leads_to_the_older_ones(client, editor, three_briefings):
    client.force_login(editor)

    response = client.get(URL)

    assert (
        f'href="{reverse("admin:briefings_briefing_changelist")}">Find an older briefing…</a>'
        in response.text
    )


def test_the_briefing_filter_names_an_older_briefing_when_it_is_chosen(client, editor, three_briefings):
    oldest = three_briefings[-1]
    client.force_login(editor)

    response = client.get(URL, {"statement__briefing__id__exact": oldest.pk})

    assert (
        f'<li class="selected">\n    <a href="?statement__briefing__id__exact={oldest.pk}">' in response.text
    )


def test_the_briefing_filter_says_nothing_more_when_it_names_every_briefing(client, editor):
    make_claim(S.NEW)
    client.force_login(editor)

    assert "Find an older briefing" not in client.get(URL).text


@pytest.mark.parametrize("chosen", ["abc", "²", "99999999999999999999999", "-1"])
def test_a_briefing_that_is_no_number_is_refused_as_django_refuses_it(
    client, editor, three_briefings, chosen
):
    client.force_login(editor)

    response = client.get(URL, {"statement__briefing__id__exact": chosen})

    assert response.status_code in (200, 302)


def test_the_briefing_filter_counts_only_the_briefings_it_names(client, editor, three_briefings):
    client.force_login(editor)

    response = client.get(URL, {"_facets": "1"})

    counted = re.findall(r'statement__briefing__id__exact=\d+">Article \d \((\d+)\)</a>', response.text)
    assert counted == ["1", "1"]


def test_the_checkbox_column_is_what_django_writes(db):
    claim = make_claim(S.NEW, text='A "quoted" <claim> & more')
    model_admin = admin.site._registry[Claim]

    assert model_admin.action_checkbox(claim) == admin.ModelAdmin.action_checkbox(model_admin, claim)
