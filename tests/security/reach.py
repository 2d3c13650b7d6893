"""Where the corpus arrived: each field's stored values for a bundle, and which of its payloads
each field holds whole (an importer's field, as the importer cleans a line of text)."""

from briefings.importers.document import clean_inline
from factcheck.models import Claim, ClaimEvent

from .corpus import fit, one_line

UNBOUNDED = {
    "claim",
    "rationale",
    "evidence excerpt",
    "source notes",
    "rating definition",
    "editor's note",
    "withdrawal reason",
    "workflow comment",
    "dismissal reason",
    "correction reason",
    "version reason",
}


def imported(bundle):
    briefings = (bundle.briefing, bundle.withdrawn)
    return {
        "briefing title": [briefing.title for briefing in briefings],
        "outlet": [briefing.outlet for briefing in briefings],
        "byline": [briefing.byline for briefing in briefings],
        "source URL": [briefing.source_url for briefing in briefings],
        "section heading": [s.heading for briefing in briefings for s in briefing.sections.all()],
        "statement": [s.text for briefing in briefings for s in briefing.statements.all()],
    }


def written(bundle):
    claim = Claim.objects.select_related("live_version").get(pk=bundle.claim.pk)
    live, rating, sources = claim.live_version, bundle.rating, bundle.sources
    people = (bundle.checker, bundle.editor)
    return {
        "claim": [live.text],
        "short form": [live.short_text],
        "claimant": [live.claimant],
        "rationale": [live.rationale],
        "evidence excerpt": [evidence.excerpt for evidence in claim.evidence.all()],
        "evidence locator": [evidence.locator for evidence in claim.evidence.all()],
        "source title": [source.title for source in sources],
        "source publisher": [source.publisher for source in sources],
        "source notes": [source.notes for source in sources],
        "source URL": [source.url for source in sources],
        "rating label": [rating.name],
        "rating symbol": [rating.symbol],
        "rating definition": [rating.definition],
        "editor's note": [bundle.briefing.note],
        "withdrawal reason": [bundle.withdrawn.withdrawal_reason],
        "workflow comment": list(
            ClaimEvent.objects.filter(claim__in=[claim, bundle.dismissed]).values_list("comment", flat=True)
        ),
        "dismissal reason": [Claim.objects.get(pk=bundle.dismissed.pk).dismissal_reason],
        "correction reason": [correction.reason for correction in claim.corrections.all()],
        "version reason": [version.reason for version in claim.versions.all()],
        "person's name": [f"{person.first_name} {person.last_name}" for person in people],
    }


def whole(payload, by_import):
    """The payload as a field holds it: as the importer cleans a line, or as written."""
    return clean_inline(one_line(payload.text)) if by_import else fit(payload.text).strip()


def arrivals(bundle):
    """{field: the ids of the bundle's payloads it holds whole}."""
    reached = {}
    for by_import, fields in ((True, imported(bundle)), (False, written(bundle))):
        for field, values in fields.items():
            joined = "\n".join(values)
            name = f"{field} (import)" if by_import else field
            reached[name] = {p.id for p in bundle.payloads if whole(p, by_import) in joined}
    return reached
