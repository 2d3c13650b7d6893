"""An unknown object's 404 names it in the API's words, never a model of the code behind it."""

import pytest

pytestmark = pytest.mark.django_db

MISSING = {
    "/api/v1/claims/999999/": "No such claim.",
    "/api/v1/claimreviews/999999/": "No such claim review.",
    "/api/v1/statements/999999/": "No such statement.",
    "/api/v1/sources/999999/": "No such source.",
    "/api/v1/briefings/no-such-briefing/": "No such briefing.",
    "/api/v1/ratings/no-such-rating/": "No such rating.",
}


@pytest.mark.parametrize("path", MISSING)
def test_it_says_what_is_missing_in_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": MISSING[path]}


def test_it_never_names_a_model(client):
    assert "ClaimVersion" not in client.get("/api/v1/claimreviews/999999/").content.decode()
