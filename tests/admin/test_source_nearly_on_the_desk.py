"""Adding a source whose address differs from one on the desk only by a final slash, "www." or
http: the form names the source already there and offers it; the address is added apart only
when the person ticks "It is a different page"."""

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
    return client.post(ADD + "?_to_field=id&_popup=1", {"_popup": "1", "_to_field": "id", **data})


@pytest.mark.parametrize(
    "spelling",
    [
        "https://port.example.org/report-2023/",
        "http://port.example.org/report-2023",
        "https://www.port.example.org/report-2023/",
    ],
)
def test_it_names_the_source_an_address_nearly_matches(client, checker, report, spelling):
    client.force_login(checker)
    response = add_source(client, spelling)
    assert "This looks like a page already on the desk: “Port authority annual report 2023”" in response.text
    assert Source.objects.count() == 1


def test_it_offers_the_nearly_matching_source_in_the_popup(client, checker, report):
    client.force_login(checker)
    response = add_source(client, "https://port.example.org/report-2023/")
    assert f'name="_use_existing" value="{report.pk}"' in response.text


def test_it_shows_the_different_page_box_only_beside_a_near_match(client, checker, report):
    client.force_login(checker)
    plain = client.get(ADD).text
    near = add_source(client, "https://port.example.org/report-2023/").text
    assert 'type="checkbox" name="different_page"' not in plain
    assert 'type="checkbox" name="different_page"' in near


def test_it_adds_the_address_apart_when_ticked_as_a_different_page(client, checker, report):
    client.force_login(checker)
    add_source(client, "https://port.example.org/report-2023/", different_page="on")
    assert Source.objects.filter(url="https://port.example.org/report-2023/").exists()


def test_it_adds_an_address_of_another_page_at_once(client, checker, report):
    client.force_login(checker)
    add_source(client, "https://port.example.org/report-2024")
    assert Source.objects.count() == 2


def test_editing_a_source_to_its_own_other_spelling_is_not_a_near_match(client, editor, report):
    client.force_login(editor)
    url = reverse("admin:factcheck_source_change", args=[report.pk])
    form = {"url": "https://port.example.org/report-2023/", "title": report.title, "kind": "news_report"}
    response = client.post(url, {**form, "opened_version": report.version})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.url == "https://port.example.org/report-2023/"


def test_the_spellings_asked_are_the_same_page_only():
    spellings = Source.same_page_spellings("https://port.example.org/report-2023")
    assert "https://port.example.org/report-2023/" in spellings
    assert "http://www.port.example.org/report-2023" in spellings
    assert "https://port.example.org/report-2023" not in spellings
    assert all("report-2023" in spelling for spelling in spellings)


def test_a_sites_root_has_one_path():
    spellings = Source.same_page_spellings("https://port.example.org/")
    assert sorted(spellings) == [
        "http://port.example.org/",
        "http://www.port.example.org/",
        "https://www.port.example.org/",
    ]
