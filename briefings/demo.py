"""The demo's part that belongs to briefings: the sample article and one user per role.
factcheck.demo builds the desk on top (the `load_demo` command).

Only for development machines: `load_demo` refuses to run when DEBUG is off, because the demo
users share a published password.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .importers import import_briefing

SAMPLE_DATA = Path(__file__).resolve().parent / "sample_data"
SAMPLE_BRIEFING = SAMPLE_DATA / "russia-peace-proposals.txt"
DEMO_PASSWORD = "factdesk-demo"
DEMO_USERS = [
    # username, first name, last name, role (None: superuser)
    ("admin", "Ada", "Admin", None),
    ("editor", "Eda", "Editor", "Editor"),
    ("checker", "Chris", "Checker", "Checker"),
    ("checker2", "Charlie", "Second-Checker", "Checker"),
]


def ensure_demo_users():
    """Create the demo users, or reset their password; returns them by username."""
    User = get_user_model()
    users = {}
    for username, first_name, last_name, role in DEMO_USERS:
        user, _ = User.objects.get_or_create(username=username)
        user.first_name, user.last_name = first_name, last_name
        user.email = f"{username}@factdesk.invalid"
        user.is_staff = True
        user.is_superuser = role is None
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.set(Group.objects.filter(name=role) if role else [])
        users[username] = user
    return users


def import_sample(imported_by):
    """The sample article as the demo's briefing; says "unchanged" on a second run."""
    return import_briefing(
        SAMPLE_BRIEFING.read_bytes(),
        format="text",
        slug="russia-peace-proposals",
        filename=SAMPLE_BRIEFING.name,
        imported_by=imported_by,
    )
