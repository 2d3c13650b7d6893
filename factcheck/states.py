"""The workflow states of a claim's working copy.

They sit at the bottom of the app, below the rules and the models, so that the rules table can
name states without importing a model.
"""

from django.db import models


class ClaimStatus(models.TextChoices):
    NEW = "new", "New"
    IN_PROGRESS = "in_progress", "In progress"
    IN_REVIEW = "in_review", "In review"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"
    DISMISSED = "dismissed", "Dismissed"
    # An editor took the published verdict back (a retraction): its versions stay on record, none
    # is served as live; "reconsider" sends it back for changes, and a new version may go out.
    WITHDRAWN = "withdrawn", "Withdrawn"


#: States in which nobody is working on the claim any more.
CLOSED = (ClaimStatus.PUBLISHED, ClaimStatus.DISMISSED, ClaimStatus.WITHDRAWN)
#: A verdict a second person has signed off: changing what readers see needs review again.
SETTLED = (ClaimStatus.APPROVED, ClaimStatus.PUBLISHED)


class Anchor(models.TextChoices):
    """How a claim's statement stands in the article's current revision (briefings.anchoring
    decides it when a revision is imported; an editor's split may flag it `split`). `changed`,
    `orphaned` and `split` need an editor's attention; only `changed` and `orphaned` tell readers."""

    EXACT = "exact", "Exact"
    MOVED = "moved", "Moved"
    CHANGED = "changed", "Wording changed"
    ORPHANED = "orphaned", "Removed from the article"
    SPLIT = "split", "Statement split"


#: Anchors an editor has to look at: the wording checked is not the article's any more, or an
#: editor split its statement and the claim's text is in neither part as a whole.
NEEDS_ATTENTION = (Anchor.CHANGED, Anchor.ORPHANED, Anchor.SPLIT)
#: Flags that a person settles (confirm_anchor), and that later revisions carry along until then.
TO_CONFIRM = (Anchor.CHANGED, Anchor.SPLIT)


class ReplyStatus(models.TextChoices):
    """Right of reply: whether the claimant was asked before the verdict went out (IFCN and EFCSN
    ask signatories to say so). Blank means nobody has answered the question yet."""

    CONTACTED = "contacted", "Contacted"
    NOT_CONTACTED = "not_contacted", "Not contacted"
    NOT_APPLICABLE = "not_applicable", "Not applicable"
