"""The briefing's desk page: each statement that resembles a public claim already checked shows
"Checked before: <claim> (<rating>, similarity 0.xx)", before any claim is made of it; looked up
for the statements shown only, a bounded number, and kept until the public record changes."""

import re
from html import unescape
from urllib.parse import parse_qs

import pytest
from django.urls import reverse

from briefings.importers import import_briefing
from factcheck.admin import suggestions
from factcheck.similarity import similar_claims

from ..factories import make_claim, make_public_claim, make_statement, publish
from ..stores import stores_down

pytestmark = pytest.mark.django_db

EARLIER = "Russia invaded Ukraine on February 24, 2022."
ARTICLE = (
    "Tensions\n\nRussia began its full-scale invasion of Ukraine in February 2022. "
    "The weather was mild that spring.\n"
)


@pytest.fixture(autouse=True)
def time_enough(monkeypatch):
    """A view's look-ups stop when LOOKUP_BUDGET is spent; on a loaded machine (CI's two passes
    side by side) a hundred of them ran out of it and the page showed 60. The tests of the budget
    set their own."""
    monkeypatch.setattr(suggestions, "LOOKUP_BUDGET", 600)


@pytest.fixture
def earlier():
    return make_public_claim(text=EARLIER, statement=make_statement(f"Archive\n\n{EARLIER}"))


@pytest.fixture
def briefing():
    return import_briefing(ARTICLE).briefing


def desk(client, user, briefing, **params):
    """The briefing's desk, its "look them up" link followed unless `checked_before` says otherwise."""
    params.setdefault("checked_before", "look")
    client.force_login(user)
    response = client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk]), params)
    assert response.status_code == 200
    return response.content.decode()


def suggestions_on(html):
    return re.findall(r'<span class="checked-before">(.*?)</span>', html, re.S)


def test_a_statement_like_an_earlier_check_names_it_with_its_verdict_and_similarity(
    client, checker, briefing, earlier
):
    (match,) = similar_claims("Russia began its full-scale invasion of Ukraine in February 2022.")

    (shown,) = suggestions_on(desk(client, checker, briefing))

    assert shown == (
        f'Checked before: <a href="{reverse("claim", args=[earlier.pk])}">{EARLIER}</a> '
        f"({earlier.live_version.rating_name}, similarity {match.similarity:.2f})"
    )


def test_a_statement_is_not_offered_its_own_published_claim(client, editor, earlier):
    assert suggestions_on(desk(client, editor, earlier.statement.briefing)) == []


def test_a_claim_nobody_may_read_yet_is_not_offered(client, editor, briefing):
    draft = make_claim(text=EARLIER, statement=make_statement(f"Draft\n\n{EARLIER}"), checked=True)
    publish(draft)  # a published version, in a briefing still a draft

    assert suggestions_on(desk(client, editor, briefing)) == []


def test_a_page_seen_again_looks_nothing_up(client, checker, briefing, earlier, monkeypatch):
    desk(client, checker, briefing)
    calls = []
    monkeypatch.setattr(suggestions, "similar_claims", lambda *a, **k: calls.append(a) or [])

    html = desk(client, checker, briefing)

    assert calls == []
    assert len(suggestions_on(html)) == 1


def test_a_public_change_is_seen_at_once(client, checker, briefing, earlier):
    desk(client, checker, briefing)
    other = "The weather was mild in the spring of that year."
    make_public_claim(text=other, statement=make_statement(f"Weather\n\n{other}"))

    assert len(suggestions_on(desk(client, checker, briefing))) == 2


def test_only_the_first_statements_shown_are_looked_up(client, checker, earlier, monkeypatch):
    text = "Long\n\n" + "".join(f"Russia invaded Ukraine on day {n} of the war. " for n in range(6))
    briefing = import_briefing(text).briefing
    monkeypatch.setattr(suggestions, "SUGGESTED_AT_MOST", 4)

    html = desk(client, checker, briefing)

    assert len(suggestions_on(html)) == 4


def test_the_desk_page_with_a_hundred_statements_keeps_to_a_bounded_number_of_queries(
    client, checker, earlier, django_assert_max_num_queries
):
    text = "Long\n\n" + "".join(f"Russia invaded Ukraine on day {n} of the war. " for n in range(100))
    briefing = import_briefing(text).briefing
    desk(client, checker, briefing)  # the look-ups, once

    with django_assert_max_num_queries(30):  # as test_briefing_desk's long page; the suggestions add 2
        html = desk(client, checker, briefing, checked_before="")

    assert len(suggestions_on(html)) == 100


def test_a_page_view_stops_looking_up_when_its_time_is_spent_and_says_so(
    client, checker, earlier, monkeypatch
):
    text = "Long\n\n" + "".join(f"Russia invaded Ukraine on day {n} of the war. " for n in range(3))
    briefing = import_briefing(text).briefing
    monkeypatch.setattr(suggestions, "LOOKUP_BUDGET", 0)  # one look-up a view

    first, second = desk(client, checker, briefing), desk(client, checker, briefing)

    assert (len(suggestions_on(first)), len(suggestions_on(second))) == (1, 2)
    assert "Not looked up yet for 2 of them" in first
    assert "Not looked up yet for 1 of them" in second


def test_a_plain_view_looks_nothing_up_and_offers_to(client, checker, briefing, earlier, monkeypatch):
    calls = []
    monkeypatch.setattr(suggestions, "similar_claims", lambda *a, **k: calls.append(a) or [])

    html = desk(client, checker, briefing, checked_before="")

    assert calls == []
    assert suggestions_on(html) == []
    assert "Not looked up yet for 2 of them" in html
    assert '<a href="?checked_before=look">look them up</a>' in html


def test_the_look_up_link_keeps_the_order_asked_for(client, checker, briefing, earlier):
    html = desk(client, checker, briefing, checked_before="", order="worthiness")

    (link,) = re.findall(r'<a href="\?([^"]*)">look them up</a>', html)
    assert parse_qs(unescape(link)) == {"order": ["worthiness"], "checked_before": ["look"]}


def test_a_plain_view_shows_the_answers_already_looked_up(client, checker, briefing, earlier):
    desk(client, checker, briefing)

    assert len(suggestions_on(desk(client, checker, briefing, checked_before=""))) == 1


def test_a_plain_view_of_a_long_article_keeps_to_a_constant_number_of_queries(
    client, checker, earlier, django_assert_max_num_queries
):
    text = "Long\n\n" + "".join(f"Russia invaded Ukraine on day {n} of the war. " for n in range(100))
    briefing = import_briefing(text).briefing
    desk(client, checker, briefing, checked_before="")  # the session and the desk's own caches

    with django_assert_max_num_queries(30):
        html = desk(client, checker, briefing, checked_before="")

    assert "Not looked up yet for 100 of them" in html


def test_the_desk_shows_earlier_checks_while_redis_is_down(client, checker, briefing, earlier, settings):
    with stores_down(settings, "default", "pages"):
        html = desk(client, checker, briefing)

    assert len(suggestions_on(html)) == 1
