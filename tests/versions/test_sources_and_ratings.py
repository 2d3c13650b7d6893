"""A source or rating edit is recorded and reaches a published verdict only when an editor
publishes it again; the desk lists the verdicts that cite an outdated copy."""

import re

import pytest
from django.urls import reverse

from factcheck import services
from factcheck.models import Rating, Source, SourceEvent

from ..factories import make_user
from .test_live_version_stays_live import public_answers


def rename_source(desk, user, **fields):
    source = type(desk.source).objects.get(pk=desk.source.pk)
    for name, value in {"title": "Port of Odesa annual report", **fields}.items():
        setattr(source, name, value)
    return services.save_source(source=source, user=user, comment="The report's real title.")


def test_a_source_edit_changes_no_published_page(client, desk):
    before = public_answers(client, desk)
    rename_source(desk, desk.editor, publisher="Port authority")
    assert public_answers(client, desk) == before


SCALE_ENTRY = re.compile(rb"<url><loc>[^<]*/standards/rating-scale/</loc>.*?</url>", re.S)


def outside_the_scale(answers):
    """The answers as a rating edit must leave them: the sitemap lists the rating-scale page dated
    by its last edit, so that entry (and the sitemap's ETag and date) moves, as the page does."""
    sitemap = answers.pop("/sitemap.xml")[0]
    return {**answers, "/sitemap.xml": SCALE_ENTRY.sub(b"", sitemap)}


def test_a_rating_rename_changes_no_published_page(client, desk):
    before = outside_the_scale(public_answers(client, desk))
    rating = Rating.objects.get(slug="accurate")
    rating.name, rating.definition = "Correct", "Right in every detail."
    services.save_rating(rating=rating, user=make_user("root", superuser=True))
    assert outside_the_scale(public_answers(client, desk)) == before


def test_a_source_edit_is_recorded_with_who_what_and_why(desk):
    rename_source(desk, desk.editor)
    event = SourceEvent.objects.get(source=desk.source, action="changed")
    assert event.actor == desk.editor
    assert event.changes["title"] == ["Russian invasion of Ukraine", "Port of Odesa annual report"]
    assert event.comment == "The report's real title."


def test_a_source_edit_flags_the_verdicts_citing_it(desk):
    assert rename_source(desk, desk.editor) == 1
    claim = desk.fresh()
    assert claim.citations_changed
    assert claim.events.first().action == "source_changed"


def test_a_flag_is_a_change_to_the_claim_with_its_own_version(desk):
    """`version` counts the claim's events, and an edit form opened before the flag is stale."""
    before = desk.fresh().version
    rename_source(desk, desk.editor)
    claim = desk.fresh()
    assert claim.version == before + 1 == claim.events.count()


