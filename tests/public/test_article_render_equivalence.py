"""The article reads its verdicts as plain values (article.ArticleVerdict) for speed; a preview
reads the same live versions as model instances. Both must write the same page, byte for byte,
on an article that uses every part of the markup (rich_world)."""

import pytest

from factcheck import article, views

from .rich_world import SLUG, rich_world


def _from_model_versions(briefing):
    return article.build_article(briefing, article.preview_versions(briefing))


@pytest.fixture
def rich(db, settings):
    """The rich article, with the public cache off: every request here renders."""
    settings.CACHES = {**settings.CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    return rich_world()


@pytest.mark.parametrize("query", ["", "?rating=false", "?rating=not-checkable"])
def test_the_article_reads_the_same_from_values_as_from_versions(client, rich, monkeypatch, query):
    from_values = client.get(f"/briefings/{SLUG}/{query}")
    monkeypatch.setattr(views, "build_article", _from_model_versions)
    from_versions = client.get(f"/briefings/{SLUG}/{query}")
    assert from_values.status_code == from_versions.status_code == 200
    assert from_values.content == from_versions.content


def test_the_rich_article_shows_every_part_it_is_meant_to(client, rich):
    page = client.get(f"/briefings/{SLUG}/").content.decode()
    for part in (
        'class="wording-notice"',
        'class="removed-checks"',
        "stance-supports",
        "stance-contradicts",
        "stance-context",
        "Not checkable",
        "&lt;b&gt;&amp;amp;&lt;/b&gt;",
        "中文",
    ):
        assert part in page
