import pytest


@pytest.fixture
def chloe(db, django_user_model):
    """A staff member with an email address and a password to sign in with."""
    return django_user_model.objects.create_user(
        "chloe", email="chloe@factdesk.invalid", password="pw-chloe-123456", is_staff=True
    )
