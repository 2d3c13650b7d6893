"""The public "Submit a claim" form (/submit/): a reader proposes a claim to check, with no account.

A door like views.py: it checks the form and hands the proposal to services.receive_submission.
It is never stored in the public cache (it carries a CSRF token, sets its cookie and declares no
dependencies) and defends itself without a third party: a limit per address and hour (counted
where the API's throttles count, factcheck.windows, by the address they count, config.clients:
an IPv6 address by its /64),
a honeypot field people and assistive technology never see, a signed time the form was shown (too
quick is a robot), a maximum length, and a limit on web addresses in the text.
"""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from briefings.weblinks import WEB_SCHEMES
from config.clients import client_address

from . import services
from .models.submissions import TEXT_MAX_LENGTH
from .read_only import read_only
from .windows import CountsUnavailable, count_in_window

SALT = "factcheck.submit.started"
MAX_LINKS_IN_TEXT = 2
FORM_VALID_SECONDS = 24 * 60 * 60
WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
HOUR = 60 * 60
UNCOUNTED = "We cannot take suggestions just now. Please send yours again in a few minutes."


def started_token():
    return signing.dumps(time.time(), salt=SALT)


class SubmissionForm(forms.Form):
    text = forms.CharField(
        label="The claim you want checked",
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Quote it as you read or heard it, and say who said it if you know.",
    )
    link = forms.URLField(
        label="Where you saw it (optional)",
        required=False,
        max_length=1000,
        assume_scheme="https",
        help_text="A web address starting with http:// or https://.",
    )
    contact = forms.EmailField(
        label="Your email address (optional)",
        required=False,
        help_text="Only to reply to you; never published.",
    )
    # The honeypot: off screen, hidden from assistive technology and out of the tab order.
    website = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_link(self):
        link = self.cleaned_data["link"]
        if link and link.split(":", 1)[0].lower() not in WEB_SCHEMES:
            raise forms.ValidationError("Enter a web address starting with http:// or https://.")
        return link

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if len(WEB_ADDRESS.findall(text)) > MAX_LINKS_IN_TEXT:
            raise forms.ValidationError(
                f"Keep to at most {MAX_LINKS_IN_TEXT} web addresses in the text; put the main one in "
                "“Where you saw it”."
            )
        return text

    def _started_too_recently(self):
        """Why the signed time the form was shown is refused, or None."""
        try:
            shown_at = signing.loads(self.data.get("started", ""), salt=SALT, max_age=FORM_VALID_SECONDS)
            age = time.time() - float(shown_at)
        except (signing.BadSignature, TypeError, ValueError):
            age = None
        if age is None or age > FORM_VALID_SECONDS:
            return "This form is too old or was changed; please send it again."
        if age < settings.FACTDESK_SUBMISSION_MIN_SECONDS:
            return "That was sent faster than a person can type; please check your claim and send it again."
        return None

    def clean(self):
        """The robot checks, as errors of the whole form: the fields they read are not shown."""
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(
                "This form could not be accepted: the field “Leave this empty” was filled in."
            )
        problem = self._started_too_recently()
        if problem:
            raise forms.ValidationError(problem)
        return cleaned

    def with_fresh_start(self):
        """The form shown again after an error starts its clock again."""
        self.data = self.data.copy()
        self.data["started"] = started_token()
        return self


def over_the_limit(request):
    """Count this address's submission in the current hour (an IPv6 address by its /64, as
    config.clients counts); True when it is one too many."""
    count, _ = count_in_window(f"submit:{client_address(request)}", HOUR)
    return count > settings.FACTDESK_SUBMISSIONS_PER_HOUR


def _page(request, form, status=200):
    return render(request, "factcheck/submit.html", {"form": form}, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def submit_claim(request):
    if request.method != "POST":
        return _page(request, SubmissionForm(initial={"started": started_token()}))
    form = SubmissionForm(request.POST)
    try:
        limited = over_the_limit(request)
    except CountsUnavailable:  # the reader keeps what they wrote, and is asked to send it again
        form.add_error(None, UNCOUNTED)
        return _page(request, form.with_fresh_start(), status=503)
    if limited:
        context = {"per_hour": settings.FACTDESK_SUBMISSIONS_PER_HOUR}
        return render(request, "factcheck/submit_limited.html", context, status=429)
    if not form.is_valid():
        return _page(request, form.with_fresh_start())
    try:
        services.receive_submission(
            text=form.cleaned_data["text"],
            link=form.cleaned_data["link"],
            contact=form.cleaned_data["contact"],
        )
    except services.WorkflowError as refusal:
        form.add_error(None, str(refusal))
        return _page(request, form.with_fresh_start())
    return redirect("submit-claim-thanks")


@never_cache
@read_only
def submit_claim_thanks(request):
    context = {"contact_days": settings.FACTDESK_SUBMISSION_CONTACT_DAYS}
    return render(request, "factcheck/submit_thanks.html", context)
