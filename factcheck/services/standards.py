"""Writing a standards page: the admins' rule, cleaned HTML, and the change kept in the page's history."""

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.flatpages.models import FlatPage
from django.db import transaction

from .. import rules
from ..standards import ADDRESSES, clean_content
from .errors import WorkflowError, refuse_invalid


@transaction.atomic
def save_standards_page(*, page, user, title, content):
    """Save one of the standards pages' title and content, cleaned (standards.clean_content) so
    no door can put script or a `javascript:` link in front of readers. The public cache hears of
    it from the save itself (caching.triggers). Returns the page as saved."""
    if not rules.may_edit_standards(user):
        raise WorkflowError("You may not change the standards pages: that is for admins.")
    if page.url not in ADDRESSES:
        raise WorkflowError("Only the standards pages are edited here.")
    before = FlatPage.objects.select_for_update().get(pk=page.pk)
    page.title, page.content = title.strip(), clean_content(content)
    changed = [field for field in ("title", "content") if getattr(before, field) != getattr(page, field)]
    if not changed:
        return page
    refuse_invalid(page, exclude=["sites"])
    page.save(update_fields=changed)
    LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[page],
        action_flag=CHANGE,
        change_message=[{"changed": {"fields": changed}}],
    )
    return page
