"""Adding a source whose address is already on the desk: the form names the existing source, and
from the evidence row's popup one button uses it instead of leaving the checker at a dead end."""

import json

import pytest
from django.urls import reverse

from factcheck.models import Source

from ..factories import make_source

ADD = reverse("admin:factcheck_source_add")


@pytest.fixture
def report(db):
    return make_source("https://port.example.org/report-2023", "Port authority annual report 2023")


def add_source(client, url, **extra):
    data = {"url": url, "title": "Port report", "kind": "news_report", **extra}
    return client.post(ADD + "?_to_field=id&_popup=1", data)


def test_a_duplicate_address_names_the_source_already_on_the_desk(client, checker, report):
    client.force_login(checker)
    response = add_source(client, "port.example.org/report-2023", _popup="1", _to_field="id")
    assert "This page is already a source: “Port authority annual report 2023”" in response.text


def test_the_popup_offers_to_use_the_existing_source(client, checker, report):
    client.force_login(checker)
    response = add_source(client, "https://port.example.org/report-2023", _popup="1", _to_field="id")
    assert f'name="_use_existing" value="{report.pk}"' in response.text


def test_use_this_source_answers_the_popup_with_the_existing_source(client, checker, report):
    client.force_login(checker)
    response = add_source(client, "", _popup="1", _to_field="id", _use_existing=str(report.pk))
    answer = json.loads(response.context_data["popup_response_data"])
    assert (answer["value"], Source.objects.count()) == (str(report.pk), 1)


def test_outside_a_popup_the_form_links_to_the_existing_source(client, checker, report):
    client.force_login(checker)
    response = client.post(ADD, {"url": report.url, "title": "Again", "kind": "news_report"})
    assert reverse("admin:factcheck_source_change", args=[report.pk]) in response.text


@pytest.mark.parametrize("value", ["abc", "1e3", "١٢", "-1"])
def test_a_use_this_source_value_that_is_no_number_gets_the_form_again(client, checker, report, value):
    client.force_login(checker)
    response = add_source(client, "", _popup="1", _to_field="id", _use_existing=value)
    assert response.status_code == 200
    assert "This field is required." in response.text
