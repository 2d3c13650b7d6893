"""What the claim list needs to stay quick with tens of thousands of claims: its filters read only
what they list, and its pages read only the claims they show."""

import html

from django.contrib import admin
from django.contrib.admin import helpers
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from briefings.models import Briefing, Statement

from ..people import desk_name

#: The desk's own order (Claim.Meta.ordering): newest briefing first, then the article's order.
DESK_ORDER = ("statement__briefing", "statement__position", "id")
#: Up to this many statements, a batch's claims are found by their statements' ids (an IN list that
#: stays far below SQLite's limit on a query's parameters).
FEW_STATEMENTS = 2_000


class AssigneeFilter(admin.RelatedFieldListFilter):
    """The assignee filter names people as the rest of the desk does. It asks, person by person,
    whether anyone's claim is theirs (an index probe each), rather than joining every claim to
    its assignee and removing the duplicates."""

    def field_choices(self, field, request, model_admin):
        assigned = field.model._default_manager.filter(**{field.name: OuterRef("pk")})
        people = field.related_model._default_manager.filter(Exists(assigned))
        return sorted(((person.pk, desk_name(person)) for person in people), key=lambda choice: choice[1])


#: The briefing filter names this many briefings, newest first, and the chosen one if it is older:
#: an archive's every briefing would make the sidebar as long as the archive (and, with the admin's
#: counts shown, one count each). The rest are found in the briefing list, whose "claims" column
#: opens this list filtered to one.
RECENT_BRIEFINGS = 20
#: The largest id a database stores: a longer number in the address names no briefing.
LARGEST_ID = 2**63 - 1


class BriefingFilter(admin.RelatedFieldListFilter):
    """Django's filter by briefing, naming the newest RECENT_BRIEFINGS and reading each one's title
    and nothing more (on SQLite every column stored after a briefing's documents costs a walk
    through them; the order comes from the index briefing_newest_first)."""

    def field_choices(self, field, request, model_admin):
        ordering = self.field_admin_ordering(field, request, model_admin)
        briefings = Briefing.objects.only("title")
        if ordering:  # as Field.get_choices: none given keeps the model's own
            briefings = briefings.order_by(*ordering)
        shown = list(briefings[: RECENT_BRIEFINGS + 1])
        self.older = len(shown) > RECENT_BRIEFINGS
        shown = shown[:RECENT_BRIEFINGS]
        listed = {briefing.pk for briefing in shown}
        chosen = [pk for pk in self.chosen_ids() if pk not in listed]
        if chosen:
            shown += list(briefings.filter(pk__in=chosen))
        return [(briefing.pk, str(briefing)) for briefing in shown]

    def chosen_ids(self):
        """The briefing ids in the address, as numbers; what is not one names no briefing."""
        values = self.lookup_val or []
        return [
            int(value) for value in values if value.isascii() and value.isdigit() and int(value) <= LARGEST_ID
        ]

    def choices(self, changelist):
        yield from super().choices(changelist)
        if self.older:
            yield {
                "selected": False,
                "query_string": reverse("admin:briefings_briefing_changelist"),
                "display": _("Find an older briefing…"),
            }


class ClaimantFilter(admin.AllValuesFieldListFilter):
    """Django's filter by claimant, listing the distinct names by skipping through the claimant
    index (one probe per name) instead of reading every claim: PostgreSQL has no skip scan of its
    own. Same names, same order (the column's collation decides both)."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.lookup_choices = distinct_values(model._meta.db_table, field.column)


def distinct_values(table, column):
    """The distinct non-null values of an indexed column, in the column's order."""
    table, column = connection.ops.quote_name(table), connection.ops.quote_name(column)
    sql = (
        f"WITH RECURSIVE found(value) AS (SELECT MIN({column}) FROM {table} UNION ALL "
        f"SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > found.value) "
        "FROM found WHERE found.value IS NOT NULL) SELECT value FROM found WHERE value IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [value for (value,) in cursor.fetchall()]


class KeysFirstPaginator(Paginator):
    """Django's Paginator, reading a page of a queryset in two steps: the ids on the page, in the
    list's order, then those rows with all they join.

    In the desk's own order the ids come briefing by briefing: the newest briefings' claims (one
    briefing, then two, four...) until the page is full, each batch sorted here, so the first pages
    read a few hundred claims instead of sorting every claim through its statement and briefing.
    Any other order (a column header's) sorts ids, not whole rows, in the database."""

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True, *, rows=None):
        """`rows`, if given, narrows the query of a page's rows to what the list shows."""
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        self.rows = rows or (lambda queryset: queryset)

    def page(self, number):
        page = super().page(number)
        rows = page.object_list
        if not hasattr(rows, "values_list") or rows.query.distinct:
            return page
        if rows.query.order_by == DESK_ORDER:
            ids = self._desk_order_ids(rows.query.low_mark, rows.query.high_mark)
        else:
            ids = list(rows.values_list("pk", flat=True))
        by_id = {row.pk: row for row in self.rows(self.object_list.filter(pk__in=ids).order_by())}
        page.object_list = [by_id[pk] for pk in ids if pk in by_id]
        return page

    def _desk_order_ids(self, low, high):
        claims = self.object_list.order_by()
        briefings = list(Briefing.objects.values_list("pk", flat=True))  # newest first, as DESK_ORDER
        ids, start, size = [], 0, 1
        while start < len(briefings) and len(ids) < high:
            batch = {pk: rank for rank, pk in enumerate(briefings[start : start + size])}
            found = self._claims_of(claims, batch)
            ids += [pk for _, _, pk in sorted(found, key=lambda row: (batch[row[0]], row[1], row[2]))]
            start, size = start + size, size * 2
        return ids[low:high]

    @staticmethod
    def _claims_of(claims, batch):
        """(briefing, position, id) of the claims in a batch of briefings. A few briefings' worth of
        statements are read first and their claims found by the statement index: joining instead,
        PostgreSQL's planner reads every claim to find a hundred."""
        statements = Statement.objects.filter(briefing__in=list(batch)).order_by()
        statements = list(statements.values_list("pk", "briefing", "position")[: FEW_STATEMENTS + 1])
        if len(statements) > FEW_STATEMENTS:
            return claims.filter(statement__briefing__in=list(batch)).values_list(
                "statement__briefing", "statement__position", "pk"
            )
        where = {pk: (briefing, position) for pk, briefing, position in statements}
        found = claims.filter(statement__in=list(where)).values_list("statement", "pk")
        return [(*where[statement], pk) for statement, pk in found]


class QuickActionCheckbox:
    """Django's checkbox column for bulk actions, written as a string: Django renders the checkbox
    widget's template for every row, a third of the time of a page of 100 claims (and format_html,
    twice a row, is most of what is left)."""

    def action_checkbox(self, obj):
        label = _("Select this object for an action - {}").format(html.escape(str(obj)))
        return SafeString(
            f'<input type="checkbox" name="{html.escape(helpers.ACTION_CHECKBOX_NAME)}" '
            f'value="{html.escape(str(obj.pk))}" class="action-select" aria-label="{label}">'
        )
