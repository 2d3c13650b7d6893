"""Staff sign-in, sign-out and passwords: Django's own auth views with the public site's look.

The templates live in templates/registration/. Because the project's template directory comes
before the apps', they also replace the admin's versions of those pages (password change, logged
out), so staff see one consistent set of account pages.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.signals import user_login_failed
from django.urls import include, path
from django.views.generic import TemplateView


class PasswordResetView(auth_views.PasswordResetView):
    """Django's view; the email is rendered without a request, so hand it the newsroom's name."""

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


profile = login_required(TemplateView.as_view(template_name="registration/profile.html"))

urlpatterns = [
    path("", profile, name="profile"),
    path("password_reset/", PasswordResetView.as_view(), name="password_reset"),
    path("password_change/", PasswordChangeView.as_view(), name="password_change"),
    # The rest of django.contrib.auth.urls: login, logout, password_change(_done),
    # password_reset_done, password_reset_confirm, password_reset_complete.
    path("", include("django.contrib.auth.urls")),
]
