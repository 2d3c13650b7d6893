"""How the desk shows a service's refusal: written once for every view that calls a service."""

from contextlib import contextmanager

from django.core.exceptions import PermissionDenied

from ..services import WorkflowError


@contextmanager
def refusal_as_403():
    """A refused service call answers 403 with the service's own message."""
    try:
        yield
    except WorkflowError as refusal:
        raise PermissionDenied(str(refusal)) from None

