"""The one seam between a briefing's revisions and whatever is made of its statements.

briefings knows nothing of claims, yet a new revision must carry them along. The import sends
`revision_imported` inside its transaction, once the new revision's statements are stored and
matched to the previous revision's; a receiver (factcheck's re-anchoring) moves what points at
the old statements. A receiver that raises rolls the whole import back, so a revision is never
stored with its claims left behind. Each receiver may return a one-line summary, which the
import's result prints after its own.

Arguments: `briefing`, `previous` and `revision` (Revisions), `anchoring` (briefings.anchoring's
result: one link per old statement), `old_statements` and `new_statements` (in position order,
the indices the anchoring uses), and `user` (who imported it, or None for the operator).
"""

from django.dispatch import Signal

revision_imported = Signal()