def test_an_internal_note_flags_nothing(client, desk):
    url = f"/api/v1/claims/{desk.claim.pk}/"
    before = client.get(url)
    source = type(desk.source).objects.get(pk=desk.source.pk)
    source.notes = "Ask the port for the raw figures."
    assert services.save_source(source=source, user=desk.checker) == 0
    assert not desk.fresh().citations_changed
    assert client.get(url, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304


def test_the_desk_lists_verdicts_citing_a_changed_source(client, desk):
    rename_source(desk, desk.editor)
    client.force_login(desk.editor)
    page = client.get(reverse("admin:index")).content.decode()
    assert 'Published verdicts citing a changed source or rating <span class="badge">(1)</span>' in page


def test_republishing_brings_the_source_up_to_date(client, desk):
    rename_source(desk, desk.editor)
    claim = services.take_action(claim=desk.fresh(), action="republish", user=desk.second_editor)
    assert claim.live_version.number == 2
    assert not claim.citations_changed
    page = client.get(reverse("claim", args=[claim.pk])).content.decode()
    assert "Port of Odesa annual report" in page


def test_republishing_is_refused_when_nothing_it_cites_changed(desk):
    with pytest.raises(services.WorkflowError, match="nothing it cites has changed since it was published"):
        services.take_action(claim=desk.fresh(), action="republish", user=desk.editor)


def test_a_checker_may_not_change_a_source_a_published_verdict_cites(desk):
    with pytest.raises(services.WorkflowError, match="only editors change what readers see of it"):
        rename_source(desk, desk.checker)
    desk.source.refresh_from_db()
    assert desk.source.title == "Russian invasion of Ukraine"
    assert not SourceEvent.objects.filter(action="changed").exists()


def test_the_admin_refuses_a_checkers_change_to_a_cited_source_with_a_message(client, desk):
    client.force_login(desk.checker)
    url = reverse("admin:factcheck_source_change", args=[desk.source.pk])
    response = client.post(
        url,
        {"url": desk.source.url, "title": "Renamed", "kind": "reference", "opened_version": 1},
        follow=True,
    )
    assert "only editors change what readers see of it" in response.content.decode()
    desk.source.refresh_from_db()
    assert desk.source.title == "Russian invasion of Ukraine"


def test_a_checker_may_not_change_the_rating_scale(desk):
    rating = Rating.objects.get(slug="accurate")
    rating.name = "Correct"
    with pytest.raises(services.WorkflowError, match="for admins"):
        services.save_rating(rating=rating, user=desk.checker)
    assert Rating.objects.get(slug="accurate").name == "Accurate"


def test_a_source_edit_over_someone_elses_newer_change_is_refused(desk):
    rename_source(desk, desk.editor)
    stale = Source.objects.get(pk=desk.source.pk)
    stale.publisher = "Someone's other idea"
    with pytest.raises(services.EditConflict, match="changed this source"):
        services.save_source(source=stale, user=desk.second_editor, opened_version=1)
    assert Source.objects.get(pk=desk.source.pk).publisher == "Wikipedia"
    assert SourceEvent.objects.filter(action="changed").count() == 1


def test_a_rating_edit_over_someone_elses_newer_change_is_refused(desk):
    admin = make_user("root", superuser=True)
    rating = Rating.objects.get(slug="accurate")
    rating.definition = "Checked and right."
    services.save_rating(rating=rating, user=admin, opened_version=1)
    rating.definition = "Another definition, from a page opened earlier."
    with pytest.raises(services.EditConflict, match="changed this rating"):
        services.save_rating(rating=rating, user=admin, opened_version=1)
    assert Rating.objects.get(slug="accurate").definition == "Checked and right."


def test_the_admin_names_the_newer_change_to_a_source_instead_of_saving_over_it(client, desk):
    rename_source(desk, desk.editor)
    client.force_login(desk.second_editor)
    url = reverse("admin:factcheck_source_change", args=[desk.source.pk])
    response = client.post(
        url, {"url": desk.source.url, "title": "Mine", "kind": "reference", "opened_version": 1}
    )
    assert response.status_code == 200
    assert "changed this source" in response.content.decode()
    assert Source.objects.get(pk=desk.source.pk).title != "Mine"


def test_the_admin_refuses_a_source_form_that_does_not_say_which_version_it_opened(client, desk):
    client.force_login(desk.editor)
    url = reverse("admin:factcheck_source_change", args=[desk.source.pk])
    response = client.post(url, {"url": desk.source.url, "title": "Mine", "kind": "reference"})
    assert "did not say which version of the source you opened" in response.content.decode()
    assert Source.objects.get(pk=desk.source.pk).title != "Mine"


def test_the_admin_refuses_an_address_too_long_once_normalised_with_a_message(client, desk):
    """Percent-encoding 400 accented letters makes 2,400 characters: a form error, not a 500."""
    client.force_login(desk.editor)
    url = "https://example.org/" + "é" * 400
    response = client.post(
        reverse("admin:factcheck_source_add"), {"url": url, "title": "Long", "kind": "other"}
    )
    assert response.status_code == 200
    assert "once normalised" in response.content.decode()
    assert not type(desk.source).objects.filter(title="Long").exists()


def test_the_rating_service_refuses_a_colour_that_is_not_a_hex_colour_whatever_door_sends_it(db):
    """The colour reaches a style attribute on public pages; the form is not the only way in."""
    admin = make_user("root", superuser=True)
    rating = Rating.objects.get(slug="accurate")
    rating.colour = "red;background:url(https://evil.example/)"
    with pytest.raises(services.WorkflowError, match="colour: Use a hex colour"):
        services.save_rating(rating=rating, user=admin, opened_version=rating.version)
    assert Rating.objects.get(slug="accurate").colour != rating.colour


def test_the_source_service_refuses_an_address_that_is_not_a_web_address(desk):
    source = Source.objects.get(pk=desk.source.pk)
    source.url = "javascript:alert(1)"
    with pytest.raises(services.WorkflowError, match="Not saved"):
        services.save_source(source=source, user=desk.editor, opened_version=source.version)
    assert Source.objects.get(pk=desk.source.pk).url.startswith("https://")
