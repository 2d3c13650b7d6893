"""The rating scale (/standards/rating-scale/): generated from the scale itself, never retyped, so
every edit of the scale shows there at once."""

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.caching.triggers import everything_changed
from factcheck.models import Rating

from ..caching.conftest import is_hit
from ..factories import make_user

pytestmark = pytest.mark.django_db
URL = "/standards/rating-scale/"


def test_it_keeps_its_address():
    assert reverse("standards-rating-scale") == URL


def test_it_answers_an_anonymous_reader(client):
    assert client.get(URL).status_code == 200


def test_it_lists_every_rating_with_its_public_definition(client):
    body = client.get(URL).content.decode()
    for rating in Rating.objects.all():
        assert rating.name in body
        assert rating.definition in body


def test_it_shows_each_rating_as_verdicts_show_it(client):
    false = Rating.objects.get(slug="false")
    body = client.get(URL).content.decode()
    assert f'style="--verdict: {false.colour}"' in body
    assert f'aria-hidden="true">{false.symbol}</span> {false.name}' in body


def test_it_lists_the_scale_from_most_to_least_accurate(client):
    body = client.get(URL).content.decode()
    assert (
        body.index("Mostly accurate") < body.index("Misleading") < body.index("The statement is incorrect.")
    )


def test_it_sets_ratings_outside_the_scale_apart(client):
    body = client.get(URL).content.decode()
    assert body.index("Outside the scale") < body.index("Not checkable")


def test_it_follows_an_edit_of_the_scale_over_the_cached_page(client):
    everything_changed()  # as migrate leaves the public cache: answers are stored
    client.get(URL)
    assert is_hit(client, URL)
    rating = Rating.objects.get(slug="misleading")
    rating.definition = "True in part, but it leaves a false impression."
    services.save_rating(rating=rating, user=make_user("ada", superuser=True), opened_version=rating.version)
    assert "True in part, but it leaves a false impression." in client.get(URL).content.decode()


def test_it_runs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    for number in range(20):
        Rating.objects.create(
            name=f"Rating {number}", slug=f"rating-{number}", value=10 + number, colour="#123456", symbol="*",
            definition=f"Definition {number}.",
        )  # fmt: skip
    with django_assert_max_num_queries(2):
        assert client.get(URL).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_refuses_to_be_written_to(client, method):
    assert getattr(client, method)(URL).status_code == 405
