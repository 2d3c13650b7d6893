"""The briefing's page on the desk: the article's statements in order with their claims and
"+ Claim", and the editor's "Publish briefing" and "Withdraw from the public"."""

from django.urls import reverse

from briefings.importers import import_briefing
from factcheck.models import Claim

from ..factories import make_claim, make_published_briefing, make_statement
from ..signing_in import login_page_for

S = Claim.Status


def change_url(briefing):
    return reverse("admin:briefings_briefing_change", args=[briefing.pk])


def test_it_shows_the_article_as_written(admin_client, sample_briefing):
    response = admin_client.get(change_url(sample_briefing))
    assert response.status_code == 200
    assert "What Lies Ahead?" in response.content.decode()


def test_it_offers_an_editor_withdraw_for_a_published_briefing(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    client.force_login(editor)
    assert "Withdraw from the public" in client.get(change_url(briefing)).content.decode()


def test_its_form_cannot_publish_behind_the_publish_button(client, editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    briefing = claim.statement.briefing
    client.force_login(editor)
    form = {"title": briefing.title, "slug": briefing.slug, "status": "published", "note": ""}
    form.update({f"sections-{key}": value for key, value in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()})
    response = client.post(change_url(briefing), form)
    assert response.status_code == 302  # the rest of the form saved
    briefing.refresh_from_db()
    claim.refresh_from_db()
    assert (briefing.status, claim.status) == ("draft", S.APPROVED)


def test_it_offers_a_checker_plus_claim_on_every_statement(client, checker):
    briefing = make_statement(
        "A short article\nThe port handled 140 ships. Officials expect more.\n"
    ).briefing
    client.force_login(checker)
    page = client.get(change_url(briefing)).content.decode()
    assert 'aria-label="Make a claim from statement 1"' in page
    assert 'aria-label="Make a claim from statement 2"' in page


def test_it_shows_each_statements_claims(client, checker):
    claim = make_claim(S.IN_PROGRESS, assignee=checker)
    client.force_login(checker)
    page = client.get(change_url(claim.statement.briefing)).content.decode()
    assert reverse("admin:factcheck_claim_change", args=[claim.pk]) in page
    assert "In progress" in page


def test_it_offers_an_editor_publish_for_a_draft(client, editor):
    briefing = make_statement().briefing
    client.force_login(editor)
    page = client.get(change_url(briefing)).content.decode()
    assert "Publish briefing and approved claims" in page
    assert "Withdraw from the public" not in page


def test_on_a_draft_with_nothing_approved_publish_is_a_quiet_tool(client, editor):
    briefing = make_statement().briefing
    client.force_login(editor)
    page = client.get(change_url(briefing)).text
    assert 'class="button publish-briefing quiet">Publish briefing and approved claims (none yet)…' in page


def test_with_approved_claims_publish_counts_them_and_stands_out(client, editor, checker):
    claim = make_claim(S.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    make_claim(S.APPROVED, statement=claim.statement, assignee=checker, submitted_by=checker)
    client.force_login(editor)
    page = client.get(change_url(claim.statement.briefing)).text
    assert 'class="button publish-briefing default">Publish briefing and approved claims (2)…' in page


def test_it_offers_a_checker_neither_publish_nor_withdraw(client, editor, checker):
    briefing, _ = make_published_briefing(checker, editor)
    draft = make_statement("A draft article\nIt is not ready.\n").briefing
    client.force_login(checker)
    for page in (client.get(change_url(briefing)).text, client.get(change_url(draft)).text):
        assert "Publish briefing and approved claims" not in page
        assert "Withdraw from the public" not in page


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    briefing = make_statement().briefing
    client.force_login(staff_member)
    assert client.get(change_url(briefing)).status_code == 403


def test_it_redirects_anonymous_to_login(client, db):
    url = change_url(make_statement().briefing)
    assert client.get(url, follow=True).redirect_chain[-1][0] == login_page_for(url)


def test_a_long_briefing_shows_its_statements_a_page_at_a_time(client, editor, django_assert_max_num_queries):
    text = "A long article\n" + "".join(f"Sentence number {i} says something.\n" for i in range(450))
    briefing = import_briefing(text).briefing
    client.force_login(editor)
    url = reverse("admin:briefings_briefing_change", args=[briefing.pk])
    with django_assert_max_num_queries(30):
        first = client.get(url).content.decode()
    assert 'id="s-200"' in first
    assert 'id="s-201"' not in first
    third = client.get(url, {"statements": 3}).content.decode()
    assert 'id="s-401"' in third
    assert 'id="s-400"' not in third
    assert "450 statements, page 3 of 3" in third


def test_an_editor_may_correct_the_detected_language(admin_client, sample_briefing):
    page = admin_client.get(change_url(sample_briefing)).content.decode()
    assert 'name="language"' in page


def test_it_offers_a_way_past_the_briefings_fields_to_the_statements(admin_client, sample_briefing):
    page = admin_client.get(change_url(sample_briefing)).content.decode()
    assert '<a href="#statements">Skip to the statements</a>' in page
    assert page.index("Skip to the statements") < page.index('id="statements"')
