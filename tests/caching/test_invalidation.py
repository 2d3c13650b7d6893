"""Every change that can alter a public page replaces exactly the cached answers it alters: each
trigger on its own, and what must stay cached when nothing it shows changed."""

import pytest
from django.apps import apps
from django.contrib.flatpages.models import FlatPage
from django.db.models.signals import post_migrate
from django.test import Client
from django.urls import reverse

from briefings.editing import split_statement
from briefings.importers import import_briefing
from factcheck import services
from factcheck.caching.triggers import briefing_changed
from factcheck.models import Claim, Rating
from factcheck.states import Anchor

from ..factories import SIMPLE_ARTICLE, make_statement, make_user, republish
from .conftest import is_hit

pytestmark = pytest.mark.django_db


def warm(client, *urls):
    for url in urls:
        client.get(url)
    assert all(is_hit(client, url) for url in urls)


def claim_url(pk):
    return reverse("claim", args=[pk])


def test_a_republished_verdict_replaces_its_claim_page_and_article(client, desk):
    warm(client, claim_url(desk.claim_pk), desk.briefing.get_absolute_url())
    claim = desk.claim
    claim.rating = Rating.objects.get(slug="false")
    republish(claim, editor=desk.editor, second_editor=desk.second_editor)
    for url in (claim_url(desk.claim_pk), desk.briefing.get_absolute_url()):
        assert not is_hit(client, url)
        assert "False" in client.get(url).content.decode()


def test_a_republished_verdict_replaces_the_front_page_and_feeds(client, desk):
    lists = [reverse("home"), reverse("feed-rss"), reverse("django.contrib.sitemaps.views.sitemap")]
    warm(client, *lists)
    claim = desk.claim
    claim.rating = Rating.objects.get(slug="false")
    republish(claim, editor=desk.editor, second_editor=desk.second_editor)
    assert not any(is_hit(client, url) for url in lists)


def test_withdrawing_a_briefing_turns_its_cached_pages_into_410(client, desk):
    urls = [desk.briefing.get_absolute_url(), claim_url(desk.claim_pk)]
    warm(client, *urls)
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    assert [client.get(url).status_code for url in urls] == [410, 410]


def test_withdrawing_a_briefing_takes_it_off_the_cached_front_page(client, desk):
    warm(client, reverse("home"))
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    assert desk.briefing.title not in client.get(reverse("home")).content.decode()


def test_publishing_a_briefing_puts_it_on_the_cached_front_page(client, desk):
    warm(client, reverse("home"))
    claim = desk.approved_claim("A third article\nThe third port handled 7 ships. That is all.\n")
    services.publish_briefing(briefing=claim.statement.briefing, user=desk.editor)
    assert "A third article" in client.get(reverse("home")).content.decode()


def test_a_new_revision_replaces_the_cached_article(client, desk):
    warm(client, desk.briefing.get_absolute_url())
    revised = SIMPLE_ARTICLE.replace("Officials expect more.", "Officials expect many more ships.")
    import_briefing(revised, slug=desk.briefing.slug)
    assert "many more ships" in client.get(desk.briefing.get_absolute_url()).content.decode()


def test_a_split_correction_replaces_the_cached_article(client, desk):
    url = desk.briefing.get_absolute_url()
    warm(client, url)
    statement = desk.briefing.statements.order_by("position").last()
    split_statement(statement=statement, offset=statement.text.index("expect"), user=desk.editor)
    assert not is_hit(client, url)


def test_confirming_a_changed_wording_replaces_the_cached_claim_page(client, desk):
    Claim.objects.filter(pk=desk.claim_pk).update(anchor=Anchor.CHANGED)
    services.confirm_anchor(claim=desk.claim, user=desk.second_editor)  # the notice goes…
    Claim.objects.filter(pk=desk.claim_pk).update(anchor=Anchor.CHANGED)
    briefing_changed(desk.briefing.pk)  # …and comes back, as a revision would bring it
    warm(client, claim_url(desk.claim_pk))
    services.confirm_anchor(claim=desk.claim, user=desk.second_editor)
    assert not is_hit(client, claim_url(desk.claim_pk))


