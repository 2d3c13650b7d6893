"""The standards report on the desk: editors only, the period's form, a bounded number of queries."""

import datetime

import pytest
from django.urls import reverse

from factcheck.models import ClaimVersion

from ..factories import make_public_claim, make_user, republish
from ..signing_in import login_page_for
from .conftest import make_submission

pytestmark = pytest.mark.django_db
URL = "/admin/factcheck/standards-report/"


def test_its_url_is_the_one_documented():
    assert reverse("standards-report") == URL


def test_an_editor_reads_it(client, editor):
    make_submission("The bridge cost ten million.", contact="r@example.org")
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Corrections published" in response.text
    assert "The bridge cost ten million." in response.text


def test_it_never_shows_a_readers_address(client, editor):
    make_submission(contact="secret-reader@example.org")
    client.force_login(editor)
    assert "secret-reader@example.org" not in client.get(URL).text


def test_an_admin_reads_it(client, superuser):
    client.force_login(superuser)
    assert client.get(URL).status_code == 200


def test_a_checker_is_refused(client, checker):
    client.force_login(checker)
    assert client.get(URL).status_code == 403


def test_a_staff_member_without_a_role_is_refused(client, staff_member):
    client.force_login(staff_member)
    assert client.get(URL).status_code == 403


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(URL, follow=True)
    assert response.redirect_chain[-1][0] == login_page_for(URL)


def test_a_post_is_refused(client, editor):
    client.force_login(editor)
    assert client.post(URL, {"since": "2026-01-01"}).status_code == 405


def test_the_period_comes_from_the_form(client, editor):
    client.force_login(editor)
    response = client.get(URL, {"since": "2026-01-01", "until": "2026-01-31"})
    assert "1 January 2026 to 31 January 2026" in response.text


def test_a_bad_date_is_named_and_no_report_is_shown(client, editor):
    client.force_login(editor)
    response = client.get(URL, {"since": "the first of May"})
    assert response.status_code == 200
    assert "Enter a valid date." in response.text
    assert response.context["report"] is None


def test_a_period_ending_before_it_starts_is_refused_with_a_message(client, editor):
    client.force_login(editor)
    response = client.get(URL, {"since": "2026-02-01", "until": "2026-01-01"})
    assert "The period starts after it ends" in response.text
    assert response.context["report"] is None


def test_the_desk_home_links_it_for_an_editor(client, editor):
    client.force_login(editor)
    assert URL in client.get(reverse("admin:index")).text


def test_the_desk_home_does_not_link_it_for_a_checker(client, checker):
    client.force_login(checker)
    assert URL not in client.get(reverse("admin:index")).text


@pytest.mark.parametrize("count", [2, 30])
def test_it_runs_a_bounded_number_of_queries(client, editor, count, django_assert_max_num_queries):
    second = make_user("editor2", "Editor")
    for n in range(count):
        make_submission(f"Claim {n}.")
        claim = make_public_claim(text=f"The port handled {n} ships.")
        claim.rationale = (
            f"Revised {n}: "
            + "the later figures, which the ministry published after it corrected its count. " * 2
        )
        republish(claim, editor=editor, second_editor=second)
    assert ClaimVersion.objects.filter(number=2).count() == count
    client.force_login(editor)
    with django_assert_max_num_queries(12):
        response = client.get(
            URL, {"until": (datetime.date.today() + datetime.timedelta(days=1)).isoformat()}
        )
    assert next(s for s in response.context["report"].sections if s.key == "corrections").totals[0] == (
        "Corrections",
        count,
    )


def test_its_date_boxes_name_no_format_the_browser_does_not_show(client, editor):
    """The boxes are the browser's own (type="date"), shown in its language's order (mm/dd/yyyy
    in American English): a help text saying YYYY-MM-DD contradicted them."""
    client.force_login(editor)
    page = client.get(URL).text
    assert 'type="date"' in page
    assert "YYYY-MM-DD" not in page
    assert "The first day. Empty: 30 days before the last." in page
