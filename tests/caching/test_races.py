"""The orderings a busy site meets: a change while a page renders, a change not yet committed, a
generation the store lost."""

from unittest import mock

import pytest
from django.urls import reverse

from factcheck import views
from factcheck.caching import generations
from factcheck.caching.generations import PUBLIC, briefing, changed

from .conftest import is_hit, stored

pytestmark = pytest.mark.django_db


def test_a_page_whose_render_overlapped_a_change_is_not_stored(client, desk):
    render = views.render

    def render_during_a_change(*args, **kwargs):
        response = render(*args, **kwargs)
        changed(PUBLIC)  # another editor's change lands while this page is being rendered
        return response

    with mock.patch.object(views, "render", render_during_a_change):
        client.get(reverse("home"))
    assert not stored(reverse("home"))


def test_a_page_stored_before_a_change_commits_is_replaced_when_it_commits(
    client, desk, django_capture_on_commit_callbacks
):
    url = desk.briefing.get_absolute_url()
    with django_capture_on_commit_callbacks() as callbacks:
        changed(briefing(desk.briefing.pk))
    client.get(url)  # another worker, still reading the data as it was before the commit
    assert is_hit(client, url)
    for callback in callbacks:
        callback()  # the commit
    assert not is_hit(client, url)


def test_a_generation_the_store_lost_never_serves_the_old_page(client, desk):
    url = reverse("home")
    client.get(url)
    generations.store().delete(generations.key(PUBLIC))
    assert not is_hit(client, url)
