import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from briefings.demo import ensure_demo_users


@pytest.fixture
def demo_users(db):
    return ensure_demo_users()


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


@pytest.mark.django_db
def test_the_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Checker", "Editor"}


@pytest.mark.django_db
def test_a_checker_works_claims_sources_and_evidence():
    assert {"add_claim", "change_claim", "add_source", "add_evidence", "delete_evidence"} <= codenames(
        "Checker"
    )


@pytest.mark.django_db
def test_a_checker_cannot_review_publish_or_import():
    assert not {
        "review_claim",
        "publish_claim",
        "assign_claim",
        "add_briefing",
        "publish_briefing",
    } & codenames("Checker")


@pytest.mark.django_db
def test_an_editor_can_do_everything_a_checker_does_and_more():
    assert codenames("Checker") < codenames("Editor")
    assert {
        "review_claim",
        "publish_claim",
        "assign_claim",
        "dismiss_claim",
        "publish_briefing",
    } <= codenames("Editor")


@pytest.mark.django_db
def test_no_role_manages_users():
    for role in ("Checker", "Editor"):
        assert not {codename for codename in codenames(role) if codename.endswith(("_user", "_group"))}


def test_a_checker_never_sees_user_management(client, demo_users):
    client.force_login(demo_users["checker"])
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "/admin/auth/user/" not in response.content.decode()
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_the_demo_editor_can_open_the_import(client, demo_users):
    client.force_login(demo_users["editor"])
    assert client.get(reverse("admin:briefings_briefing_import")).status_code == 200


def test_the_demo_checker_cannot_import(client, demo_users):
    client.force_login(demo_users["checker"])
    assert client.get(reverse("admin:briefings_briefing_import")).status_code == 403
