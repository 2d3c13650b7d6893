"""A reader's contact address is deleted after FACTDESK_SUBMISSION_CONTACT_DAYS: by the service,
by its command, and whenever a new submission arrives."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from factcheck import services
from factcheck.models import Submission

from .conftest import make_submission, valid

pytestmark = pytest.mark.django_db


def contact_of(submission):
    submission.refresh_from_db()
    return submission.contact


def test_an_address_past_its_days_is_blanked_with_the_time(settings):
    settings.FACTDESK_SUBMISSION_CONTACT_DAYS = 30
    old = make_submission(contact="old@example.org", days_ago=31)
    now = timezone.now()
    assert services.forget_submission_contacts(now=now) == 1
    old.refresh_from_db()
    assert (old.contact, old.contact_deleted_at) == ("", now)


def test_an_address_within_its_days_is_kept(settings):
    settings.FACTDESK_SUBMISSION_CONTACT_DAYS = 30
    recent = make_submission(contact="recent@example.org", days_ago=29)
    services.forget_submission_contacts()
    assert contact_of(recent) == "recent@example.org"


def test_the_proposal_itself_is_kept(settings):
    old = make_submission("Keep this claim.", contact="old@example.org", days_ago=40)
    services.forget_submission_contacts()
    old.refresh_from_db()
    assert old.text == "Keep this claim."


def test_forgetting_twice_changes_nothing_the_second_time():
    old = make_submission(contact="old@example.org", days_ago=40)
    first = timezone.now()
    services.forget_submission_contacts(now=first)
    assert services.forget_submission_contacts(now=first + datetime.timedelta(days=1)) == 0
    old.refresh_from_db()
    assert old.contact_deleted_at == first


def test_a_submission_without_an_address_is_left_alone():
    nothing = make_submission(contact="", days_ago=40)
    services.forget_submission_contacts()
    nothing.refresh_from_db()
    assert nothing.contact_deleted_at is None


def test_the_days_follow_the_setting(settings):
    settings.FACTDESK_SUBMISSION_CONTACT_DAYS = 3
    old = make_submission(contact="old@example.org", days_ago=4)
    services.forget_submission_contacts()
    assert contact_of(old) == ""


def test_the_command_forgets_and_says_how_many():
    old = make_submission(contact="old@example.org", days_ago=40)
    out = StringIO()
    call_command("forget_submission_contacts", stdout=out)
    assert contact_of(old) == ""
    assert "Forgot 1 contact address(es) older than 30 days." in out.getvalue()


def test_a_new_submission_forgets_the_old_addresses_as_it_arrives():
    old = Submission.objects.create(
        text="Old.", contact="old@example.org", received_at=timezone.now() - datetime.timedelta(days=40)
    )
    services.receive_submission(text="A new claim.", contact="new@example.org")
    assert contact_of(old) == ""


def test_the_public_form_forgets_the_old_addresses_too(client):
    old = make_submission(contact="old@example.org", days_ago=40)
    client.post("/submit/", valid())
    assert contact_of(old) == ""
