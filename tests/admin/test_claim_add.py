"""The claim's add form on the desk (/admin/factcheck/claim/add/): a claim typed in by hand."""

from django.urls import reverse

from factcheck.models import Claim, ClaimEvent

from ..factories import make_statement
from ..signing_in import login_page_for

URL = reverse("admin:factcheck_claim_add")


def form_data(statement, **overrides):
    return {
        "statement": statement.pk,
        "text": "The port handled 140 ships last week.",
        "short_text": "",
        "claimant": "The mayor",
        "check_worthiness": "",
        "rating": "",
        "rationale": "",
        "change_note": "",
        "opened_version": "",
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "evidence-MIN_NUM_FORMS": 0,
        "evidence-MAX_NUM_FORMS": 1000,
        **overrides,
    }


def test_it_makes_the_claim_through_the_service(client, checker):
    statement = make_statement()
    client.force_login(checker)
    response = client.post(URL, form_data(statement))
    claim = Claim.objects.get()
    assert response.status_code == 302
    assert (claim.claimant, claim.status, claim.version) == ("The mayor", Claim.Status.NEW, 1)
    assert claim.events.get().action == "created"


def test_it_starts_from_the_statements_wording(client, checker):
    statement = make_statement()
    client.force_login(checker)
    response = client.get(URL, {"statement": statement.pk})
    assert response.context["adminform"].form.initial["text"] == statement.text


def test_it_ignores_a_due_date_from_a_checker(client, checker):
    client.force_login(checker)
    client.post(URL, form_data(make_statement(), due_on="2099-01-01"))
    assert Claim.objects.get().due_on is None


def test_it_refuses_a_staff_member_without_a_role(client, staff_member):
    statement = make_statement()
    client.force_login(staff_member)
    assert client.get(URL).status_code == 403
    assert client.post(URL, form_data(statement)).status_code == 403
    assert not Claim.objects.exists()
    assert not ClaimEvent.objects.exists()


def test_it_redirects_anonymous_to_login(client, db):
    response = client.post(URL, form_data(make_statement()), follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(URL)
    assert not Claim.objects.exists()


BRIEFINGS = reverse("admin:briefings_briefing_changelist")


def test_a_visit_without_a_statement_is_sent_to_the_briefings_to_pick_one(client, checker):
    client.force_login(checker)
    response = client.get(URL, follow=True)
    assert response.redirect_chain == [(BRIEFINGS, 302)]
    assert "A claim is made from its statement" in response.text


def test_a_visit_naming_no_such_statement_is_sent_to_the_briefings(client, checker):
    client.force_login(checker)
    response = client.get(URL, {"statement": "not-a-number"}, follow=True)
    assert response.redirect_chain == [(BRIEFINGS, 302)]
    assert "A claim is made from its statement" in response.text


def test_the_claims_list_points_to_the_statements_instead_of_a_blank_form(
    client, checker, django_assert_max_num_queries
):
    client.force_login(checker)
    with django_assert_max_num_queries(30):
        page = client.get(reverse("admin:factcheck_claim_changelist")).text
    assert f'href="{URL}"' not in page
    assert f'href="{BRIEFINGS}"' in page


def test_the_desk_home_offers_no_blank_claim_form(client, checker):
    client.force_login(checker)
    assert f'href="{URL}"' not in client.get(reverse("admin:index")).text
