"""The standards report on the desk (/admin/factcheck/standards-report/): the same report as
`manage.py standards_report`, for a period an editor picks; checkers and anonymous are refused."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from .. import rules
from ..standards_report import DEFAULT_DAYS, standards_report


class PeriodForm(forms.Form):
    """The browser's own date box, which writes the day in the browser's language's order: its
    help names no format (it said YYYY-MM-DD beside a box showing mm/dd/yyyy)."""

    since = forms.DateField(
        required=False,
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=f"The first day. Empty: {DEFAULT_DAYS} days before the last.",
    )
    until = forms.DateField(
        required=False,
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The last day. Empty: today.",
    )

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            raise forms.ValidationError("The period starts after it ends: choose a “From” before the “To”.")
        return cleaned


@require_safe
def standards_report_view(request):
    if not rules.may_read_standards_report(request.user):
        raise PermissionDenied("Only editors read the standards report.")
    form = PeriodForm(request.GET or None)
    report = None
    if not form.is_bound:
        report = standards_report()
    elif form.is_valid():
        report = standards_report(since=form.cleaned_data["since"], until=form.cleaned_data["until"])
    context = {
        **admin.site.each_context(request),
        "title": "Standards report",
        "form": form,
        "report": report,
    }
    return TemplateResponse(request, "admin/factcheck/standards_report.html", context)


standards_report_page = admin.site.admin_view(standards_report_view)
