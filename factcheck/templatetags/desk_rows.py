"""`{% desk_result_list cl %}`: Django's `{% result_list cl %}` with the rows written faster, for
lists of many rows (the claim desk's pages of 100).

Django works out, for every cell, which field or method the column shows, its CSS class, whether it
links, the change page's URL (a `reverse` per row) and the empty value, and writes each cell with
format_html: two thirds of the time of a page of claims. Here that is worked out once per column;
each cell still goes through Django's own display_for_field / display_for_value, so the HTML is
the same byte for byte (tests/admin/test_claim_changelist.py compares them). Lists Django writes
differently (editable, popups, lookups by another field) get Django's own rows.
"""

import datetime
import html

from django import template
from django.contrib.admin.templatetags import admin_list
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.templatetags.base import InclusionAdminNode
from django.contrib.admin.utils import (
    FieldIsAForeignKeyColumnName,
    _get_non_gfk_field,
    display_for_field,
    display_for_value,
    lookup_field,
    quote,
)
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import SafeString

register = template.Library()
PK = "__desk_row_pk__"  # where each row's key goes in the change page's URL
#: Values that show the same wherever they are equal (not numbers: 1 == 1.0 == True, and Decimal
#: places differ between equal values).
REPEATABLE = (str, datetime.date, datetime.time, models.Model)


class Column:
    """What Django's items_for_result decides about one column, decided once."""

    def __init__(self, cl, index, name, links):
        self.name, self.links = name, links
        self.classes = [f"field-{admin_list._coerce_field_name(name, index)}"]
        self.field, self.method, self.attribute = None, None, None
        try:
            self.field = _get_non_gfk_field(cl.lookup_opts, name)
        except (FieldDoesNotExist, FieldIsAForeignKeyColumnName):
            if not callable(name) and hasattr(cl.model_admin, name) and name != "__str__":
                self.method = getattr(cl.model_admin, name)
                self.attribute = getattr(cl.model, name, self.method)  # as lookup_field: the model's first
        self.empty = cl.model_admin.get_empty_value_display()
        self.seen = {}

    def shown(self, value, display, *arguments, **keywords):
        """`display(*arguments, **keywords)`, once per value of the column: statuses, ratings, people
        and dates repeat down a page, and formatting a date is the dearest part of a cell."""
        if not isinstance(value, REPEATABLE):
            return display(*arguments, **keywords)
        key = (value.__class__, value)
        try:
            return self.seen[key]
        except KeyError:
            self.seen[key] = found = display(*arguments, **keywords)
            return found
        except TypeError:  # unhashable, or a record not saved yet
            return display(*arguments, **keywords)

    def value(self, cl, row):
        """(field, attribute, value) as lookup_field gives them."""
        if self.field is not None:
            return self.field, None, getattr(row, self.name)
        if self.method is not None:
            return None, self.attribute, self.method(row)
        return lookup_field(self.name, row, cl.model_admin)

    def cell(self, cl, row):
        """The cell's classes and what it shows, as items_for_result works them out."""
        classes, empty = self.classes, self.empty
        try:
            field, attribute, value = self.value(cl, row)
        except ObjectDoesNotExist:
            return classes, empty
        empty = getattr(attribute, "empty_value_display", empty)
        if isinstance(value, str) and value.strip() == "":
            value = ""
        if field is None or field.auto_created:
            if self.name == "action_checkbox":
                classes = ["action-checkbox"]
            boolean = getattr(attribute, "boolean", False)
            if isinstance(attribute, property) and hasattr(attribute, "fget"):
                boolean = getattr(attribute.fget, "boolean", False)
            shown = self.shown(value, display_for_value, value, empty, boolean)
            return classes + ["nowrap"] if isinstance(
                value, (datetime.date, datetime.time)
            ) else classes, shown
        if isinstance(field.remote_field, models.ManyToOneRel):
            related = getattr(row, field.name)
            shown = empty if related is None else related
        else:
            shown = self.shown(value, display_for_field, value, field, empty, avoid_link=self.links)
        if isinstance(field, (models.DateField, models.TimeField, models.ForeignKey)):
            classes = classes + ["nowrap"]
        return classes, shown


def columns(cl):
    """Every column of the list, and which one links to the change page (the first, by default)."""
    found, first = [], True
    for index, name in enumerate(cl.list_display):
        links = cl.list_display_links is not None and (
            (first and not cl.list_display_links) or name in cl.list_display_links
        )
        first = first and not links
        found.append(Column(cl, index, name, links))
    return found


def change_url(cl):
    """The change page's URL with the list's filters kept, PK standing for the row's key; None
    when the model has no change page."""
    opts = cl.opts
    try:
        url = reverse(
            f"admin:{opts.app_label}_{opts.model_name}_change",
            args=(PK,),
            current_app=cl.model_admin.admin_site.name,
        )
    except NoReverseMatch:
        return None
    return add_preserved_filters({"preserved_filters": cl.preserved_filters, "opts": opts}, url)


def escaped(value):
    """django.utils.html.conditional_escape without its lazy-string wrapper, the dearest part of
    it when called a thousand times a page."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def row(cl, columns, url, result):
    """One row's cells, as items_for_result writes them."""
    cells, first = [], True
    for column in columns:
        classes, shown = column.cell(cl, result)
        attributes = f' class="{" ".join(classes)}"'
        if not column.links:
            cells.append(SafeString(f"<td{attributes}>{escaped(shown)}</td>"))
            continue
        tag, first = "th" if first else "td", False
        shown = escaped(shown)
        if url is not None:
            pk = getattr(result, cl.pk_attname)
            shown = f'<a href="{escaped(url.replace(PK, str(quote(pk)), 1))}">{shown}</a>'
        cells.append(SafeString(f"<{tag}{attributes}>{shown}</{tag}>"))
    # One item per row: change_list_results.html writes a row's items one after the other.
    return admin_list.ResultList(None, [SafeString("".join(cells))])


def quick_results(cl):
    """The rows of `cl`: written here when Django would write them plainly, else by Django."""
    url = change_url(cl)
    plain = url is None or (
        url.count(PK) == 1 and all(isinstance(getattr(r, cl.pk_attname), int) for r in cl.result_list)
    )
    if cl.formset or cl.is_popup or cl.to_field or not plain:
        return list(admin_list.results(cl))
    found = columns(cl)
    return [row(cl, found, url, result) for result in cl.result_list]


def desk_result_list(cl):
    """admin_list.result_list's context, its rows from quick_results."""
    headers = list(admin_list.result_headers(cl))
    return {
        "cl": cl,
        "result_hidden_fields": list(admin_list.result_hidden_fields(cl)),
        "result_headers": headers,
        "num_sorted_fields": sum(1 for header in headers if header["sortable"] and header["sorted"]),
        "results": quick_results(cl),
    }


@register.tag(name="desk_result_list")
def desk_result_list_tag(parser, token):
    return InclusionAdminNode(
        parser, token, func=desk_result_list, template_name="change_list_results.html", takes_context=False
    )
