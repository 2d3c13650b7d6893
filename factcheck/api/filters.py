"""What a list request may ask for: django-filter FilterSets (`ordering` is api.ordering).

Every value is validated; a bad one answers 400 with the field's errors (DjangoFilterBackend
raises them), never 500 and never a silently ignored parameter. A slug nobody has (`briefing`,
`rating`) is refused too (api.known_slugs); a text that matches nothing gives an empty list.
"""

import datetime as dt
import re
from copy import deepcopy
from functools import cache, reduce
from operator import or_

import django_filters
from django import forms
from django.db.models import Q
from django.utils.dateparse import parse_datetime
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import handle_timezone
from drf_spectacular.utils import extend_schema_field

from briefings.models import Briefing, Statement
from briefings.weblinks import domain_of
from factcheck.models import Claim, Source
from factcheck.search import every_word
from factcheck.states import ClaimStatus

from .known_slugs import (
    BRIEFING_HELP,
    RATING_HELP,
    ChoiceFilter,
    RefusesUnknownSlugs,
    briefing_error,
    rating_error,
)

EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)
LATEST = dt.datetime.max.replace(tzinfo=dt.UTC)
# RFC 3339, and an offset written without its colon (ISO 8601's +0100), as Django reads it.
RFC3339 = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d(:\d\d(\.\d+)?)?([Zz]|[+-]\d\d:?\d\d)?")
# A `+` sent unencoded in a query string arrives as a space: after the seconds, a space and an
# offset's HH:MM or HHMM can be nothing else.
SPACED_OFFSET = re.compile(r"(?P<time>.*\d\d:\d\d:\d\d(\.\d+)?) (?P<offset>\d\d:?\d\d)")
SEARCH_WORDS = 10
REVISION_MAX = 2**31 - 1  # a PositiveIntegerField's bound on every engine


def with_plus(value):
    """`value` with the `+` of its offset back where a query string turned it into a space
    (`2025-03-01T13:00:00 01:00`); any other value as it is."""
    spaced = SPACED_OFFSET.fullmatch(value)
    return f"{spaced['time']}+{spaced['offset']}" if spaced else value


class RFC3339DateTimeField(forms.DateTimeField):
    """An RFC 3339 date-time (the offset may be left out: the server's time zone is assumed; its
    `+` may come unencoded, as a space: `with_plus`).

    A value that is valid but lies outside what Python and the databases can hold once moved to
    UTC (0001-01-01T00:00:00+01:00 is in year 0) is clamped to the earliest or latest instant,
    which filters exactly as the value itself would."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = with_plus(str(value).strip())
        parsed = None
        if RFC3339.fullmatch(value):
            try:
                parsed = parse_datetime(value.upper().replace("Z", "+00:00"))
            except ValueError:
                parsed = None
        if parsed is None:
            raise forms.ValidationError(
                "Enter a date and time as in RFC 3339, e.g. 2025-03-01T12:00:00Z "
                "(a + in the address is sent as %(plus)s).",
                code="invalid",
                params={"plus": "%2B"},  # Django formats a message with its params
            )
        try:
            return handle_timezone(parsed).astimezone(dt.UTC)
        except OverflowError:
            return EARLIEST if parsed.year == 1 else LATEST


NO_OFFSET = (
    " RFC 3339, e.g. `2025-03-01T12:00:00Z`. A time without an offset is read in the server's time "
    "zone (`TIME_ZONE`, UTC unless the newsroom sets another): send `Z` or an offset."
)


class DateTimeFilter(django_filters.IsoDateTimeFilter):
    """A time filter whose description says how a time without an offset is read: a partner
    cannot see the server's TIME_ZONE, and the schema said nothing of it."""

    field_class = RFC3339DateTimeField

    def __init__(self, *args, help_text="", **kwargs):
        super().__init__(*args, help_text=help_text + NO_OFFSET, **kwargs)


