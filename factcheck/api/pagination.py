"""How a list is cut into pages: page numbers, or a cursor for syncing claims.

`page`, `page_size` and `cursor` are validated like the filters: a malformed value answers 400
with the parameter's errors, as does a cursor this server did not make (cursors are signed); a page
that leads nowhere answers 404.
"""

import datetime as dt
import hashlib
import json
import re
from base64 import b64decode
from urllib import parse

from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from django.utils import timezone
from rest_framework import pagination
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import _reverse_ordering
from rest_framework.settings import api_settings
from rest_framework.utils.urls import remove_query_param, replace_query_param

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


def link_header(links):
    """An RFC 8288 `Link` value for (relation, address) pairs, those without an address left out."""
    return ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links if url)


class LinkHeader:
    """The body's `next` and `previous` also as a `Link` header (RFC 8288: `next`, `prev`, and
    `first` and `last` where they cost nothing), which generic HTTP clients follow without
    reading the body. None is sent on a list of one page."""

    def page_links(self):
        return [("next", self.get_next_link()), ("prev", self.get_previous_link())]

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        links = link_header(self.page_links())
        if links:
            response["Link"] = links
        return response


class PagePagination(LinkHeader, StrictPageSize, pagination.PageNumberPagination):
    """`page` and `page_size`; a malformed value answers 400, a page past the end 404."""

    def page_links(self):
        """`first` and `last` too: the count is made for the body anyway."""
        url = self.request.build_absolute_uri()
        number, last = self.page.number, self.page.paginator.num_pages
        first = remove_query_param(url, self.page_query_param) if number > 1 else None
        final = replace_query_param(url, self.page_query_param, last) if number < last else None
        return [*super().page_links(), ("first", first), ("last", final)]

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


