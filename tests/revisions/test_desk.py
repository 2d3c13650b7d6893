"""The briefing desk's revision pages: import a revision, read one, compare two, settle claims."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from briefings.importers import import_briefing
from briefings.models import Revision
from factcheck.models import Claim

from ..factories import make_staff
from ..signing_in import login_page_for
from .conftest import revised

pytestmark = pytest.mark.django_db


def revise_url(briefing):
    return reverse("admin:briefings_briefing_revise", args=[briefing.pk])


def compare_url(briefing):
    return reverse("admin:briefings_briefing_compare", args=[briefing.pk])


def change_url(briefing):
    return reverse("admin:briefings_briefing_change", args=[briefing.pk])


def test_the_briefing_page_offers_an_editor_a_new_revision(client, newsroom):
    client.force_login(newsroom.editor)
    assert revise_url(newsroom.briefing) in client.get(change_url(newsroom.briefing)).content.decode()


def test_the_briefing_page_does_not_offer_a_checker_a_new_revision(client, newsroom):
    client.force_login(newsroom.checker)
    assert revise_url(newsroom.briefing) not in client.get(change_url(newsroom.briefing)).content.decode()


def test_an_editor_imports_a_pasted_revision(client, newsroom):
    client.force_login(newsroom.editor)
    response = client.post(revise_url(newsroom.briefing), {"pasted": revised("cut"), "format": "auto"})
    assert response.status_code == 302
    assert newsroom.briefing.revisions.count() == 2


def test_an_editor_imports_an_uploaded_revision(client, newsroom):
    client.force_login(newsroom.editor)
    upload = SimpleUploadedFile("article.txt", revised("cut").encode("utf-8"))
    client.post(revise_url(newsroom.briefing), {"document": upload, "format": "auto"})
    assert newsroom.briefing.revisions.get(number=2).original_filename == "article.txt"


def test_the_message_names_the_revision_and_its_counts(client, newsroom):
    client.force_login(newsroom.editor)
    response = client.post(
        revise_url(newsroom.briefing), {"pasted": revised("cut"), "format": "auto"}, follow=True
    )
    assert "Imported revision 2 of “<a " in response.content.decode()
    assert "kept, " in response.content.decode()


def test_the_same_text_again_is_unchanged(client, newsroom):
    client.force_login(newsroom.editor)
    client.post(revise_url(newsroom.briefing), {"pasted": revised() + "\n", "format": "auto"})
    assert newsroom.briefing.revisions.count() == 1


def test_it_shows_the_importers_refusal_and_changes_nothing(client, newsroom):
    client.force_login(newsroom.editor)
    response = client.post(revise_url(newsroom.briefing), {"pasted": "Only a title\n", "format": "auto"})
    assert "No statements found" in response.content.decode()
    assert Revision.objects.count() == 1


def test_it_refuses_a_checker(client, newsroom):
    client.force_login(newsroom.checker)
    response = client.post(revise_url(newsroom.briefing), {"pasted": revised("cut"), "format": "auto"})
    assert response.status_code == 403
    assert Revision.objects.count() == 1


def test_it_refuses_staff_without_a_role(client, newsroom):
    client.force_login(make_staff())
    assert client.get(revise_url(newsroom.briefing)).status_code == 403


def test_it_sends_anonymous_to_sign_in(client, newsroom):
    url = revise_url(newsroom.briefing)
    assert client.post(url, {"pasted": revised("cut")}, follow=True).redirect_chain[-1][0] == login_page_for(
        url
    )
    assert Revision.objects.count() == 1


def test_it_answers_put_with_405(client, newsroom):
    client.force_login(newsroom.editor)
    assert client.put(revise_url(newsroom.briefing)).status_code == 405


def test_it_answers_404_for_an_unknown_briefing(client, newsroom):
    client.force_login(newsroom.editor)
    assert client.get(reverse("admin:briefings_briefing_revise", args=[999999])).status_code == 404


def test_a_revisions_text_stays_readable_on_the_desk(client, newsroom):
    newsroom.revise("cut")
    client.force_login(newsroom.checker)
    url = reverse("admin:briefings_briefing_revision", args=[newsroom.briefing.pk, 1])
    assert "have not yet provided official comments" in client.get(url).content.decode()


def test_an_unknown_revision_is_404(client, newsroom):
    client.force_login(newsroom.checker)
    url = reverse("admin:briefings_briefing_revision", args=[newsroom.briefing.pk, 9])
    assert client.get(url).status_code == 404


def test_the_briefing_page_lists_the_revisions(client, newsroom):
    newsroom.revise("cut")
    client.force_login(newsroom.checker)
    page = client.get(change_url(newsroom.briefing)).content.decode()
    assert "Revisions (2)" in page
    assert "1 removed" in page


def test_comparing_shows_a_removed_sentence(client, newsroom):
    newsroom.revise("cut")
    client.force_login(newsroom.checker)
    page = client.get(compare_url(newsroom.briefing), {"from": 1, "to": 2}).content.decode()
    assert "<del>The White House and the Russian embassy" in page


def test_comparing_shows_an_added_sentence(client, newsroom):
    newsroom.revise("new")
    client.force_login(newsroom.checker)
    page = client.get(compare_url(newsroom.briefing)).content.decode()
    assert "<ins>A spokesman called them final.</ins>" in page


def test_comparing_shows_a_changed_word(client, newsroom):
    newsroom.revise("number")
    client.force_login(newsroom.checker)
    page = client.get(compare_url(newsroom.briefing)).content.decode()
    assert "<del>30</del>" in page
    assert "<ins>45</ins>" in page


def test_comparing_any_two_revisions_either_way(client, newsroom):
    newsroom.revise("cut")
    newsroom.revise("cut", "new")
    client.force_login(newsroom.checker)
    page = client.get(compare_url(newsroom.briefing), {"from": 3, "to": 1}).content.decode()
    assert "<ins>The White House and the Russian embassy" in page


def test_comparing_a_revision_it_does_not_have_says_so(client, newsroom):
    client.force_login(newsroom.checker)
    response = client.get(compare_url(newsroom.briefing), {"from": "x", "to": 7}, follow=True)
    assert "Choose two revisions this briefing has." in response.content.decode()


def test_comparing_escapes_the_articles_words(client, newsroom):
    import_briefing(revised("number").replace("45-day", "<b>45</b>-day"), slug="peace")
    client.force_login(newsroom.checker)
    page = client.get(compare_url(newsroom.briefing)).content.decode()
    assert "<b>45</b>" not in page


def test_the_briefing_page_lists_the_claims_to_check_after_a_revision(client, newsroom):
    newsroom.revise("cut")
    client.force_login(newsroom.checker)
    page = client.get(change_url(newsroom.briefing)).content.decode()
    assert "Claims to check after a revision (1)" in page
    assert "Removed from the article" in page


def test_the_claim_page_offers_an_editor_to_confirm_a_changed_wording(client, newsroom):
    newsroom.revise("number")
    Claim.objects.filter(pk=newsroom.claims["number"].pk).update(anchor="changed")
    client.force_login(newsroom.editor)
    page = client.get(
        reverse("admin:factcheck_claim_change", args=[newsroom.claims["number"].pk])
    ).content.decode()
    assert "Confirm: the verdict holds for the new wording" in page


def test_the_claim_page_does_not_offer_a_checker_to_confirm(client, newsroom):
    newsroom.revise("number")
    Claim.objects.filter(pk=newsroom.claims["number"].pk).update(anchor="changed")
    client.force_login(newsroom.checker)
    page = client.get(
        reverse("admin:factcheck_claim_change", args=[newsroom.claims["number"].pk])
    ).content.decode()
    assert "Wording changed in revision 2" in page
    assert "Confirm: the verdict holds" not in page


def confirm(client, claim, **data):
    url = reverse("admin:factcheck_claim_confirm_anchor", args=[claim.pk])
    return client.post(url, {"opened_version": claim.version, **data}, follow=True)


@pytest.fixture
def changed(newsroom):
    newsroom.revise("number")
    Claim.objects.filter(pk=newsroom.claims["number"].pk).update(anchor="changed")
    return Claim.objects.get(pk=newsroom.claims["number"].pk)


def test_an_editor_confirms_from_the_claim_page(client, newsroom, changed):
    client.force_login(newsroom.editor)
    assert "Confirmed" in confirm(client, changed).content.decode()
    assert Claim.objects.get(pk=changed.pk).anchor == "exact"


def test_a_checker_is_told_no_and_nothing_changes(client, newsroom, changed):
    client.force_login(newsroom.checker)
    assert "An editor who did not research" in confirm(client, changed).content.decode()
    assert Claim.objects.get(pk=changed.pk).anchor == "changed"


def test_confirming_without_the_opened_version_is_refused(client, newsroom, changed):
    client.force_login(newsroom.editor)
    client.post(reverse("admin:factcheck_claim_confirm_anchor", args=[changed.pk]))
    assert Claim.objects.get(pk=changed.pk).anchor == "changed"


def test_confirming_answers_get_with_405(client, newsroom, changed):
    client.force_login(newsroom.editor)
    assert client.get(reverse("admin:factcheck_claim_confirm_anchor", args=[changed.pk])).status_code == 405


def test_confirming_sends_anonymous_to_sign_in(client, newsroom, changed):
    confirm(client, changed)
    assert Claim.objects.get(pk=changed.pk).anchor == "changed"


def test_the_briefing_page_queries_do_not_grow_with_the_claims_to_check(
    client, newsroom, django_assert_max_num_queries
):
    newsroom.revise("cut", "date", "number", "reworded")
    client.force_login(newsroom.editor)
    with django_assert_max_num_queries(40):
        client.get(change_url(newsroom.briefing))


def test_the_message_keeps_the_articles_title_as_written(client, newsroom):
    client.force_login(newsroom.editor)
    response = client.post(
        revise_url(newsroom.briefing), {"pasted": revised("cut"), "format": "auto"}, follow=True
    )
    assert ">Russia’s Proposals for Peace Negotiations with the U.S.</a>”" in response.content.decode()
