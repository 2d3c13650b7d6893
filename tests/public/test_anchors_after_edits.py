"""Links into the article keep landing after an editor corrects its split: every statement
renders its lasting anchor (`statement.anchor`), a split's second part a new one ("s-2-2"), and a
merged-in statement's anchor stays as an empty element just before the statement it joined."""

import pytest

from .edited_world import URL, edited_world

pytestmark = pytest.mark.django_db

REVISION_URL = f"{URL}revisions/1/"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("url", [URL, REVISION_URL])
def test_a_merged_in_statements_anchor_is_rendered_just_before_the_statement_it_joined(client, url):
    world = edited_world()
    world.merge("Officials expect more.")
    html = page(client, url)
    alias = '<span id="s-3" class="alias"></span>'
    assert html.count(alias) == 1
    assert html.index('id="s-2"') - html.index(alias) < 120  # the merged statement's own tag follows
    assert html.index(alias) < html.index('id="s-2"')


@pytest.mark.parametrize("url", [URL, REVISION_URL])
def test_a_split_statements_second_part_gets_its_own_anchor(client, url):
    world = edited_world()
    world.split("The mayor opened a new quay.", 9)
    html = page(client, url)
    assert 'id="s-3-2"' in html
    assert 'id="s-4"' in html  # the statements after it keep theirs
    assert 'id="s-5"' in html
    assert 'id="s-6"' not in html


@pytest.mark.parametrize("url", [URL, REVISION_URL])
def test_the_statements_after_a_merge_keep_their_anchors(client, url):
    world = edited_world()
    world.merge("Officials expect more.")
    html = page(client, url)
    assert 'id="s-4"' in html
    assert 'id="s-5"' in html


def test_an_article_never_edited_renders_no_alias(client):
    edited_world()
    assert 'class="alias"' not in page(client, URL)


def test_no_anchor_is_rendered_twice_after_splits_and_merges(client):
    world = edited_world()
    world.split("The mayor opened a new quay.", 9)
    world.merge("Officials expect more.")
    world.merge("The port handled 140 ships last week.")
    html = page(client, URL)
    for anchor in ("s-1", "s-2", "s-3", "s-3-2", "s-4", "s-5"):
        assert html.count(f'id="{anchor}"') == 1, anchor


def test_a_statement_without_a_verdict_keeps_the_anchor_merged_into_it(client):
    world = edited_world()
    world.merge("The mayor opened a new quay.")
    assert '<span id="s-4" class="alias"></span><span class="statement" id="s-3"' in page(client, URL)
