"""API tokens in the admin (*Auth Token › Tokens*, DRF's TokenAdmin at the same addresses): the key
is shown once, on the page that answers its issue, and nowhere after (only its digest is stored,
factcheck.models.tokens); a token stays with the person it was issued to."""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from rest_framework.authtoken.admin import TokenAdmin
from rest_framework.authtoken.models import TokenProxy

admin.site.unregister(TokenProxy)


@admin.register(TokenProxy)
class APITokenAdmin(TokenAdmin):
    list_display = ("user", "created")  # DRF's showed the key; the table holds a digest now

    def get_readonly_fields(self, request, obj=None):
        """Moving a token to another person would hand them a key someone else holds."""
        return ("user",) if obj else ()

    def response_add(self, request, obj, post_url_continue=None):
        """The key, once: a page of its own, never stored by a cache (no message, which would
        keep it in a cookie or the session until read)."""
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"The API token of {obj.user.get_username()}",
            "person": obj.user,
            "key": obj.issued_key,
        }
        response = TemplateResponse(request, "admin/authtoken/token_issued.html", context)
        add_never_cache_headers(response)
        return response
