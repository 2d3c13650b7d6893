"""Signing in as the tests see it: the staff login page, where the desk sends whoever is not
signed in, and whether a test client holds a session."""

from urllib.parse import quote

LOGIN = "/accounts/login/"


def login_page_for(url):
    """The staff login page leading back to `url`: the admin's own login page hands over to it."""
    return f"{LOGIN}?next={quote(url, safe='')}"


def signed_in(client):
    return "_auth_user_id" in client.session
