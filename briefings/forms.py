from django import forms

from . import kept_uploads
from .importers import FORMATS, METADATA, ImportRefused, check_size
from .models import Briefing

#: Each format named as the briefing list's filter names it ("Saved web page (HTML)", not "Html").
FORMAT_LABELS = {"auto": "Auto", **dict(Briefing.Format.choices)}


class ImportForm(forms.Form):
    """Paste an article or upload a file; the importer decides everything else. After "Preview",
    the file previewed comes back in `previewed_file` (briefings.kept_uploads), used unless
    another file is chosen or text pasted."""

    document = forms.FileField(required=False, help_text="A .txt, .md or saved .html page.")
    previewed_file = forms.CharField(required=False, widget=forms.HiddenInput)
    pasted = forms.CharField(
        label="Or paste the article",
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
    )
    format = forms.ChoiceField(
        choices=[(name, FORMAT_LABELS[name]) for name in FORMATS],
        initial="auto",
        help_text="“Auto” goes by the file's extension, then by the content.",
    )
    slug = forms.SlugField(
        required=False, max_length=80, help_text="Leave empty to derive it from the title."
    )
    outlet = forms.CharField(required=False, max_length=200, help_text="Leave empty to keep the document's.")
    byline = forms.CharField(required=False, max_length=300, help_text="Leave empty to keep the document's.")
    published_on = forms.DateField(
        label="Date",
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d"),  # as its help says, also when a preview fills it in
        help_text="YYYY-MM-DD. Leave empty to keep the document's.",
    )
    source_url = forms.URLField(
        label="Original URL",
        required=False,
        assume_scheme="https",
        help_text="Leave empty to keep the document's.",
    )

    #: The file previewed that this form imports (an upload, with .name and .size), or None.
    kept_upload = None

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("document") and cleaned.get("pasted", "").strip():
            raise forms.ValidationError("Upload a file or paste the text, not both.")
        if not cleaned.get("document") and not cleaned.get("pasted", "").strip():
            cleaned["document"] = self.kept_upload = self._previewed_file(cleaned.get("previewed_file"))
        if cleaned.get("document"):
            try:
                check_size(cleaned["document"].size)  # before reading it into memory
            except ImportRefused as refusal:
                raise forms.ValidationError(str(refusal)) from None
        return cleaned

    def _previewed_file(self, value):
        if not value:
            raise forms.ValidationError("Upload a file or paste the article's text.")
        try:
            return kept_uploads.kept(value, user=self.user)
        except kept_uploads.UploadLost:
            raise forms.ValidationError(
                f"The file you previewed is no longer kept (a preview lasts {kept_uploads.KEPT_FOR // 3600} "
                "hours): choose it again."
            ) from None

    def metadata(self):
        """The publication details typed in: each one given wins over the document's."""
        data = getattr(self, "cleaned_data", {})
        return {name: data[name] for name in METADATA if data.get(name)}

    def document_data(self):
        """(data, filename) for the importer."""
        upload = self.cleaned_data.get("document")
        if upload:
            return upload.read(), upload.name
        return self.cleaned_data["pasted"], ""


class RevisionForm(ImportForm):
    """The next text of an article already on the desk: its slug is the briefing's."""

    slug = outlet = byline = published_on = source_url = previewed_file = None
