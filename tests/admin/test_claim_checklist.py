"""The pre-publication checklist on the claim's desk page, beside the workflow buttons, and its
override form (POST .../checklist-override/): the service decides who may."""

import pytest
from django.urls import reverse

from factcheck import checklist
from factcheck.models import Claim

from ..factories import UNREADY, make_claim, make_unready_claim, make_user, stored_state
from ..signing_in import login_page_for
from .test_claim_change import form_data

S = Claim.Status
REASON = "The rating speaks for itself; the desk agreed on a short rationale."


def change_url(claim):
    return reverse("admin:factcheck_claim_change", args=[claim.pk])


def override_url(claim):
    return reverse("admin:factcheck_claim_checklist_override", args=[claim.pk])


def overriding(claim, item="rationale", reason=REASON):
    return {"item": item, "reason": reason, "opened_version": claim.version}


def test_the_desk_page_ticks_each_item_and_says_what_is_missing(client, editor, checker):
    claim = make_unready_claim(checker)
    client.force_login(editor)
    page = client.get(change_url(claim)).text
    assert '<h2 id="checklist-heading">Before publishing</h2>' in page
    assert "Done:</span> A source a reader can open" in page
    assert (
        "Missing:</span> A rationale long enough to follow: needs a rationale of at least 100 characters"
        in page
    )
    assert "Missing:</span> Right of reply answered: needs an answer on right of reply" in page


def test_the_desk_page_shows_an_override_with_who_and_why(client, editor, checker):
    claim = make_unready_claim(checker)
    client.force_login(editor)
    client.post(override_url(claim), overriding(claim))
    page = client.get(change_url(claim)).text
    assert f"Overridden:</span> A rationale long enough to follow: overridden by editor: “{REASON}”" in page


def test_the_desk_page_offers_the_override_form_only_to_an_editor_who_may(client, editor, checker):
    claim = make_unready_claim(checker)
    client.force_login(checker)
    assert "checklist-override" not in client.get(change_url(claim)).text
    client.force_login(editor)
    assert 'action="' + override_url(claim) + '"' in client.get(change_url(claim)).text


def test_the_desk_page_shows_no_checklist_when_it_is_switched_off(client, editor, checker, settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = ""
    client.force_login(editor)
    assert "Before publishing" not in client.get(change_url(make_unready_claim(checker))).text


def test_the_publish_button_is_refused_with_what_is_missing(client, editor, checker):
    claim = make_unready_claim(checker)
    before = stored_state(claim)
    client.force_login(editor)
    url = reverse("admin:factcheck_claim_workflow", args=[claim.pk, "publish"])
    response = client.post(url, {"opened_version": claim.version}, follow=True)
    assert UNREADY in response.text
    assert stored_state(claim) == before


def test_it_overrides_an_item_for_an_editor(client, editor, checker):
    claim = make_unready_claim(checker)
    client.force_login(editor)
    response = client.post(override_url(claim), overriding(claim), follow=True)
    assert "Overridden for the next publication: A rationale long enough to follow." in response.text
    assert Claim.objects.get(pk=claim.pk).checklist_overrides["rationale"]["reason"] == REASON


def test_it_refuses_a_checker(client, checker):
    claim = make_unready_claim(make_user("other", "Checker"))
    before = stored_state(claim)
    client.force_login(checker)
    response = client.post(override_url(claim), overriding(claim), follow=True)
    assert "You may not override the checklist on this claim" in response.text
    assert stored_state(claim) == before


def test_it_refuses_a_staff_member_without_a_role(client, staff_member, checker):
    claim = make_unready_claim(checker)
    before = stored_state(claim)
    client.force_login(staff_member)
    client.post(override_url(claim), overriding(claim))
    assert stored_state(claim) == before


def test_it_redirects_anonymous_to_login(client, checker):
    claim = make_unready_claim(checker)
    before = stored_state(claim)
    response = client.post(override_url(claim), overriding(claim), follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(override_url(claim))
    assert stored_state(claim) == before


def test_it_answers_get_with_405(client, editor, checker):
    client.force_login(editor)
    assert client.get(override_url(make_unready_claim(checker))).status_code == 405


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"item": "rationale", "reason": ""}, "Nothing was overridden."),
        ({"item": "sauce", "reason": REASON}, "Nothing was overridden."),
        ({"item": "source", "reason": REASON}, "passes already"),
    ],
)
def test_bad_input_gets_a_message_and_changes_nothing(client, editor, checker, data, message):
    claim = make_unready_claim(checker)
    before = stored_state(claim)
    client.force_login(editor)
    response = client.post(override_url(claim), {**data, "opened_version": claim.version}, follow=True)
    assert response.status_code == 200
    assert message in response.text
    assert stored_state(claim) == before


