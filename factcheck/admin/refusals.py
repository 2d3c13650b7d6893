"""How the desk shows a service's refusal: written once for every view that calls a service."""

from contextlib import contextmanager

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect

from ..services import WorkflowError


@contextmanager
def refusal_as_403(*, but=()):
    """A refused service call answers 403 with the service's own message; refusals of the kinds
    in `but` go on to the view, which answers them itself (a stale confirmation is shown again)."""
    try:
        yield
    except but:
        raise
    except WorkflowError as refusal:
        raise PermissionDenied(str(refusal)) from None


class RefusalAsMessage:
    """For ModelAdmins that save through a service: a save the service refuses after the form's
    own checks passed (another person's rule, a lost race) is rolled back and reported on the
    same page, not a server error."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return redirect(request.get_full_path())