class DateFilter(django_filters.DateFilter):
    """A calendar date as YYYY-MM-DD, nothing else."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, input_formats=["%Y-%m-%d"], **kwargs)


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


def _every_word(queryset, fields, value):
    """What contains each word of `value` (up to SEARCH_WORDS) in one of `fields`, in any case;
    no words at all filter nothing. The same matching as the public search on SQLite."""
    return queryset.filter(every_word(fields, value, limit=SEARCH_WORDS))


def _repointed(filter_, field_name):
    """`filter_` (its parameter, type and help) reading another field."""
    copy = deepcopy(filter_)
    copy.field_name = field_name
    return copy


class ClaimFilter(RefusesUnknownSlugs, django_filters.FilterSet):
    slug_checks = {"briefing": briefing_error, "rating": rating_error}

    briefing = django_filters.CharFilter(
        field_name="statement__briefing__slug",
        help_text="Only claims in the briefing with this slug." + BRIEFING_HELP,
    )
    status = ChoiceFilter(
        choices=Claim.Status.choices,
        help_text="Only claims in this workflow state. Anonymous callers (and staff without "
        "include=unpublished) only ever see published claims, so any other state gives an empty list.",
    )
    rating = django_filters.CharFilter(
        field_name="rating__slug", help_text="Only claims with this rating (its slug)." + RATING_HELP
    )
    claimant = django_filters.CharFilter(
        lookup_expr="folded_icontains", help_text="Only claims whose claimant contains this text (any case)."
    )
    checker = django_filters.CharFilter(
        method="checked_by",
        help_text="Only claims researched by someone whose name, as credited on the claim, contains "
        "every word given (any case).",
    )
    min_check_worthiness = extend_schema_field(
        {
            "type": "integer",
            "minimum": 0,
            "maximum": 100,
            "description": "Only claims at least this check-worthy.",
        }
    )(IntegerFilter(field_name="check_worthiness", lookup_expr="gte", min_value=0, max_value=100))
    published_after = DateTimeFilter(
        field_name="published_at", lookup_expr="gte", help_text="Only claims published at or after this time."
    )
    published_before = DateTimeFilter(
        field_name="published_at", lookup_expr="lt", help_text="Only claims published before this time."
    )
    updated_since = DateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Only claims changed at or after this time: for incremental syncing, pass the "
        "time of your last complete sync.",
    )
    q = django_filters.CharFilter(
        method="search",
        help_text=f"Only claims whose text, statement or rationale contain every word (up to {SEARCH_WORDS}).",
    )

    class Meta:
        model = Claim
        fields = []

    checker_fields = ["submitted_by__first_name", "submitted_by__last_name"]
    text_fields = ["text", "statement__text", "rationale"]

    def checked_by(self, queryset, name, value):
        return _every_word(queryset, self.checker_fields, value)

    def search(self, queryset, name, value):
        return _every_word(queryset, self.text_fields, value)


class PublishedClaimFilter(ClaimFilter):
    """The same parameters over what the public reads: each claim's live published version, and
    the time its public face last changed."""

    status = ChoiceFilter(
        choices=Claim.Status.choices,
        method="published_status",
        help_text=ClaimFilter.base_filters["status"].extra["help_text"],
    )
    rating = _repointed(ClaimFilter.base_filters["rating"], "live_version__rating_slug")
    claimant = _repointed(ClaimFilter.base_filters["claimant"], "live_version__claimant")
    min_check_worthiness = _repointed(
        ClaimFilter.base_filters["min_check_worthiness"], "live_version__check_worthiness"
    )
    updated_since = _repointed(ClaimFilter.base_filters["updated_since"], "public_changed_at")

    checker_fields = ["live_version__researched_by"]
    text_fields = ["live_version__text", "live_version__statement_text", "live_version__rationale"]

    def published_status(self, queryset, name, value):
        """Every public claim is published, whatever its working copy's state."""
        return queryset if value == ClaimStatus.PUBLISHED else queryset.none()


NOT_IN_A_HOST = "[]/\\?#@\x00"
DOMAIN_PATTERN = "^[^\\[\\]/\\\\?#@\\x00]*$"  # the schema's word for validate_domain


def filtered_domain(value):
    """The domain as the `domain` field shows it (ASCII, no "www."); a final dot, as in an absolute
    name ("en.wikipedia.org."), is dropped. "" when the value names no host."""
    return domain_of(f"https://{value.strip().lower().rstrip('.')}/")


def validate_domain(value):
    """Refuse (400) a value with characters no host has: a path, query, fragment, user or IPv6
    bracket would make the filter read another host. Anything else is a domain, perhaps one no
    source is on."""
    if any(char in NOT_IN_A_HOST for char in value):
        raise forms.ValidationError("Enter a domain name, such as en.wikipedia.org.")


