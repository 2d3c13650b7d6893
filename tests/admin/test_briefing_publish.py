"""The briefing desk's "Publish briefing and approved claims" (.../publish/): a GET, or a POST
without confirm=yes, shows what would go public; only the confirming POST publishes."""

from django.urls import reverse

from briefings.models import Statement
from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_statement, make_unready_claim, stored_state
from ..signing_in import login_page_for

S = Claim.Status
CONFIRM = {"confirm": "yes"}


def publish_url(briefing):
    return reverse("admin:briefings_briefing_publish", args=[briefing.pk])


def approved_claim(checker, **fields):
    return make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True, **fields)


def a_briefing_with_one_of_each(checker):
    """Three statements: an approved claim, a published one, an approved one on a hidden statement."""
    statement = make_statement(
        "A short article\nFirst sentence here.\nSecond sentence here.\nThird one here.\n"
    )
    first, second, third = statement.briefing.statements.order_by("position")
    new = approved_claim(checker, statement=first, text="The port handled 140 ships last week.")
    kept = make_claim(S.PUBLISHED, statement=second, checked=True, text="Officials expect more ships.")
    held = approved_claim(checker, statement=third, text="The harbour is the deepest in the region.")
    Statement.objects.filter(pk=third.pk).update(hidden=True)
    return statement.briefing, new, kept, held


def test_it_publishes_the_briefing_and_its_approved_claims_once_confirmed(client, editor, checker):
    claim = approved_claim(checker)
    briefing = claim.statement.briefing
    client.force_login(editor)
    response = client.post(publish_url(briefing), CONFIRM, follow=True)
    assert response.redirect_chain == [(reverse("admin:briefings_briefing_change", args=[briefing.pk]), 302)]
    briefing.refresh_from_db()
    claim.refresh_from_db()
    assert briefing.status == "published"
    assert claim.is_public


def test_its_message_counts_the_new_and_the_already_published_verdicts(client, editor, checker):
    briefing, *_ = a_briefing_with_one_of_each(checker)
    client.force_login(editor)
    response = client.post(publish_url(briefing), CONFIRM, follow=True)
    assert (
        "The briefing is public with 2 verdicts: 1 new, 1 already published. "
        "1 approved verdict on hidden statements held back until shown again."
    ) in response.text


def test_its_message_says_when_no_verdict_goes_out(client, editor):
    briefing = make_statement().briefing
    client.force_login(editor)
    response = client.post(publish_url(briefing), CONFIRM, follow=True)
    assert "The briefing is public, with no verdicts yet." in response.text


def test_a_get_shows_what_goes_out_what_stays_and_what_is_held_back(client, editor, checker):
    briefing, new, kept, held = a_briefing_with_one_of_each(checker)
    client.force_login(editor)
    response = client.get(publish_url(briefing))
    assert response.status_code == 200
    preview = response.context["preview"]
    assert (preview.going_out, preview.staying, preview.held_back) == ([new], [kept], [held])
    page = response.text
    assert "Verdicts that go out (1)" in page
    assert "version 1, published for the first time" in page
    assert "Already published, public with the briefing (1)" in page
    assert "Held back: approved, on hidden statements (1)" in page
    assert page.index(new.text) < page.index(kept.text) < page.index(held.text)
    assert "Yes, publish the briefing and 1 new verdict" in page


def test_a_get_changes_nothing(client, editor, checker):
    claim = approved_claim(checker)
    briefing = claim.statement.briefing
    before = stored_state(claim)
    client.force_login(editor)
    client.get(publish_url(briefing))
    briefing.refresh_from_db()
    assert briefing.status == "draft"
    assert stored_state(claim) == before


