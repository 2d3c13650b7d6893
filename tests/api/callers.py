"""Who calls the API in the tests, and reading its answers."""

API = "/api/v1/"
ROLES = ["anonymous", "checker", "editor", "admin", "token"]


def client_for(role, desk, client):
    """A test client signed in as `role` (session), or carrying the token user's token."""
    if role == "token":
        client.defaults["HTTP_AUTHORIZATION"] = f"Token {desk.users['token'].auth_token.key}"
    elif role != "anonymous":
        client.force_login(desk.users[role])
    return client


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]
