"""The evidence inline on a claim: editable by whoever may edit the claim (factcheck.rules)."""

from django.contrib import admin

from ... import rules
from ...models import Evidence
from ..forms import EvidenceForm


class EvidenceInline(admin.TabularInline):
    model = Evidence
    form = EvidenceForm
    extra = 1
    add_text = "Add evidence"  # the rows' add button (templates/admin/edit_inline/tabular.html)
    fields = ["source", "stance", "excerpt", "locator", "opened_version"]
    autocomplete_fields = ["source"]

    def _may_edit(self, request, obj):
        return obj is None or rules.may_edit_claim(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_edit(request, obj)


def rows_of_no_evidence_here(formset):
    """The ids posted on evidence rows that are not this claim's evidence (another claim's, or
    gone): Django's formset leaves such a row out of the save without a word."""
    posted = []
    for row in formset.initial_forms:
        if row.instance.pk is None:
            posted.append(str(row.data.get(row.add_prefix(formset.model._meta.pk.name), "")).strip())
    return posted