def test_a_post_without_confirm_shows_the_page_and_changes_nothing(client, editor, checker):
    claim = approved_claim(checker)
    briefing = claim.statement.briefing
    before = stored_state(claim)
    client.force_login(editor)
    response = client.post(publish_url(briefing), {"confirm": "maybe"})
    assert response.status_code == 200
    assert "Yes, publish the briefing" in response.text
    briefing.refresh_from_db()
    assert briefing.status == "draft"
    assert stored_state(claim) == before


def test_a_claim_in_revision_goes_out_as_its_next_version(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    Claim.objects.filter(pk=claim.pk).update(status=S.APPROVED)
    briefing.status = briefing.Status.WITHDRAWN
    briefing.save()
    client.force_login(editor)
    assert "version 2, replacing version 1" in client.get(publish_url(briefing)).text


def test_it_refuses_a_checker(client, checker):
    briefing = make_statement().briefing
    client.force_login(checker)
    assert client.get(publish_url(briefing)).status_code == 403
    assert client.post(publish_url(briefing), CONFIRM).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    briefing = make_statement().briefing
    client.force_login(staff_member)
    assert client.get(publish_url(briefing)).status_code == 403
    assert client.post(publish_url(briefing), CONFIRM).status_code == 403
    briefing.refresh_from_db()
    assert briefing.status == "draft"


def test_it_refuses_a_briefing_published_already(client, editor, checker):
    briefing, claim = make_published_briefing(checker, editor)
    before = stored_state(claim)
    client.force_login(editor)
    assert client.get(publish_url(briefing)).status_code == 403
    assert client.post(publish_url(briefing), CONFIRM).status_code == 403
    assert stored_state(claim) == before


def test_it_answers_an_unknown_briefing_with_404(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:briefings_briefing_publish", args=[999999])).status_code == 404


def test_it_redirects_anonymous_to_login(client, db):
    briefing = make_statement().briefing
    url = publish_url(briefing)
    assert client.get(url, follow=True).redirect_chain[-1][0] == login_page_for(url)
    assert client.post(url, CONFIRM, follow=True).redirect_chain[-1][0] == login_page_for(url)
    briefing.refresh_from_db()
    assert briefing.status == "draft"


# The pre-publication checklist (issue 19)


def test_a_get_names_each_verdict_held_back_by_the_checklist_with_what_it_lacks(client, editor, checker):
    unready = make_unready_claim(checker)
    client.force_login(editor)
    page = client.get(publish_url(unready.statement.briefing)).text
    assert "Held back: approved, short of the pre-publication checklist (1)" in page
    assert "<li>a rationale of at least 100 characters (it has 10)</li>" in page
    assert "Yes, publish the briefing</button>" in page


def test_publishing_holds_back_the_verdicts_short_of_the_checklist_and_says_so(client, editor, checker):
    unready = make_unready_claim(checker)
    client.force_login(editor)
    response = client.post(publish_url(unready.statement.briefing), CONFIRM, follow=True)
    assert "1 approved verdict held back: short of the pre-publication checklist." in response.text
    unready.refresh_from_db()
    assert (unready.status, unready.live_version) == (S.APPROVED, None)


def test_its_confirmation_names_the_verdicts_it_lists(client, editor, checker):
    claim = approved_claim(checker)
    client.force_login(editor)
    page = client.get(publish_url(claim.statement.briefing)).text
    assert f'name="going_out" value="{claim.pk}.{claim.version}"' in page


def test_a_confirmation_read_before_another_approval_publishes_nothing_and_lists_again(
    client, editor, checker
):
    claim = approved_claim(checker)
    briefing = claim.statement.briefing
    client.force_login(editor)
    read = {**CONFIRM, "going_out": f"{claim.pk}.{claim.version}"}
    later = approved_claim(checker, statement=claim.statement, text="Approved while the page was open.")
    response = client.post(publish_url(briefing), read)
    assert response.status_code == 200
    assert "Nothing was published" in response.text
    assert "Approved while the page was open." in response.text
    briefing.refresh_from_db()
    assert briefing.status != "published"
    assert not Claim.objects.get(pk=later.pk).is_public
