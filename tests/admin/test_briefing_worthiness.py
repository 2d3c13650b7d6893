"""The briefing desk by check-worthiness (issue 18): ?order=worthiness and ?min_worthiness=N on
its page, and "Make claims from the top N" (POST .../claims-from-top/, services.make_claims_from_top)."""

import pytest
from django.test import Client
from django.urls import reverse

from briefings.importers import import_briefing
from factcheck import services
from factcheck.models import Claim, ClaimEvent

from ..factories import make_claim
from ..signing_in import login_page_for

ARTICLE = "Five statements\nFirst says a little. Second says more. Third says most. Fourth says less. Fifth is unscored.\n"
SCORES = {1: 20, 2: 60, 3: 90, 4: 40, 5: None}


@pytest.fixture
def briefing(db):
    briefing = import_briefing(ARTICLE).briefing
    for position, score in SCORES.items():
        briefing.statements.filter(position=position).update(
            check_worthiness=score,
            check_worthiness_reasons=["a number"] if score else [],
            speaker=f"Speaker {position}",
        )
    return briefing


def desk_url(briefing):
    return reverse("admin:briefings_briefing_change", args=[briefing.pk])


def top_url(briefing):
    return reverse("admin:briefings_briefing_claims_from_top", args=[briefing.pk])


def shown_positions(page, briefing):
    """The statements' positions in the order the page shows them."""
    anchors = [f'id="s-{statement.position}"' for statement in briefing.statements.all()]
    found = sorted((page.index(anchor), anchor) for anchor in anchors if anchor in page)
    return [int(anchor[len('id="s-') : -1]) for _, anchor in found]


def test_the_article_order_stays_the_default(client, checker, briefing):
    client.force_login(checker)
    assert shown_positions(client.get(desk_url(briefing)).text, briefing) == [1, 2, 3, 4, 5]


def test_it_sorts_the_statements_most_check_worthy_first(client, checker, briefing):
    client.force_login(checker)
    page = client.get(desk_url(briefing), {"order": "worthiness"}).text
    assert shown_positions(page, briefing) == [3, 2, 4, 1, 5]


def test_it_filters_to_statements_scored_at_least_the_threshold(client, checker, briefing):
    client.force_login(checker)
    page = client.get(desk_url(briefing), {"min_worthiness": "40"}).text
    assert shown_positions(page, briefing) == [2, 3, 4]


def test_it_sorts_and_filters_together(client, checker, briefing):
    client.force_login(checker)
    page = client.get(desk_url(briefing), {"order": "worthiness", "min_worthiness": "50"}).text
    assert shown_positions(page, briefing) == [3, 2]


@pytest.mark.parametrize("minimum", ["lots", "101", "-1", "4.5"])
def test_a_bad_threshold_is_said_and_the_whole_article_shown(client, checker, briefing, minimum):
    client.force_login(checker)
    response = client.get(desk_url(briefing), {"min_worthiness": minimum})
    assert response.status_code == 200
    assert "a whole number from 0 to 100" in response.text
    assert shown_positions(response.text, briefing) == [1, 2, 3, 4, 5]


def test_an_unknown_order_is_said_and_the_article_order_shown(client, checker, briefing):
    client.force_login(checker)
    response = client.get(desk_url(briefing), {"order": "loudest"})
    assert response.status_code == 200
    assert "shown in article order" in response.text
    assert shown_positions(response.text, briefing) == [1, 2, 3, 4, 5]


def test_the_sorted_page_keeps_to_a_bounded_number_of_queries(client, editor, django_assert_max_num_queries):
    text = "A long article\n" + "".join(f"Sentence number {i} says something.\n" for i in range(250))
    briefing = import_briefing(text).briefing
    for statement in briefing.statements.all()[:30]:
        make_claim(statement=statement)
    client.force_login(editor)
    with django_assert_max_num_queries(20):
        page = client.get(desk_url(briefing), {"order": "worthiness", "min_worthiness": "0"}).text
    assert page.count('class="claim-chip"') == 30


