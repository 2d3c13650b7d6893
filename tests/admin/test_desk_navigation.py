"""Finding one's way on the desk: the favicon, the import button, and one's own recent work."""

import pytest
from django.urls import reverse

from factcheck.models import ClaimEvent
from factcheck.templatetags.recent_work import recent_events_by

from ..factories import make_claim

pytestmark = pytest.mark.django_db


def test_favicon_ico_sends_browsers_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("factdesk/favicon.svg")


def test_favicon_ico_refuses_a_post(client):
    assert client.post("/favicon.ico").status_code == 405


def test_the_public_pages_link_the_favicon(client):
    assert b'rel="icon"' in client.get(reverse("home")).content


def test_the_desk_links_the_favicon(client, editor):
    client.force_login(editor)
    assert b'rel="icon"' in client.get(reverse("admin:index")).content


def test_the_briefings_section_of_the_desk_offers_an_editor_the_import(client, editor):
    client.force_login(editor)
    page = client.get(reverse("admin:app_list", args=["briefings"])).content.decode()
    assert reverse("admin:briefings_briefing_import") in page


def test_the_briefings_section_offers_a_checker_no_import(client, checker):
    client.force_login(checker)
    page = client.get(reverse("admin:app_list", args=["briefings"])).content.decode()
    assert reverse("admin:briefings_briefing_import") not in page


def test_the_briefings_section_sends_an_anonymous_visitor_to_sign_in(client):
    response = client.get(reverse("admin:app_list", args=["briefings"]))
    assert response.status_code == 302


def recent_work(client, user):
    client.force_login(user)
    page = client.get(reverse("admin:index")).content.decode()
    start = page.index('id="recent-actions-module"')
    return page[start : page.index("</div>", start)]


def test_the_desk_home_shows_my_own_recent_claim_events(client, checker):
    claim = make_claim(text="Checked by me.")
    ClaimEvent.objects.create(
        claim=claim, actor=checker, action="submitted", from_status="in_progress", to_status="in_review"
    )
    box = recent_work(client, checker)
    assert "Checked by me." in box
    assert reverse("admin:factcheck_claim_change", args=[claim.pk]) in box
    assert "submitted" in box


def test_the_desk_home_names_my_workflow_steps_as_the_buttons_do(client, checker):
    claim = make_claim(text="Checked by me.")
    ClaimEvent.objects.create(
        claim=claim,
        actor=checker,
        action="request_changes",
        from_status="in_review",
        to_status="changes_requested",
    )
    box = recent_work(client, checker)
    assert "Requested changes; In review → Changes requested" in box


def test_the_desk_home_leaves_out_what_others_did(client, checker, editor):
    claim = make_claim(text="Approved by the editor.")
    ClaimEvent.objects.create(claim=claim, actor=editor, action="approved")
    assert "Approved by the editor." not in recent_work(client, checker)


def test_the_desk_home_says_when_i_have_done_nothing_yet(client, checker):
    assert "Nothing yet" in recent_work(client, checker)


def test_the_desk_home_shows_my_latest_ten_events_only(client, checker):
    for number in range(12):
        ClaimEvent.objects.create(
            claim=make_claim(text=f"Claim number {number:02}."), actor=checker, action="edited"
        )
    box = recent_work(client, checker)
    assert "Claim number 11." in box
    assert "Claim number 01." not in box


def test_my_recent_work_costs_one_query_however_long(client, checker, django_assert_num_queries):
    for _ in range(12):
        ClaimEvent.objects.create(claim=make_claim(), actor=checker, action="edited")
    with django_assert_num_queries(1):
        events = recent_events_by(checker)
        assert all(event.claim.text for event in events)
