"""Where the desk sends whoever is not signed in: the staff login, with the way back."""

from urllib.parse import quote


def login_page_for(url):
    """The staff login page leading back to `url`: the admin's own login page hands over to it."""
    return f"/accounts/login/?next={quote(url, safe='')}"
