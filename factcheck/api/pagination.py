"""How a list is cut into pages: page numbers, or a cursor for syncing claims.

`page`, `page_size` and `cursor` are validated like the filters: a malformed value answers 400
with the parameter's errors, a page or cursor that leads nowhere 404.
"""

import datetime as dt
import re

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError

from factcheck.models import Claim

MAX_PAGE_SIZE = 200
DIGITS = re.compile(r"[0-9]+")


def _positive_int(request, name, maximum=None):
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    if not DIGITS.fullmatch(raw) or int(raw) < 1 or (maximum and int(raw) > maximum):
        limit = f" from 1 to {maximum}" if maximum else " of 1 or more"
        raise ValidationError({name: [f"Enter a whole number{limit}."]})
    return int(raw)


def _page_size_parameter(paginator):
    return {
        "name": paginator.page_size_query_param,
        "required": False,
        "in": "query",
        "description": f"Results per page (default {paginator.page_size}).",
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
    }


class StrictPageSize:
    """`page_size` from 1 to MAX_PAGE_SIZE (default 50); anything else answers 400."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return _positive_int(request, self.page_size_query_param, MAX_PAGE_SIZE) or self.page_size


class PagePagination(StrictPageSize, pagination.PageNumberPagination):
    """`page` and `page_size`; a malformed value answers 400, a page past the end 404."""

    def get_page_number(self, request, paginator):
        return _positive_int(request, self.page_query_param) or 1

    def get_schema_operation_parameters(self, view):
        page = {
            "name": self.page_query_param,
            "required": False,
            "in": "query",
            "description": "Page number, from 1.",
            "schema": {"type": "integer", "minimum": 1},
        }
        return [page, _page_size_parameter(self)]


class SyncCursorPagination(StrictPageSize, pagination.CursorPagination):
    """A cursor over the claims in the order of their last change (then id), so that a caller
    who follows `next` to the end has seen every claim, even as claims change meanwhile."""

    ordering = ("updated_at", "id")

    def decode_cursor(self, request):
        """DRF hands a cursor's position to the ORM as it finds it; one not made here (a naive
        or out-of-range time, not a number) is refused as an invalid cursor."""
        cursor = super().decode_cursor(request)
        if cursor is not None and cursor.position is not None:
            field = Claim._meta.get_field(self.ordering[0].removeprefix("-"))
            try:
                position = field.to_python(cursor.position)
                if isinstance(position, dt.datetime):
                    if timezone.is_naive(position):
                        raise DjangoValidationError("A cursor's time carries its offset.")
                    position.astimezone(dt.UTC)  # OverflowError outside years 1 to 9999
            except (DjangoValidationError, OverflowError):
                raise NotFound(self.invalid_cursor_message) from None
        return cursor

    def get_schema_operation_parameters(self, view):
        cursor = {
            "name": self.cursor_query_param,
            "required": False,
            "in": "query",
            "description": "Where to continue: copy it from the `next` or `previous` link.",
            "schema": {"type": "string"},
        }
        return [cursor, _page_size_parameter(self)]
