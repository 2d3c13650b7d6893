"""The standards pages on the desk: admins edit the four known pages' title and content; nobody adds
or deletes one here (their addresses are public contracts), and every save goes through
services.save_standards_page, which cleans the HTML and keeps the change in the page's history."""

from django.contrib import admin
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site

from .. import rules, services
from ..standards import ADDRESSES
from .refusals import RefusalAsMessage

# The Site follows FACTDESK_NEWSROOM_URL (standards.site_in_step): an edit here would not last.
admin.site.unregister(Site)
admin.site.unregister(FlatPage)


@admin.register(FlatPage)
class StandardsPageAdmin(RefusalAsMessage, admin.ModelAdmin):
    fields = ["title", "content"]
    list_display = ["title", "url"]
    ordering = ["url"]
    search_fields = []
    list_filter = []

    def get_queryset(self, request):
        return super().get_queryset(request).filter(url__in=ADDRESSES)

    def has_module_permission(self, request):
        return rules.may_edit_standards(request.user)

    def has_view_permission(self, request, obj=None):
        return rules.may_edit_standards(request.user)

    def has_change_permission(self, request, obj=None):
        return rules.may_edit_standards(request.user)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        services.save_standards_page(
            page=obj,
            user=request.user,
            title=form.cleaned_data["title"],
            content=form.cleaned_data["content"],
        )

    def log_change(self, request, obj, message):
        """The service keeps the history (whichever door saves the page): not twice."""
        return None