class SyncCursorPagination(LinkHeader, StrictPageSize, pagination.CursorPagination):
    """A cursor over the claims in the order of their last change (then id), so that a caller
    who follows `next` to the end has seen every claim, even as claims change meanwhile."""

    def page_links(self):
        """`first` too (the address without its cursor); a cursor list has no cheap `last`."""
        first = remove_query_param(self.base_url, self.cursor_query_param) if self.has_previous else None
        return [*super().page_links(), ("first", first)]

    ordering = ("updated_at", "id")

    invalid_cursor_message = "This cursor was not made here: copy `next` or `previous` as given."
    other_ordering_message = "This cursor was made for another ordering: copy `next` or `previous` as given."
    other_filters_message = (
        "This cursor was made for other filters: send it with the same filters it was made with "
        "(copy `next` or `previous` as given), or start again without `cursor`."
    )
    signer = signing.Signer(salt="factdesk.api.cursor")
    #: Between DRF's cursor, the ordering it was made for and its filters' fingerprint, in the
    #: signed value (none of them holds it).
    ORDERED_BY = "~"
    fingerprint = ""  # of the filters this request asked for (`_fingerprint`)

    def encode_cursor(self, cursor):
        """DRF's cursor with the ordering and the filters it was made for, signed: a cursor is
        only ever one this server made, and is read only in its own ordering (its position fits
        the reverse one too, which silently skipped to an empty page) and under its own filters
        (under others its position is in another list, and pages came wrong without a word)."""
        url = super().encode_cursor(cursor)
        query = parse.parse_qs(parse.urlsplit(url).query)
        value = self.ORDERED_BY.join(
            [query[self.cursor_query_param][0], ",".join(self.ordering), self.fingerprint]
        )
        return replace_query_param(url, self.cursor_query_param, self.signer.sign(value))

    def _unsigned(self, signed):
        """DRF's cursor in a signed value; 400 when it was made for other filters or another
        ordering. A cursor signed before cursors named their filters, or their ordering, has
        none, and is read as before."""
        encoded, _, made_for = self.signer.unsign(signed).partition(self.ORDERED_BY)
        ordering, _, fingerprint = made_for.partition(self.ORDERED_BY)
        if fingerprint and fingerprint != self.fingerprint:
            raise ValidationError({self.cursor_query_param: [self.other_filters_message]})
        if ordering and ordering != ",".join(self.ordering):
            raise ValidationError({self.cursor_query_param: [self.other_ordering_message]})
        return encoded

    def _filtering(self, view):
        """The names of the parameters that choose what the list holds: every one the view reads
        (CachedAPIMixin.query_parameters) but where a page starts and how long it is, its format,
        and the ordering, which the cursor names itself. None when the view does not say: all."""
        reads = getattr(view, "query_parameters", None)
        if reads is None:
            return None
        ordering = {
            getattr(backend, "ordering_param", None) for backend in getattr(view, "filter_backends", ())
        }
        unfiltering = {self.cursor_query_param, self.page_size_query_param, api_settings.URL_FORMAT_OVERRIDE}
        return set(reads()) - unfiltering - ordering

    def _fingerprint(self, request, view):
        """A short digest of the filters asked for, in any order, each as the filters read it (its
        last value); an empty value counts as not given, as the filters count it."""
        names = self._filtering(view)
        asked = sorted(
            (name, request.query_params.get(name))
            for name in request.query_params
            if (names is None or name in names) and request.query_params.get(name) != ""
        )
        return hashlib.sha256(json.dumps(asked).encode()).hexdigest()[:16]

    def decode_cursor(self, request):
        """400 for any cursor this server did not make (a bad signature, or a position that does
        not fit the ordering asked for), so no forged value ever reaches the database."""
        signed = request.query_params.get(self.cursor_query_param)
        if not signed:
            return None  # an empty parameter counts as not given, as with the filters
        try:
            encoded = self._unsigned(signed)
            tokens = parse.parse_qs(
                b64decode(encoded.encode("ascii")).decode("ascii"), keep_blank_values=True
            )
            offset = int(tokens.get("o", ["0"])[0])
            cursor = pagination.Cursor(
                offset=offset, reverse=tokens.get("r", ["0"])[0] == "1", position=tokens.get("p", [None])[0]
            )
            self._check_position(cursor.position)
        except (signing.BadSignature, ValueError, TypeError, DjangoValidationError, OverflowError):
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]}) from None
        return cursor

    #: Between a position's value and the id that breaks ties on it.
    THEN = "|"

    def _tiebreak(self):
        """The id term that orders claims sharing the first term's value, when the first is not the id."""
        first, *rest = (term.removeprefix("-") for term in self.ordering)
        if first in ("pk", "id"):
            return None
        return next((term for term in self.ordering[1:] if term.removeprefix("-") in ("pk", "id")), None)

    def _get_position_from_instance(self, instance, ordering):
        """The first term's value and, when the ordering breaks ties by id, the id: every claim has
        a position of its own, so a page may end among claims changed at the same instant (a
        briefing published at once) and the next one starts right after it. DRF's position is the
        value alone plus an offset into the claims sharing it, which skipped one whenever a claim
        already seen left them (it changed between two pages) and lost claims walking back."""
        position = super()._get_position_from_instance(instance, ordering)
        if self._tiebreak() is None:
            return position
        pk = instance["id"] if isinstance(instance, dict) else instance.pk
        return f"{position}{self.THEN}{pk}"

    def _after(self, position, reverse):
        """The claims past `position`, in the direction read (DRF's test, for both terms)."""

        def beyond(term, value):
            descending = term.startswith("-")
            return Q(**{f"{term.removeprefix('-')}__{'lt' if reverse != descending else 'gt'}": value})

        first = self.ordering[0]
        value, _, pk = position.partition(self.THEN)
        tiebreak = self._tiebreak()
        if not pk or tiebreak is None:  # a cursor made before positions carried the id
            return beyond(first, value)
        return beyond(first, value) | (Q(**{first.removeprefix("-"): value}) & beyond(tiebreak, int(pk)))

    def paginate_queryset(self, queryset, request, view=None):
        """DRF's, but a position past which to read is a value and an id (`_after`)."""
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        self.ordering = self.get_ordering(request, queryset, view)
        self.fingerprint = self._fingerprint(request, view)
        self.cursor = self.decode_cursor(request)
        offset, reverse, current_position = self.cursor or (0, False, None)
        queryset = queryset.order_by(*(_reverse_ordering(self.ordering) if reverse else self.ordering))
        if current_position is not None:
            queryset = queryset.filter(self._after(current_position, reverse))
        results = list(queryset[offset : offset + self.page_size + 1])
        self.page = results[: self.page_size]
        following = None
        if len(results) > len(self.page):
            following = self._get_position_from_instance(results[-1], self.ordering)
        if reverse:
            self.page.reverse()
            self.has_next = current_position is not None or offset > 0
            self.has_previous = following is not None
            self.next_position, self.previous_position = current_position, following
        else:
            self.has_next = following is not None
            self.has_previous = current_position is not None or offset > 0
            self.next_position, self.previous_position = following, current_position
        if (self.has_previous or self.has_next) and self.template is not None:
            self.display_page_controls = True
        return self.page

    def _check_position(self, position):
        if position is None:
            return
        position, _, pk = position.partition(self.THEN)
        if pk and not DIGITS.fullmatch(pk):
            raise ValueError("A cursor's id is a whole number.")
        value = Claim._meta.get_field(self.ordering[0].removeprefix("-")).to_python(position)
        if isinstance(value, dt.datetime):
            if timezone.is_naive(value):
                raise DjangoValidationError("A cursor's time carries its offset.")
            value.astimezone(dt.UTC)  # OverflowError outside years 1 to 9999

    def get_schema_operation_parameters(self, view):
        cursor = {
            "name": self.cursor_query_param,
            "required": False,
            "in": "query",
            "description": "Where to continue: copy it from the `next` or `previous` link.",
            "schema": {"type": "string"},
        }
        return [cursor, _page_size_parameter(self)]
