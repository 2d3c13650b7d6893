"""The desk's forms. Each workflow action's form is built from what the action table says it
needs (a comment, an assignee), so no form is written per action and no door reads raw POST data."""

from django import forms
from django.contrib.admin.widgets import AdminDateWidget

from .. import services
from ..models import Claim, Evidence
from ..people import desk_name
from ..rules import people_who_work_claims

MISSING_VERSION = (
    "This form did not say which version of the claim you opened, so your change could overwrite "
    "someone else's. Reload the page and make it again."
)


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
            if cleaned.get("opened_version") is None:
                kind = self.instance._meta.verbose_name
                raise forms.ValidationError(MISSING_VERSION.replace("the claim", f"the {kind}"))
            try:
                type(self).version_check(self.instance, cleaned.get("opened_version"))
            except services.EditConflict as conflict:
                raise forms.ValidationError(str(conflict)) from None
        return cleaned


#: Up to this many statements in its article, a claim's statement is chosen from a list of them by
#: number and words; a longer article keeps the look-up box (a list of thousands is no help).
STATEMENT_CHOICES_AT_MOST = 600


def statement_choices(claim):
    """(pk, label) of the statements a claim may move to: its article's current text, in order,
    each as "§N: its words"; the claim's own first when today's text no longer has it. None for
    an article too long to list."""
    briefing = claim.statement.briefing
    statements = briefing.statements.order_by("position").values_list("pk", "position", "text", "hidden")
    listed = list(statements[: STATEMENT_CHOICES_AT_MOST + 1])
    if len(listed) > STATEMENT_CHOICES_AT_MOST:
        return None
    choices = [
        (pk, f"§{position}: {text[:90]}" + (" (hidden)" if hidden else ""))
        for pk, position, text, hidden in listed
    ]
    if claim.statement_id not in {pk for pk, *_ in listed}:
        choices.insert(0, (claim.statement_id, f"{claim.statement} (not in today's text)"))
    return choices


class ClaimForm(OpenedVersionForm):
    version_check = services.check_claim_version

    def __init__(self, *args, **kwargs):
        """On a claim's page its statement is picked from its article's statements by number and
        words, not typed as a database id (the look-up box showed "27" for §27, and 10457 for §12
        of a later import). Any id is still accepted, so the service refuses a statement of another
        article or revision in its own words."""
        super().__init__(*args, **kwargs)
        field = self.fields.get("statement")
        if field is None or not self.instance.pk:
            return
        choices = statement_choices(self.instance)
        if choices is not None:
            field.widget = forms.Select(choices=choices, attrs={"class": "statement-choice"})

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
            "claimant_unknown",
            "check_worthiness",
            "rating",
            "rationale",
            "reply_status",
            "contacted_on",
            "reply_note",
            "due_on",
        ]
        widgets = {
            # A long sentence fits without scrolling: wide, 4 rows, growing with its text (desk.css).
            "text": forms.Textarea(attrs={"rows": 4, "class": "claim-wording"}),
            "contacted_on": AdminDateWidget,  # as the due dates: one date format on the page
            "reply_note": forms.Textarea(attrs={"rows": 2}),
        }


class EvidenceForm(OpenedVersionForm):
    version_check = services.check_evidence_version

    class Meta:
        model = Evidence
        fields = ["source", "stance", "excerpt", "locator"]


class ActionForm(forms.Form):
    """One workflow action's inputs, as the action table declares them.

    On a claim's page (`require=False`) every field is optional: the service refuses a missing
    comment or a bad assignee with its own message, after checking who may. The bulk actions'
    confirmation page (`require=True`) asks again until the inputs are there."""

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, action, *args, require=False, **kwargs):
        kwargs.setdefault("auto_id", f"%s-{action.name}")
        super().__init__(*args, **kwargs)
        self.action = action
        if action.needs_assignee:
            self.people = {person.pk: person for person in people_who_work_claims()}
            self.fields["assignee"] = forms.TypedChoiceField(
                label="Assign to",
                coerce=int,
                empty_value=None,
                required=require,
                choices=[("", "Choose a person"), *((pk, desk_name(p)) for pk, p in self.people.items())],
                error_messages={"required": "Choose a person to assign the claims to."},
            )
            # The admin's date widget, as the claim form's own due date: one format on the page.
            # Worded as the claim form's own "Due date" (one wording on the desk); optional.
            self.fields["due_on"] = forms.DateField(label="Due date", required=False, widget=AdminDateWidget)
        self.fields["comment"] = forms.CharField(
            label=action.comment_label,
            required=require and action.needs_comment,
            widget=forms.Textarea(attrs={"rows": 2}),
        )

    def names_the_version(self):
        """A button on a page names the version it was opened at (commands and bulk actions act on
        the current version instead)."""
        return str(getattr(self, "cleaned_data", {}).get("opened_version") or "").strip() != ""

    def service_arguments(self):
        """What the form adds to `services.take_action`'s arguments; call after is_valid()."""
        data = getattr(self, "cleaned_data", {})
        arguments = {"comment": data.get("comment", ""), "opened_version": data.get("opened_version")}
        if self.action.needs_assignee:
            arguments["assignee"] = self.people.get(data.get("assignee"))
            arguments["due_on"] = data.get("due_on")
        return arguments


class WithdrawalForm(forms.Form):
    """The desk's takedown: an optional reason, printed on the withdrawn pages."""

    reason = forms.CharField(
        label="Public reason (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
