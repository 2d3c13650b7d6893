"""PreviousCheck.objects.public() is found from the links asked for, whatever statistics the
database has: SQLite without ANALYZE (a production SQLite never runs it) planned the join from
the published briefings and read every statement they hold."""

import pytest
from django.db import connection

from factcheck.models import PreviousCheck

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan, without statistics"),
]


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return [row[-1] for row in cursor.fetchall()]


def test_it_starts_from_the_links_of_the_claims_asked_for():
    plan = _plan(PreviousCheck.objects.public().filter(claim_id__in=range(1, 101)).values_list("earlier_id"))
    assert plan[0].startswith("SEARCH factcheck_previouscheck USING INDEX")
