"""Staff sign-in, sign-out and passwords: Django's own auth views with the public site's look.

The templates live in templates/registration/. Because the project's template directory comes
before the apps', they also replace the admin's versions of those pages (password change, logged
out), so staff see one consistent set of account pages.
"""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
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


profile = login_required(TemplateView.as_view(template_name="registration/profile.html"))

urlpatterns = [
    path("", profile, name="profile"),
    path("password_reset/", PasswordResetView.as_view(), name="password_reset"),
    # The rest of django.contrib.auth.urls: login, logout, password_change(_done),
    # password_reset_done, password_reset_confirm, password_reset_complete.
    path("", include("django.contrib.auth.urls")),
]
