"""Staff sessions end after eight idle hours; every request starts the clock again."""

from django.conf import settings
from django.urls import reverse


def test_they_time_out_after_eight_idle_hours_by_default():
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE == 28800
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is False


def test_every_request_restarts_the_idle_clock(client, chloe):
    client.force_login(chloe)
    response = client.get(reverse("profile"))
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 28800
