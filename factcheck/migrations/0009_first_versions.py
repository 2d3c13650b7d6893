"""Every claim published before versions existed gets its first version from the data as it is;
corrections keep the rating labels readers saw; the two-person rule learns who revised what since
each claim's last publication."""

from django.db import migrations
from django.db.models import Max, Min

REVIEWED = {"text", "short_text", "claimant", "statement", "rating", "rationale", "evidence"}


def _name(user):
    return f"{user.first_name} {user.last_name}".strip() if user else ""


def _first_version(claim, best, worst, CitedEvidence, ClaimVersion):
    rating, statement = claim.rating, claim.statement
    version = ClaimVersion.objects.create(
        claim=claim,
        number=1,
        published_at=claim.published_at or claim.updated_at,
        published_by=claim.reviewed_by,
        reason="First published.",
        statement=statement,
        statement_text=statement.text,
        statement_position=statement.position,
        text=claim.text,
        short_text=claim.short_text,
        claimant=claim.claimant,
        rationale=claim.rationale,
        check_worthiness=claim.check_worthiness,
        scale_rating=rating,
        rating_name=rating.name,
        rating_slug=rating.slug,
        rating_value=rating.value,
        rating_colour=rating.colour,
        rating_symbol=rating.symbol,
        rating_definition=rating.definition,
        rating_on_scale=rating.on_scale,
        best_rating=best,
        worst_rating=worst,
        researched_by=_name(claim.submitted_by),
        edited_by=_name(claim.reviewed_by),
    )
    for position, evidence in enumerate(claim.evidence.select_related("source").order_by("id"), 1):
        source = evidence.source
        CitedEvidence.objects.create(
            version=version,
            position=position,
            stance=evidence.stance,
            excerpt=evidence.excerpt,
            locator=evidence.locator,
            cited_source=source,
            title=source.title,
            publisher=source.publisher,
            url=source.url,
            kind=source.kind,
            published_on=source.published_on,
            accessed_on=source.accessed_on,
            cited_at=version.published_at,
        )
    claim.live_version = version
    claim.public_changed_at = claim.updated_at
    claim.save(update_fields=["live_version", "public_changed_at"])


def _revisers(claim):
    """Who changed reviewed content since the claim's last publication (or since it was made)."""
    events = claim.events.order_by("id")
    last_publication = events.filter(action="publish").last()
    if last_publication is not None:
        events = events.filter(id__gt=last_publication.id)
    revisers = []
    for event in events.exclude(actor=None):
        fields = {name.split(" ")[0] for name in event.changes}
        if fields & REVIEWED and event.actor_id not in revisers:
            revisers.append(event.actor_id)
    return revisers


def forwards(apps, schema_editor):
    Claim = apps.get_model("factcheck", "Claim")
    Rating = apps.get_model("factcheck", "Rating")
    bounds = Rating.objects.filter(on_scale=True).aggregate(best=Max("value"), worst=Min("value"))
    for claim in Claim.objects.select_related("rating", "statement", "submitted_by", "reviewed_by"):
        if claim.status == "published" and claim.rating_id:
            _first_version(
                claim,
                bounds["best"],
                bounds["worst"],
                apps.get_model("factcheck", "CitedEvidence"),
                apps.get_model("factcheck", "ClaimVersion"),
            )
        else:
            claim.revisers.set(_revisers(claim))
    for correction in apps.get_model("factcheck", "Correction").objects.select_related("from_rating", "to_rating"):
        correction.from_label, correction.to_label = correction.from_rating.name, correction.to_rating.name
        correction.save(update_fields=["from_label", "to_label"])


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0008_published_versions")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
