from django import forms

from .. import services
from ..models import Claim, Evidence
from ..workflow import people_who_work_claims


class OpenedVersionForm(forms.ModelForm):
    """Carries the version the editor opened, so a save over someone else's change is refused."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    version_check = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields["opened_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.has_changed():
            try:
                type(self).version_check(self.instance, cleaned.get("opened_version"))
            except services.EditConflict as conflict:
                raise forms.ValidationError(str(conflict)) from None
        return cleaned


class ClaimForm(OpenedVersionForm):
    version_check = services.check_version
    change_note = forms.CharField(
        label="Why this change",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Kept in the history; printed in the correction note when a published rating changes.",
    )

    class Meta:
        model = Claim
        fields = [
            "statement",
            "text",
            "short_text",
            "claimant",
            "check_worthiness",
            "rating",
            "rationale",
            "due_on",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class EvidenceForm(OpenedVersionForm):
    version_check = services.check_evidence_version

    class Meta:
        model = Evidence
        fields = ["source", "stance", "excerpt", "locator"]


class AssignForm(forms.Form):
    assignee = forms.TypedChoiceField(label="Assign to", coerce=int)
    comment = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {person.pk: person for person in people_who_work_claims()}
        self.fields["assignee"].choices = [
            (pk, person.get_full_name() or person.username) for pk, person in self.people.items()
        ]

    def chosen(self):
        return self.people[self.cleaned_data["assignee"]]


class CommentForm(forms.Form):
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