# Make claims from the top N


def test_it_makes_claims_from_the_n_most_check_worthy_statements(client, editor, briefing):
    client.force_login(editor)
    response = client.post(top_url(briefing), {"count": "2"}, follow=True)
    claims = Claim.objects.order_by("-check_worthiness")
    assert [claim.statement.position for claim in claims] == [3, 2]
    assert [(claim.check_worthiness, claim.claimant) for claim in claims] == [
        (90, "Speaker 3"),
        (60, "Speaker 2"),
    ]
    assert ClaimEvent.objects.filter(action="created").count() == 2
    assert "2 claims made from the most check-worthy statements." in response.text


def test_the_message_names_the_statements_the_claims_were_made_from(client, editor, briefing):
    """An outside tester's finding: "4 claims made" left the editor hunting for which ones."""
    client.force_login(editor)
    response = client.post(top_url(briefing), {"count": "2"}, follow=True)
    assert "Now claimed: statements 2 and 3." in response.text


def test_it_skips_statements_with_claims(client, editor, briefing):
    make_claim(statement=briefing.statements.get(position=3))
    client.force_login(editor)
    client.post(top_url(briefing), {"count": "1"})
    assert Claim.objects.exclude(statement__position=3).get().statement.position == 2


def test_it_skips_hidden_statements(client, editor, briefing):
    briefing.statements.filter(position=3).update(hidden=True)
    client.force_login(editor)
    client.post(top_url(briefing), {"count": "1"})
    assert Claim.objects.get().statement.position == 2


def test_it_never_claims_an_unscored_statement(client, editor, briefing):
    client.force_login(editor)
    response = client.post(top_url(briefing), {"count": "50"}, follow=True)
    assert sorted(claim.statement.position for claim in Claim.objects.all()) == [1, 2, 3, 4]
    assert "The other scored statements shown have claims already." in response.text


@pytest.mark.parametrize("count", ["0", "51", "five", ""])
def test_a_bad_n_is_said_and_nothing_made(client, editor, briefing, count):
    client.force_login(editor)
    response = client.post(top_url(briefing), {"count": count}, follow=True)
    assert "a whole number from 1 to 50" in response.text
    assert not Claim.objects.exists()


def test_it_refuses_a_checker(client, checker, briefing):
    client.force_login(checker)
    assert client.post(top_url(briefing), {"count": "2"}).status_code == 403
    assert not Claim.objects.exists()


def test_a_checker_is_not_offered_the_action(client, checker, briefing):
    client.force_login(checker)
    assert top_url(briefing) not in client.get(desk_url(briefing)).text


def test_an_editor_is_offered_the_action(client, editor, briefing):
    client.force_login(editor)
    assert top_url(briefing) in client.get(desk_url(briefing)).text


def test_it_refuses_a_staff_member_without_a_role(client, staff_member, briefing):
    client.force_login(staff_member)
    assert client.post(top_url(briefing), {"count": "2"}).status_code == 403
    assert not Claim.objects.exists()


def test_it_refuses_a_post_without_the_csrf_token(editor, briefing):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(top_url(briefing), {"count": "2"}).status_code == 403
    assert not Claim.objects.exists()


def test_it_refuses_get(client, editor, briefing):
    client.force_login(editor)
    assert client.get(top_url(briefing)).status_code == 405
    assert not Claim.objects.exists()


def test_it_redirects_anonymous_to_login(client, briefing):
    url = top_url(briefing)
    response = client.post(url, {"count": "2"}, follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(url)
    assert not Claim.objects.exists()


def test_the_service_refuses_a_checker_called_directly(checker, briefing):
    with pytest.raises(services.WorkflowError):
        services.make_claims_from_top(user=checker, briefing=briefing, count=2)
    assert not Claim.objects.exists()