class DomainFilter(django_filters.CharFilter):
    schema_pattern = DOMAIN_PATTERN  # what factcheck.api.schema declares for it


class SourceFilter(django_filters.FilterSet):
    publisher = django_filters.CharFilter(
        lookup_expr="folded_icontains",
        help_text="Only sources whose publisher contains this text (any case).",
    )
    kind = ChoiceFilter(choices=Source.Kind.choices, help_text="Only sources of this kind.")
    domain = DomainFilter(
        method="on_domain",
        validators=[validate_domain],
        help_text="Only sources on this domain, as the `domain` field shows it (without “www.”); "
        "subdomains are not included.",
    )

    class Meta:
        model = Source
        fields = []

    url_field = "url"

    def on_domain(self, queryset, name, value):
        host = filtered_domain(value)
        if not host:
            return queryset.none()
        prefixes = [
            f"{scheme}://{www}{host}{end}"
            for scheme in ("http", "https")
            for www in ("", "www.")
            for end in "/:"
        ]
        starts = (Q(**{f"{self.url_field}__istartswith": prefix}) for prefix in prefixes)
        return queryset.filter(reduce(or_, starts))


class CitedSourceFilter(SourceFilter):
    """The same parameters over sources as public verdicts cite them (api.published.as_cited)."""

    publisher = _repointed(SourceFilter.base_filters["publisher"], "cited_publisher")
    kind = _repointed(SourceFilter.base_filters["kind"], "cited_kind")
    url_field = "cited_url"


class BriefingFilter(django_filters.FilterSet):
    status = ChoiceFilter(
        choices=Briefing.Status.choices,
        help_text="Only briefings in this state. Anonymous callers (and staff without "
        "include=unpublished) only ever see published briefings.",
    )
    published_after = DateFilter(
        field_name="published_on",
        lookup_expr="gte",
        help_text="Only briefings published on or after this date.",
    )
    published_before = DateFilter(
        field_name="published_on", lookup_expr="lt", help_text="Only briefings published before this date."
    )

    class Meta:
        model = Briefing
        fields = []


class StatementFilter(RefusesUnknownSlugs, django_filters.FilterSet):
    slug_checks = {"briefing": briefing_error}

    briefing = django_filters.CharFilter(
        field_name="briefing__slug",
        help_text="Only statements of the briefing with this slug." + BRIEFING_HELP,
    )
    revision = extend_schema_field(
        {
            "type": "integer",
            "minimum": 1,
            "maximum": REVISION_MAX,
            "description": "Only statements of each briefing's revision with this number (1 for the "
            "first text); without it, of each briefing's current revision.",
        }
    )(IntegerFilter(field_name="revision__number", min_value=1, max_value=REVISION_MAX))

    class Meta:
        model = Statement
        fields = []


# Form widgets that read one parameter, the filter's own name, and nothing when it is absent.
ONE_PARAMETER_WIDGETS = (
    forms.TextInput,
    forms.NumberInput,
    forms.Select,
    forms.DateTimeInput,
    forms.DateInput,
)


@cache
def _reads_its_names_alone(filterset_class):
    """Whether each filter of `filterset_class` is optional and reads only the parameter of its
    own name (a single-value widget): then a request that names none of them is filtered by none,
    since an empty value leaves a queryset as it is (django-filter's Filter.filter)."""
    for filter_ in filterset_class.base_filters.values():
        widget = filter_.extra.get("widget", filter_.field_class.widget)
        widget = widget if isinstance(widget, type) else type(widget)
        if (
            filter_.extra.get("required")
            or not issubclass(widget, ONE_PARAMETER_WIDGETS)
            or issubclass(widget, forms.SelectMultiple)
        ):
            return False
    return True


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, which passes a request naming none of the filters straight
    through rather than building and validating a form of empty fields (about a millisecond of
    a page of claims without its cache)."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if (
            filterset_class is not None
            and filterset_class
            is getattr(view, "filterset_class", None)  # a class of ours, not one made per request
            and _reads_its_names_alone(filterset_class)
            and not any(name in request.query_params for name in filterset_class.base_filters)
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_filterset(self, request, queryset, view):
        """The FilterSet, told whether the request includes unpublished work: which slugs a
        caller may know depends on it (api.known_slugs)."""
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            filterset.include_unpublished = getattr(view, "include_unpublished", False)
        return filterset
