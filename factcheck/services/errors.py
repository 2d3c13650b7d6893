"""What a refused service call raises: one message for the person who asked, whichever door."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


class WorkflowError(Exception):
    """The action was refused; the message says why, for the person who asked."""


class EditConflict(WorkflowError):
    """Someone else saved the claim since it was opened."""


class StaleConfirmation(WorkflowError):
    """What a confirmation page listed is no longer what the action would do."""


def refuse_invalid(record, *, exclude=None):
    """The model's own validation, whatever door sends the record (the desk's forms run it too, but
    a command, a script or a future door might not): refused with the fields' messages."""
    try:
        record.full_clean(exclude=exclude)
    except ValidationError as invalid:
        problems = "; ".join(
            " ".join(messages)
            if field == NON_FIELD_ERRORS
            else f"{field.replace('_', ' ')}: {' '.join(messages)}"
            for field, messages in invalid.message_dict.items()
        )
        raise WorkflowError(f"Not saved: {problems}") from None
