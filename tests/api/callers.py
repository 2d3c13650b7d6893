"""Who calls the API in the tests, and reading its answers."""

API = "/api/v1/"
ROLES = ["anonymous", "checker", "editor", "admin", "token"]


def public_objects(desk):
    """A list and a public object's detail on every endpoint whose objects carry timestamps."""
    claim = desk.public_claims[0]
    return [
        f"{API}briefings/",
        f"{API}briefings/{desk.briefing.slug}/",
        f"{API}statements/",
        f"{API}statements/{claim.statement_id}/",
        f"{API}claims/",
        f"{API}claims/{claim.pk}/",
        f"{API}sources/",
        f"{API}sources/{desk.public_sources[0].pk}/",
        f"{API}claimreviews/",
        f"{API}claimreviews/{claim.pk}/",
    ]


def client_for(role, desk, client):
    """A test client signed in as `role` (session), or carrying the token user's token."""
    if role == "token":
        client.defaults["HTTP_AUTHORIZATION"] = f"Token {desk.token_key}"
    elif role != "anonymous":
        client.force_login(desk.users[role])
    return client


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]
