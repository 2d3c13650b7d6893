import datetime
import time

import pytest
from django.utils import timezone

from factcheck import services
from factcheck.models import Submission
from factcheck.submit import started_token


def make_submission(
    text="The port handled 140 ships last week.", *, link="", contact="", days_ago=0, **fields
):
    submission = services.receive_submission(
        text=text, link=link, contact=contact, now=timezone.now() - datetime.timedelta(days=days_ago)
    )
    if fields:
        Submission.objects.filter(pk=submission.pk).update(**fields)
        submission.refresh_from_db()
    return submission


@pytest.fixture
def submission(db):
    return make_submission(link="https://example.org/speech", contact="reader@example.org")


def shown_seconds_ago(seconds=60):
    return started_token(time.time() - seconds)


def valid(**fields):
    return {
        "text": "The mayor said the port handled 140 ships last week.",
        "link": "https://example.org/speech",
        "contact": "reader@example.org",
        "website": "",
        "started": shown_seconds_ago(),
        **fields,
    }