def test_it_refuses_a_form_that_names_no_version(client, editor, checker):
    claim = make_unready_claim(checker)
    client.force_login(editor)
    response = client.post(override_url(claim), {"item": "rationale", "reason": REASON}, follow=True)
    assert "did not say which version" in response.text
    assert Claim.objects.get(pk=claim.pk).checklist_overrides == {}


def test_it_refuses_a_stale_page(client, editor, checker):
    claim = make_unready_claim(checker)
    client.force_login(editor)
    response = client.post(
        override_url(claim), {**overriding(claim), "opened_version": claim.version + 5}, follow=True
    )
    assert "after you opened it" in response.text
    assert Claim.objects.get(pk=claim.pk).checklist_overrides == {}


def test_the_change_form_saves_right_of_reply(client, editor, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=editor, checked=True)
    client.force_login(editor)
    data = form_data(claim, reply_status="contacted", contacted_on="2026-12-01", reply_note="No answer yet.")
    client.post(change_url(claim), data)
    claim.refresh_from_db()
    assert (claim.reply_status, str(claim.contacted_on), claim.reply_note) == (
        "contacted",
        "2026-12-01",
        "No answer yet.",
    )


# Beside Submit: what the editor's checklist will say, before the checker submits


def submit_checklist_line(page):
    start = page.index('id="submit-checklist"')
    return page[start : page.index("</p>", start)]


def test_beside_submit_the_checker_sees_which_checklist_items_are_not_met(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    Claim.objects.filter(pk=claim.pk).update(rationale="140 ships.", reply_status="")
    client.force_login(checker)
    line = submit_checklist_line(client.get(change_url(claim)).text)
    assert "2 of 5 not met yet (a rationale long enough to follow; right of reply answered)" in line
    assert 'href="#checklist-heading"' in line


def test_beside_submit_the_checker_sees_that_every_checklist_item_is_met(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    assert "all 5 met" in submit_checklist_line(client.get(change_url(claim)).text)


def test_the_submit_button_is_described_by_the_checklist_line(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, rationale="Figures from the port.")
    client.force_login(checker)
    page = client.get(change_url(claim)).text
    assert 'aria-describedby="submit-missing submit-checklist">Submit for review</button>' in page


def test_the_checklist_line_does_not_stop_submitting(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    Claim.objects.filter(pk=claim.pk).update(rationale="140 ships.")
    client.force_login(checker)
    url = reverse("admin:factcheck_claim_workflow", args=[claim.pk, "submit"])
    client.post(url, {"opened_version": Claim.objects.get(pk=claim.pk).version})
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW


def test_no_checklist_line_stands_beside_submit_when_the_checklist_is_off(client, checker, settings):
    settings.FACTDESK_PUBLISH_CHECKLIST = ""
    claim = make_claim(S.IN_PROGRESS, assignee=checker, checked=True)
    client.force_login(checker)
    page = client.get(change_url(claim)).text
    assert 'value="submit"' in page
    assert "submit-checklist" not in page


def test_a_missing_item_whose_need_repeats_its_label_is_listed_once():
    result = checklist.Result(
        checklist.BY_NAME["source"], True, "a source a reader can open (a web address)", None
    )
    assert result.wanting == "A source a reader can open (a web address)"


def test_a_missing_item_whose_need_says_more_keeps_its_label():
    result = checklist.Result(
        checklist.BY_NAME["right_of_reply"], True, "the date the claimant was contacted", None
    )
    assert result.wanting == "Right of reply answered: needs the date the claimant was contacted"
