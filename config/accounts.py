"""Staff sign-in, sign-out and passwords: Django's own auth views with the public site's look.

The templates live in templates/registration/. Because the project's template directory comes
before the apps', they also replace the admin's versions of those pages (password change, logged
out), so staff see one consistent set of account pages.
"""

import hashlib
import logging
from urllib.parse import urlsplit

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm
from django.contrib.auth.signals import user_login_failed
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import include, path
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.views.generic import TemplateView

from factcheck.read_only import read_only
from factcheck.windows import CountsUnavailable, count_in_window

from .passwords import tell_token_revoked

logger = logging.getLogger(__name__)
HOUR = 60 * 60


def over_the_reset_limit(email):
    """Count one reset asked for `email` (in any case, as Django matches it) in the current hour;
    True when it is one too many, or when nobody can tell (the store of counts did not answer).
    Anyone may ask for anyone's address, so without a limit a script sends a mail a request."""
    digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    try:
        count, _ = count_in_window(f"password-reset:{digest}", HOUR)
    except CountsUnavailable:
        logger.warning("A password reset was not sent: its address's resets could not be counted.")
        return True
    return count > settings.FACTDESK_PASSWORD_RESETS_PER_HOUR


class EvenPasswordResetForm(PasswordResetForm):
    """Django's form, but an address nobody has costs what a known one does: the mail is rendered
    (and dropped) all the same, so the answer's timing does not tell who has an account. An
    address gets at most FACTDESK_PASSWORD_RESETS_PER_HOUR mails an hour; beyond, the mail is
    rendered and dropped too, and the answer is the same."""

    def save(self, *args, **kwargs):
        # The link's scheme is the newsroom's, as its host is (the Site follows
        # FACTDESK_NEWSROOM_URL), never the request's: behind a proxy that terminates TLS and is
        # not counted in TRUSTED_PROXY_COUNT every request looks like http, and the token went
        # out in an http:// link.
        kwargs["use_https"] = urlsplit(settings.FACTDESK_NEWSROOM_URL).scheme == "https"
        email = self.cleaned_data["email"]
        if over_the_reset_limit(email) or not any(self.get_users(email)):
            return self._render_and_drop(**kwargs)
        return super().save(*args, **kwargs)

    def _render_and_drop(self, subject_template_name, email_template_name, extra_email_context=None, **_):
        context = {
            "email": self.cleaned_data["email"],
            "domain": "example.invalid",
            "site_name": "",
            "uid": urlsafe_base64_encode(force_bytes(0)),
            "user": get_user_model()(username="nobody"),
            "token": "0-0",
            "protocol": "https",
            **(extra_email_context or {}),
        }
        message = EmailMultiAlternatives(
            "".join(render_to_string(subject_template_name, context).splitlines()),
            render_to_string(email_template_name, context),
            None,
            [self.cleaned_data["email"]],
        )
        message.message()  # built as for sending, then dropped: nothing is sent to an unknown address


class PasswordResetView(auth_views.PasswordResetView):
    """Django's view; the email is rendered without a request, so hand it the newsroom's name."""

    form_class = EvenPasswordResetForm

    def form_valid(self, form):
        self.extra_email_context = {
            "newsroom_name": settings.FACTDESK_NEWSROOM_NAME,
            **(self.extra_email_context or {}),
        }
        return super().form_valid(form)


class GuardedPasswordChangeForm(PasswordChangeForm):
    """Django's form, whose wrong old password also counts as a failed sign-in (django-axes), so
    a stolen session cannot guess the password behind it at leisure."""

    def clean_old_password(self):
        try:
            return super().clean_old_password()
        except forms.ValidationError:
            user_login_failed.send(
                sender=type(self), credentials={"username": self.user.get_username()}, request=self.request
            )
            raise


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's view under the sign-in lockout: locked out, the form is not even read."""

    form_class = GuardedPasswordChangeForm

    def dispatch(self, request, *args, **kwargs):
        credentials = {"username": request.user.get_username()} if request.user.is_authenticated else {}
        if credentials and not AxesProxyHandler.is_allowed(request, credentials):
            return get_lockout_response(request, credentials)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.request = self.request
        return form

    def form_valid(self, form):
        response = super().form_valid(form)
        tell_token_revoked(self.request, form.user)
        return response


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's view; the page after it says when the new password revoked an API token."""

    def form_valid(self, form):
        response = super().form_valid(form)
        tell_token_revoked(self.request, form.user)
        return response


profile = login_required(TemplateView.as_view(template_name="registration/profile.html"))

urlpatterns = [
    path("", profile, name="profile"),
    path("password_reset/", PasswordResetView.as_view(), name="password_reset"),
    path("password_change/", PasswordChangeView.as_view(), name="password_change"),
    path("reset/<uidb64>/<token>/", PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    # The rest of django.contrib.auth.urls: login, logout, password_change(_done),
    # password_reset_done, password_reset_complete.
    # The two "done" pages only say so: read_only, so that a write is a 405 as elsewhere.
    path(
        "password_reset/done/",
        read_only(auth_views.PasswordResetDoneView.as_view()),
        name="password_reset_done",
    ),
    path(
        "reset/done/",
        read_only(auth_views.PasswordResetCompleteView.as_view()),
        name="password_reset_complete",
    ),
    path("", include("django.contrib.auth.urls")),
]
