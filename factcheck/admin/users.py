"""People in the admin: Django's UserAdmin, which also says when setting a new password revoked
the person's API token (config.passwords revokes it, whatever door set the password)."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from config.passwords import tell_token_revoked

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PersonAdmin(UserAdmin):
    def log_change(self, request, obj, message):
        """Called after every change the admin saves, the "set password" form's included."""
        entry = super().log_change(request, obj, message)
        tell_token_revoked(request, obj, token=f"The API token of {obj.get_username()}")
        return entry
