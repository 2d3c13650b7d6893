"""The public "Submit a claim" form (/submit/): a reader proposes a claim to check, with no account.

A door like views.py: it checks the form and hands the proposal to services.receive_submission.
It is never stored in the public cache (it carries a CSRF token, sets its cookie and declares no
dependencies) and defends itself without a third party: a limit per address and hour (counted
where the API's throttles count, factcheck.windows, by the address they count, config.clients:
an IPv6 address by its /64),
a honeypot field people and assistive technology never see, a signed time the form was shown (too
quick is a robot) with a random nonce that makes it good for one accepted submission (recorded in
the store every worker shares for as long as the signature holds, factcheck.windows.first_use: a
robot that waited once cannot send the same start again), a maximum length, and a limit on web
addresses in the text.
"""

import re
import secrets
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
from .windows import CountsUnavailable, count_in_window, first_use

SALT = "factcheck.submit.started"
MAX_LINKS_IN_TEXT = 2
FORM_VALID_SECONDS = 24 * 60 * 60
WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
HOUR = 60 * 60
UNCOUNTED = "We cannot take suggestions just now. Please send yours again in a few minutes."
STALE = "This form is too old or was changed; please send it again."


def started_token(shown_at=None):
    """The signed time the form is shown, with a nonce: good for one accepted submission."""
    shown_at = time.time() if shown_at is None else shown_at
    return signing.dumps([shown_at, secrets.token_urlsafe(16)], salt=SALT)


def read_start(value):
    """(seconds since the form was shown, its nonce) from a signed start, or None when it is
    missing, forged, older than FORM_VALID_SECONDS or of another shape (a bare time, signed before
    starts had a nonce)."""
    try:
        shown_at, nonce = signing.loads(value, salt=SALT, max_age=FORM_VALID_SECONDS)
        age = time.time() - float(shown_at)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return (age, nonce) if age <= FORM_VALID_SECONDS and isinstance(nonce, str) else None


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
        # WCAG 1.3.5: the field asks for the reader's own address, so browsers may fill it in.
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text="Only to reply to you; never published.",
    )
    # The honeypot: off screen, hidden from assistive technology and out of the tab order.
    website = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    # Whether checking the form may spend its start, and whether the shared store failed.
    spends_start, uncounted = True, False

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

    def _start_refused(self):
        """Why the signed time the form was shown is refused, or None. An accepted form spends
        its start: sent again, by anyone, it is refused as a changed one (UNCOUNTED when the
        shared store cannot say)."""
        start = read_start(self.data.get("started", ""))
        if start is None:
            return STALE
        age, nonce = start
        if age < settings.FACTDESK_SUBMISSION_MIN_SECONDS:
            return "That was sent faster than a person can type; please check your claim and send it again."
        if self.errors or not self.spends_start:
            return None
        try:
            return None if first_use(f"submit-start:{nonce}", FORM_VALID_SECONDS) else STALE
        except CountsUnavailable:
            self.uncounted = True
            return UNCOUNTED

    def clean(self):
        """The robot checks, as errors of the whole form: the fields they read are not shown."""
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(
                "This form could not be accepted: the field “Leave this empty” was filled in."
            )
        problem = self._start_refused()
        if problem:
            raise forms.ValidationError(problem)
        return cleaned

    def refuse_uncounted(self):
        """Nobody can count now: the form is refused with UNCOUNTED, its start left unspent."""
        self.uncounted, self.spends_start = True, False
        self.add_error(None, UNCOUNTED)

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
        form.refuse_uncounted()
        limited = False
    if limited:
        context = {"per_hour": settings.FACTDESK_SUBMISSIONS_PER_HOUR}
        return render(request, "factcheck/submit_limited.html", context, status=429)
    if not form.is_valid():  # an accepted form spends its start
        return _page(request, form.with_fresh_start(), status=503 if form.uncounted else 200)
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
