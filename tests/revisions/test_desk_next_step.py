"""After an editor imports a revision on the desk: what to do next, in newsroom words, and the way
to it (the claims to check, at the top of the briefing's page)."""

import pytest
from django.urls import reverse

from .conftest import revised

pytestmark = pytest.mark.django_db


def import_revision(client, newsroom, *kinds):
    client.force_login(newsroom.editor)
    url = reverse("admin:briefings_briefing_revise", args=[newsroom.briefing.pk])
    return client.post(url, {"pasted": revised(*kinds), "format": "auto"}, follow=True)


def test_it_says_which_verdicts_to_confirm_for_the_new_wording(client, newsroom):
    response = import_revision(client, newsroom, "date", "number")
    assert (
        "Next: 2 claims whose sentence was reworded. Open each under “Claims to check after a "
        "revision” and confirm that its verdict holds for the new wording, or correct the verdict."
    ) in response.text


def test_it_says_how_to_settle_a_claim_whose_sentence_was_cut(client, newsroom):
    response = import_revision(client, newsroom, "cut")
    assert (
        "Next: 1 claim whose sentence left the article. Open it under “Claims to check after a "
        "revision” and link it to the sentence of the new text that still says it, if one does; a "
        "published verdict stays, with a notice to readers that its sentence was removed."
    ) in response.text


def test_it_says_there_is_nothing_to_check_when_every_claim_kept_its_wording(client, newsroom):
    response = import_revision(client, newsroom, "moved")
    assert "Nothing to check: every claim’s sentence is in the new text, word for word." in response.text


def test_it_lands_on_the_claims_to_check(client, newsroom):
    response = import_revision(client, newsroom, "date")
    page = reverse("admin:briefings_briefing_change", args=[newsroom.briefing.pk])
    assert response.redirect_chain == [(f"{page}#claims-to-check", 302)]
    assert 'id="claims-to-check"' in response.text
