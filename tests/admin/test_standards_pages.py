"""The standards pages on the desk (admin/flatpages/flatpage/): admins edit the four pages' title
and content; checkers, editors and anonymous visitors cannot; nobody adds or deletes one here."""

import pytest
from django.contrib.flatpages.models import FlatPage
from django.urls import reverse

pytestmark = pytest.mark.django_db
METHODOLOGY = "/standards/methodology/"


def methodology():
    return FlatPage.objects.get(url=METHODOLOGY)


def change_url():
    return reverse("admin:flatpages_flatpage_change", args=[methodology().pk])


def post_edit(client, content="<p>How we check.</p>", title="Methodology"):
    return client.post(change_url(), {"title": title, "content": content})


def test_an_admin_sees_the_four_standards_pages_listed(client, superuser):
    client.force_login(superuser)
    body = client.get(reverse("admin:flatpages_flatpage_changelist")).content.decode()
    for title in ("Methodology", "Corrections policy", "Ownership and funding", "Contact"):
        assert title in body


def test_an_admin_edits_only_the_title_and_the_content(client, superuser):
    client.force_login(superuser)
    form = client.get(change_url()).context["adminform"].form
    assert list(form.fields) == ["title", "content"]


def test_an_admins_edit_is_saved_and_shows_on_the_public_page(client, superuser):
    client.force_login(superuser)
    assert post_edit(client).status_code == 302
    assert methodology().content == "<p>How we check.</p>"
    client.logout()
    assert "How we check." in client.get(METHODOLOGY).content.decode()


def test_an_admins_unsafe_html_is_saved_cleaned(client, superuser):
    client.force_login(superuser)
    post_edit(client, '<p>Fine</p><script>alert(1)</script><a href="javascript:alert(2)">x</a>')
    assert "script" not in methodology().content
    assert "javascript" not in methodology().content


def test_an_admins_edit_is_kept_once_in_the_pages_history(client, superuser):
    client.force_login(superuser)
    post_edit(client)
    history = client.get(reverse("admin:flatpages_flatpage_history", args=[methodology().pk]))
    assert history.content.decode().count("Changed content.") == 1


def test_an_empty_title_is_refused_with_a_message_and_nothing_changes(client, superuser):
    client.force_login(superuser)
    response = post_edit(client, title="")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert methodology().title == "Methodology"


@pytest.mark.parametrize("who", ["checker", "editor", "staff_member"])
def test_anyone_but_an_admin_is_refused_and_nothing_changes(client, request, who):
    client.force_login(request.getfixturevalue(who))
    before = methodology().content
    assert client.get(change_url()).status_code == 403
    assert post_edit(client).status_code == 403
    assert methodology().content == before


def test_an_anonymous_visitor_is_sent_to_sign_in_and_nothing_changes(client):
    before = methodology().content
    assert post_edit(client)["Location"].startswith("/admin/login/")
    assert methodology().content == before


def test_not_even_an_admin_adds_or_deletes_a_standards_page(client, superuser):
    client.force_login(superuser)
    assert (
        client.post(reverse("admin:flatpages_flatpage_add"), {"title": "X", "url": "/x/"}).status_code == 403
    )
    delete = reverse("admin:flatpages_flatpage_delete", args=[methodology().pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert FlatPage.objects.filter(url=METHODOLOGY).exists()


def test_the_site_is_not_edited_on_the_desk(client, superuser):
    client.force_login(superuser)
    assert client.get("/admin/sites/site/").status_code == 404
