"""The newsroom's written standards (/standards/methodology/, corrections/, ownership/, contact/):
flatpages an admin writes, served to anyone at fixed addresses, cleaned, and cached until edited."""

import pytest
from django.contrib.flatpages.models import FlatPage
from django.urls import reverse

from factcheck import services
from factcheck.caching.triggers import everything_changed
from factcheck.standards import PAGES, PLACEHOLDER_MARK

from ..caching.conftest import is_hit
from ..factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def deployed():
    """The public cache as `migrate` leaves it (its post_migrate moves every token): it stores answers."""
    everything_changed()


ADDRESSES = {
    "standards-methodology": "/standards/methodology/",
    "standards-corrections": "/standards/corrections/",
    "standards-ownership": "/standards/ownership/",
    "standards-contact": "/standards/contact/",
}


def page_at(address):
    return FlatPage.objects.get(url=address)


@pytest.mark.parametrize("url_name", ADDRESSES)
def test_each_page_keeps_its_address(url_name):
    assert reverse(url_name) == ADDRESSES[url_name] == PAGES[url_name][0]


@pytest.mark.parametrize("address", ADDRESSES.values())
def test_each_page_answers_an_anonymous_reader_straight_after_migrate(client, address):
    response = client.get(address)
    assert response.status_code == 200
    assert PLACEHOLDER_MARK in response.content.decode()


@pytest.mark.parametrize("address", ADDRESSES.values())
def test_each_page_is_titled_as_the_footer_names_it(client, address):
    title = page_at(address).title
    assert f"<h1>{title}</h1>" in client.get(address).content.decode()


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_refuses_to_be_written_to(client, method):
    assert getattr(client, method)("/standards/methodology/").status_code == 405


def test_a_missing_page_is_a_404_not_a_500(client):
    page_at("/standards/ownership/").delete()
    assert client.get("/standards/ownership/").status_code == 404


def test_it_runs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert client.get("/standards/contact/").status_code == 200


UNSAFE = (
    '<p>Write to us.</p><script>alert("x")</script>'
    '<a href="javascript:alert(1)">click</a><img src=x onerror="alert(2)">'
    '<p style="color:red" onclick="alert(3)">Styled</p><iframe src="https://evil.example/"></iframe>'
)


def test_html_saved_behind_the_services_back_is_cleaned_on_the_way_out(client):
    page = page_at("/standards/contact/")
    page.content = UNSAFE
    page.save()
    body = client.get("/standards/contact/").content.decode()
    assert "Write to us." in body
    assert "Styled" in body
    for unsafe in ("<script", "javascript:", "onerror", "onclick", "style=", "<iframe", "alert("):
        assert unsafe not in body


def test_an_admins_edit_shows_at_once_over_the_cached_page(client, deployed):
    client.get("/standards/methodology/")
    assert is_hit(client, "/standards/methodology/")
    services.save_standards_page(
        page=page_at("/standards/methodology/"),
        user=make_user("ada", superuser=True),
        title="Methodology",
        content="<p>We check what matters.</p>",
    )
    assert "We check what matters." in client.get("/standards/methodology/").content.decode()


def test_a_page_saved_by_any_door_replaces_the_cached_page(client, deployed):
    client.get("/standards/corrections/")
    page = page_at("/standards/corrections/")
    page.content = "<p>We correct within a day.</p>"
    page.save()
    assert not is_hit(client, "/standards/corrections/")


def test_an_edit_leaves_the_cached_article_pages_alone(client, deployed):
    client.get("/")
    page = page_at("/standards/corrections/")
    page.content = "<p>Changed.</p>"
    page.save()
    assert is_hit(client, "/")
