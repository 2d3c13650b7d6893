"""What moves the generations: every change that can alter what the public reads.

Model signals, not the services, for all but two: a briefing's publication and withdrawal save the
Briefing; a new version (publication, correction, re-publication after a source or rating edit)
creates a ClaimVersion; every correction of the split (split, merge, hide, show, retitle) saves a
StatementEdit (and the admin's own Section and Statement forms save those); a new revision
saves the Briefing and sends `revision_imported` (its statements are bulk-inserted, no signal
each); a rating edit saves the Rating; a standards page's edit saves its FlatPage. Those saves happen whichever door (admin, command, API,
service, a future one) made the change, and whatever bulk updates go with them happen in the same transaction, so
hooking the saves leaves no gap. The two changes of a public page that save none of those,
confirming a changed wording and moving a published verdict to another statement, call
`briefing_changed` from their services (confirm_anchor, save_claim); so do linking and unlinking
an earlier check (link_previous_check). A claim's "Previously checked" line names other claims,
so the saves above also invalidate the pages of published claims linking to the claims they
change (`linking_claims_changed`).

What is deliberately not a trigger: editing a claim's working copy, its evidence, a source or a
rating's working fields, a draft briefing's text: none reaches the public until a version is
published (a ClaimVersion), so none invalidates a public page.
"""

from django.contrib.flatpages.models import FlatPage
from django.db.models.signals import post_delete, post_migrate, post_save

from briefings.models import Briefing, Section, Statement, StatementEdit
from briefings.signals import revision_imported

from ..models import ClaimVersion, PreviousCheck, Rating
from .generations import PUBLIC, RATINGS, SITE, STANDARDS, briefing, bump, changed

PUBLIC_STATUSES = (Briefing.Status.PUBLISHED, Briefing.Status.WITHDRAWN)


def briefing_changed(briefing_id, *, status=None):
    """Briefing `briefing_id`'s pages changed; the public lists too if it is published or
    withdrawn (a draft's changes reach no list). `status`, when the caller has it, saves a query."""
    if status is None:
        status = Briefing.objects.filter(pk=briefing_id).values_list("status", flat=True).first()
    if status in PUBLIC_STATUSES:
        changed(briefing(briefing_id), PUBLIC)
    else:
        changed(briefing(briefing_id))


def linking_claims_changed(**earlier):
    """The pages of published claims that link, as previously checked, to the claims matching
    `earlier` (lookups on the earlier claim): their "Previously checked" line names those claims
    while public, so a claim published, corrected or withdrawn changes them."""
    links = PreviousCheck.objects.filter(
        claim__live_version__isnull=False,
        **{f"earlier__{lookup}": value for lookup, value in earlier.items()},
    )
    for briefing_id, status in (
        links.values_list("claim__statement__briefing_id", "claim__statement__briefing__status")
        .distinct()
        .order_by()
    ):
        briefing_changed(briefing_id, status=status)


def everything_changed():
    """For changes under the cache (a migration, a bulk load): every stored answer goes."""
    bump(SITE)


def _on_briefing(sender, instance, **kwargs):
    briefing_changed(instance.pk, status=instance.status)
    if kwargs.get("signal") is not post_delete:  # a deleted briefing held no published verdict
        linking_claims_changed(statement__briefing_id=instance.pk)


def _on_version(sender, instance, created=False, **kwargs):
    """A new version is public only in a published briefing; publishing the briefing (a save)
    covers those it publishes while still a draft."""
    if created or kwargs.get("signal") is post_delete:
        briefing_changed(instance.statement.briefing_id)
        linking_claims_changed(pk=instance.claim_id)


def _on_statement_edit(sender, instance, **kwargs):
    """A correction of the split; also a heading or statement changed in the admin's own forms
    (Section, Statement), which no StatementEdit records."""
    briefing_changed(instance.briefing_id)


def _on_revision(sender, briefing, **kwargs):
    briefing_changed(briefing.pk, status=briefing.status)


def _on_rating(sender, instance, **kwargs):
    changed(RATINGS)


def _on_standards_page(sender, instance, **kwargs):
    """A standards page (a flatpage) saved or deleted, whichever door: service, shell, fixture."""
    changed(STANDARDS)


def _on_migrate(sender, **kwargs):
    everything_changed()


def connect():
    """Called once from the app's ready()."""
    for signal in (post_save, post_delete):
        signal.connect(_on_briefing, sender=Briefing, dispatch_uid=f"caching.briefing.{signal}")
        signal.connect(_on_version, sender=ClaimVersion, dispatch_uid=f"caching.version.{signal}")
        signal.connect(_on_rating, sender=Rating, dispatch_uid=f"caching.rating.{signal}")
        signal.connect(_on_standards_page, sender=FlatPage, dispatch_uid=f"caching.standards.{signal}")
    for model in (StatementEdit, Section, Statement):
        post_save.connect(_on_statement_edit, sender=model, dispatch_uid=f"caching.edit.{model.__name__}")
    revision_imported.connect(_on_revision, dispatch_uid="caching.revision")
    post_migrate.connect(_on_migrate, dispatch_uid="caching.migrate")
