"""What a refused service call raises: one message for the person who asked, whichever door."""


class WorkflowError(Exception):
    """The action was refused; the message says why, for the person who asked."""


class EditConflict(WorkflowError):
    """Someone else saved the claim since it was opened."""