def test_a_rating_scale_edit_replaces_the_apis_cached_scale(client, desk):
    url = "/api/v1/ratings/"
    warm(client, url)
    rating = Rating.objects.get(slug="false")
    rating.definition = "Not so."
    services.save_rating(rating=rating, user=make_admin(), opened_version=rating.version)
    assert "Not so." in client.get(url).content.decode()


def test_a_rating_scale_edit_keeps_the_cached_pages(client, desk):
    warm(client, claim_url(desk.claim_pk), reverse("home"))
    rating = Rating.objects.get(slug="accurate")
    rating.definition = "Quite right."
    services.save_rating(rating=rating, user=make_admin(), opened_version=rating.version)
    assert is_hit(client, claim_url(desk.claim_pk))
    assert is_hit(client, reverse("home"))


def test_editing_a_working_copy_keeps_the_cached_page_and_it_stays_right(client, desk):
    url = claim_url(desk.claim_pk)
    warm(client, url)
    claim = desk.claim
    claim.rationale = "A draft of a better rationale."
    services.save_claim(claim=claim, user=desk.editor, opened_version=claim.version)
    assert is_hit(client, url)
    assert "A draft of a better rationale." not in client.get(url).content.decode()


def test_a_source_edit_keeps_the_cached_pages_until_a_version_cites_it(client, desk):
    source = desk.claim.evidence.first().source
    url = reverse("source", args=[source.pk])
    warm(client, url, claim_url(desk.claim_pk))
    source.title = "A retitled source"
    services.save_source(source=source, user=desk.editor, opened_version=source.version)
    assert is_hit(client, url)
    assert is_hit(client, claim_url(desk.claim_pk))


def test_a_change_in_one_briefing_keeps_the_other_briefings_pages(client, desk):
    others = [desk.other_briefing.get_absolute_url(), claim_url(desk.other_claim_pk)]
    warm(client, *others)
    services.withdraw_briefing(briefing=desk.briefing, user=desk.editor)
    assert all(is_hit(client, url) for url in others)


def test_a_change_to_a_draft_briefing_keeps_the_front_page(client, desk):
    warm(client, reverse("home"))
    statement = make_statement("A draft\nNothing is public here yet. Nor will it be soon.\n")
    split_statement(statement=statement, offset=statement.text.index("yet"), user=desk.editor)
    assert is_hit(client, reverse("home"))


def test_migrate_replaces_everything(client, desk):
    warm(client, reverse("home"), claim_url(desk.claim_pk))
    post_migrate.send(sender=apps.get_app_config("factcheck"), app_config=apps.get_app_config("factcheck"))
    assert not is_hit(client, reverse("home"))
    assert not is_hit(client, claim_url(desk.claim_pk))


def make_admin():
    return make_user("admin", superuser=True)


def test_a_heading_changed_in_the_admins_section_form_replaces_the_cached_article(client, desk):
    url = desk.briefing.get_absolute_url()
    warm(client, url)
    section = desk.briefing.all_sections.first()
    section.heading = "A heading from the admin"
    section.save()
    assert "A heading from the admin" in client.get(url).content.decode()


def test_moving_a_published_verdict_to_another_statement_replaces_its_pages(client, desk):
    urls = [claim_url(desk.claim_pk), desk.briefing.get_absolute_url()]
    warm(client, *urls)
    claim = desk.claim
    claim.statement = desk.briefing.statements.order_by("position").last()
    services.save_claim(claim=claim, user=desk.editor, opened_version=claim.version)
    fresh = Client()
    fresh.cookies["sessionid"] = "not-a-session"  # a reader the public cache never answers
    for url in urls:
        assert client.get(url).content == fresh.get(url).content, url


def test_writing_a_standards_page_replaces_the_cached_sitemap(client, desk):
    sitemap = reverse("django.contrib.sitemaps.views.sitemap")
    warm(client, sitemap)
    page = FlatPage.objects.get(url="/standards/methodology/")
    page.content = "<p>How we check, written at last.</p>"
    page.save()
    assert not is_hit(client, sitemap)


def test_a_rating_edit_replaces_the_cached_sitemap(client, desk):
    sitemap = reverse("django.contrib.sitemaps.views.sitemap")
    warm(client, sitemap)
    rating = Rating.objects.get(slug="false")
    rating.definition = "Not so, as the evidence shows."
    rating.save()
    assert not is_hit(client, sitemap)
