"""The API's filter backend (factcheck.api.filters.FilterBackend) passes a request that names no
filter straight through, and builds django-filter's filterset for every other request."""

import django_filters
import pytest
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from factcheck.api.filters import FilterBackend, PublishedClaimFilter, _reads_its_names_alone
from factcheck.models import Claim


class View:
    filterset_class = PublishedClaimFilter


def request(query):
    return Request(APIRequestFactory().get("/api/v1/claims/", query))


def test_a_request_naming_no_filter_gets_the_queryset_without_a_filterset(monkeypatch):
    monkeypatch.setattr(DjangoFilterBackend, "filter_queryset", lambda *args: pytest.fail("filterset built"))
    claims = Claim.objects.all()

    assert (
        FilterBackend().filter_queryset(request({"page_size": 100, "cursor": "x"}), claims, View()) is claims
    )


@pytest.mark.parametrize("query", [{"briefing": "x"}, {"briefing": ""}, {"q": "tax", "page_size": 5}])
def test_a_request_naming_a_filter_gets_the_filtersets_answer(monkeypatch, query):
    monkeypatch.setattr(DjangoFilterBackend, "filter_queryset", lambda *args: "the filterset's answer")

    assert (
        FilterBackend().filter_queryset(request(query), Claim.objects.all(), View())
        == "the filterset's answer"
    )


def test_the_apis_filtersets_read_their_names_alone():
    assert _reads_its_names_alone(PublishedClaimFilter)


class Several(django_filters.FilterSet):
    kinds = django_filters.MultipleChoiceFilter(choices=[("a", "a")])


class Required(django_filters.FilterSet):
    briefing = django_filters.CharFilter(required=True)


class Ranged(django_filters.FilterSet):
    published = django_filters.DateFromToRangeFilter()


@pytest.mark.parametrize("filterset_class", [Several, Required, Ranged])
def test_a_filterset_reading_other_parameters_or_requiring_one_is_always_built(filterset_class):
    assert not _reads_its_names_alone(filterset_class)
