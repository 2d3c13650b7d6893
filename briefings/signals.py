"""The seams between a briefing's statements and whatever is made of them.

briefings knows nothing of claims, yet a new revision, or an editor's correction of the split,
must carry them along. The signals are sent inside the change's transaction; a receiver that
raises rolls the whole change back, so statements are never stored with their claims left behind.

`revision_imported` is sent once the new revision's statements are stored and matched to the
previous revision's; a receiver (factcheck's re-anchoring) moves what points at the old
statements. Each receiver may return a one-line summary, which the import's result prints after
its own. Arguments: `briefing`, `previous` and `revision` (Revisions), `anchoring`
(briefings.anchoring's result: one link per old statement), `old_statements` and
`new_statements` (in position order, the indices the anchoring uses), and `user` (who imported
it, or None for the operator).

`statements_edited` is sent after each correction of the split (briefings.editing), before it is
recorded. Arguments: `briefing`, `edit` (the unsaved StatementEdit: its action says which),
`statements` (the statements the edit touched, as they are now: for a split, the first part and
the second; for a merge, the merged statement; otherwise the one), `removed` (for a merge, the
statement merged in, about to be deleted) and `user`. A receiver refuses the edit by raising
briefings.editing.EditRefused with a message for the editor.

`ChangeRefused` is for the other refusals from outside briefings: a receiver of these signals,
or of a model's own, that cannot let the change be saved for a reason of its own (factcheck's
cache, unable to record the change for readers). Raised inside the transaction, it rolls the
change back; briefings' commands answer it with its message, as they answer their own refusals.
"""

from django.dispatch import Signal

revision_imported = Signal()
statements_edited = Signal()


class ChangeRefused(Exception):
    """Nothing was saved, for a reason the exception's message gives the person who asked."""
