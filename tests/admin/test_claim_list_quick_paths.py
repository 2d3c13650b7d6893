"""The claim list's quick paths (factcheck/admin/listing.py, factcheck/templatetags/desk_rows.py)
show exactly what Django's own would: the same rows, the same pages, the same filter choices."""

import datetime

import pytest
from django.contrib.admin.templatetags import admin_list
from django.urls import reverse

from briefings.models import Briefing
from factcheck.admin import listing
from factcheck.admin.listing import DESK_ORDER, KeysFirstPaginator
from factcheck.models import Claim
from factcheck.templatetags import desk_rows

from ..factories import add_verdict, make_claim, make_statement, make_user

S = Claim.Status
URL = reverse("admin:factcheck_claim_changelist")
ARTICLE = "Title {}\nOne thing.\nAnother thing.\nA third thing.\n"


def _briefing_statements(number):
    return list(make_statement(ARTICLE.format(number)).revision.statements.all())


def _varied_claims(editor):
    statement = make_statement()
    make_claim(S.NEW, statement=statement, text='A "quoted" <claim> & more', claimant="")
    make_claim(S.IN_PROGRESS, statement=statement, assignee=editor, claimant="The port authority")
    checked = make_claim(S.IN_REVIEW, statement=statement, due_on=datetime.date(2026, 12, 24))
    add_verdict(checked)
    make_claim(S.NEW, statement=statement, assignee=make_user("nameless", "Checker"), claimant="   ")


@pytest.mark.parametrize("query", ["", "?status__exact=new", "?o=5.-2", "?q=port"])
def test_the_rows_are_what_django_writes(client, editor, query):
    _varied_claims(editor)
    client.force_login(editor)
    cl = client.get(URL + query).context["cl"]

    django_rows = ["".join(items) for items in admin_list.results(cl)]

    assert ["".join(items) for items in desk_rows.quick_results(cl)] == django_rows


def _desk_pages(queryset, per_page):
    paginator = KeysFirstPaginator(queryset.order_by(*DESK_ORDER), per_page)
    return [[claim.pk for claim in paginator.page(number).object_list] for number in paginator.page_range]


def _claims_in_three_briefings():
    """Claims on three briefings, two imported at the same moment, ids against the article order."""
    briefings = [_briefing_statements(number) for number in range(3)]
    for statements in reversed(briefings):
        for statement in reversed(statements):
            make_claim(S.NEW, statement=statement)
            make_claim(S.IN_REVIEW, statement=statement)
    same_moment = Briefing.objects.first().imported_at
    Briefing.objects.filter(pk__in=[briefings[0][0].briefing_id, briefings[1][0].briefing_id]).update(
        imported_at=same_moment
    )


def test_every_page_in_the_desk_order_holds_what_the_database_orders_there(db):
    _claims_in_three_briefings()
    expected = list(Claim.objects.order_by(*DESK_ORDER).values_list("pk", flat=True))

    pages = _desk_pages(Claim.objects.all(), per_page=4)

    assert pages == [expected[start : start + 4] for start in range(0, len(expected), 4)]


def test_briefings_of_many_statements_page_in_the_desk_order_too(db, monkeypatch):
    monkeypatch.setattr(listing, "FEW_STATEMENTS", 0)  # every batch joins instead of listing statements
    _claims_in_three_briefings()
    expected = list(Claim.objects.order_by(*DESK_ORDER).values_list("pk", flat=True))

    pages = _desk_pages(Claim.objects.all(), per_page=4)

    assert [pk for page in pages for pk in page] == expected


def test_a_filtered_list_pages_in_the_desk_order(db):
    _claims_in_three_briefings()
    in_review = Claim.objects.filter(status=S.IN_REVIEW)
    expected = list(in_review.order_by(*DESK_ORDER).values_list("pk", flat=True))

    pages = _desk_pages(in_review, per_page=5)

    assert [pk for page in pages for pk in page] == expected


def test_the_claimant_filter_lists_each_name_once_in_order(client, editor):
    for claimant in ["Zed", "", "Ann", "Ann", "ann"]:
        make_claim(S.NEW, claimant=claimant)
    client.force_login(editor)
    filters = client.get(URL).context["cl"].filter_specs

    claimants = next(spec for spec in filters if spec.title == "claimant")

    as_django_lists = Claim.objects.distinct().order_by("claimant").values_list("claimant", flat=True)
    assert list(claimants.lookup_choices) == list(as_django_lists)
    assert len(claimants.lookup_choices) == 4


def test_the_assignee_filter_lists_only_people_with_claims(client, editor, checker):
    make_claim(S.IN_PROGRESS, assignee=checker)
    make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(editor)
    filters = client.get(URL).context["cl"].filter_specs

    assignees = next(spec for spec in filters if spec.title == "assignee")

    assert assignees.lookup_choices == [(checker.pk, "checker")]


def test_a_later_filtered_page_runs_a_bounded_number_of_queries(
    client, editor, django_assert_max_num_queries
):
    for statements in (_briefing_statements(1), _briefing_statements(2)):
        for _ in range(70):
            make_claim(S.IN_REVIEW, statement=statements[1], assignee=editor)
    client.force_login(editor)

    with django_assert_max_num_queries(20):
        response = client.get(URL, {"p": 2, "status__exact": "in_review"})

    assert len(response.context["cl"].result_list) == 40


def test_a_popup_list_gets_djangos_own_rows(client, editor):
    make_claim(S.NEW)
    client.force_login(editor)
    cl = client.get(URL + "?_popup=1").context["cl"]

    assert desk_rows.quick_results(cl) == list(admin_list.results(cl))


def test_a_claims_history_page_still_opens(client, editor):
    claim = make_claim(S.NEW)
    client.force_login(editor)

    assert client.get(reverse("admin:factcheck_claim_history", args=[claim.pk])).status_code == 200
