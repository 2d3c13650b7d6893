"""The desk's titles and labels in newsroom words rather than Django's defaults ("Select claim to
change", "Slug"). Labels only: a form's field names are contracts and stay as they are."""

from django.utils.text import capfirst


class DeskWords:
    """For a ModelAdmin: a list is titled by what it lists ("Claims"), a record's page by what it
    is ("Claim", not "Change claim" or "View briefing": whether it may be changed shows in its
    buttons), and `labels` (field name → label) relabels the fields of its form."""

    labels = {}

    def changelist_view(self, request, extra_context=None):
        title = {"title": capfirst(self.opts.verbose_name_plural)}
        return super().changelist_view(request, {**title, **(extra_context or {})})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        title = {"title": capfirst(self.opts.verbose_name)}
        return super().change_view(request, object_id, form_url, {**title, **(extra_context or {})})

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and db_field.name in self.labels:
            field.label = self.labels[db_field.name]
        return field
