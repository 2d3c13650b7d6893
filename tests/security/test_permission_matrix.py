"""Every URL pattern × every kind of person answers as `permission_matrix.EXPECTED` says."""

import pytest
from django.test import Client

from .permission_matrix import EXPECTED, HIDDEN, LOGIN, MOVED, OK, PEOPLE, UNPUBLISHED
from .urlconf import patterns

pytestmark = pytest.mark.django_db


def sign_in(client, world, person):
    if person != "anonymous":
        client.force_login(world.users[person])
    return client


def answer(response):
    """The response as the matrix writes it: a status, or which kind of redirect."""
    if response.status_code != 302:
        return response.status_code
    return LOGIN if "/login/" in response["Location"] else MOVED


def test_every_url_pattern_has_a_row():
    """A new door without a row fails here: whoever adds it writes down who may open it."""
    in_urlconf = set(patterns())
    assert sorted(in_urlconf - set(EXPECTED)) == [], "URL patterns without a row in the matrix"
    assert sorted(set(EXPECTED) - in_urlconf) == [], "rows for URL patterns that no longer exist"


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("pattern", EXPECTED)
def test_each_door_answers_each_person_as_the_matrix_says(pattern, person, world, client):
    address = world.address(pattern)
    response = sign_in(client, world, person).get(address)
    assert answer(response) == EXPECTED[pattern][PEOPLE.index(person)], address


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("pattern", UNPUBLISHED)
def test_no_public_door_opens_unpublished_work_to_anyone(pattern, person, world, client):
    address = UNPUBLISHED[pattern](world)
    response = sign_in(client, world, person).get(address)
    assert response.status_code == 404, address


@pytest.mark.parametrize("pattern", [p for p in EXPECTED if EXPECTED[p][0] == LOGIN and p != "admin/login/"])
def test_a_door_that_asks_anonymous_visitors_to_sign_in_brings_them_back(pattern, world, client):
    """The sign-in redirect carries `next`, so the desk opens where the person was going."""
    address = world.address(pattern)
    location = client.get(address)["Location"]
    assert "next=" in location, (address, location)


def test_the_admins_sign_in_page_hands_over_to_the_staff_sign_in_with_next(client):
    location = client.get("/admin/login/?next=/admin/factcheck/claim/")["Location"]
    assert location == "/accounts/login/?next=/admin/factcheck/claim/"


# Doors that answer GET to anyone and take a form by POST: the sign-in and password-reset pages,
# and the readers' "Submit a claim" (tests/submissions/test_form.py tries its other methods).
FORMS = {"accounts/login/", "accounts/password_reset/", "accounts/reset/<uidb64>/<token>/", "submit/"}
READ_ONLY = [
    pattern
    for pattern, cells in EXPECTED.items()
    if set(cells) <= {OK, HIDDEN} and pattern not in FORMS and not pattern.startswith("admin/")
]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("pattern", READ_ONLY)
def test_every_read_only_door_refuses_to_be_written_to(pattern, method, world):
    """Public pages, feeds and the whole API read; a write is 405 for an editor as for anyone,
    with CSRF checked as a browser meets it (the test client skips the check by default, and the
    check used to refuse first with a 403)."""
    address = world.address(pattern)
    response = getattr(sign_in(Client(enforce_csrf_checks=True), world, "editor"), method)(address)
    assert response.status_code in (405, 404), (address, response.status_code)
    assert response.status_code == 405 or EXPECTED[pattern][PEOPLE.index("editor")] == HIDDEN
