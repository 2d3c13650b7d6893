"""A briefing's detail (its sections, statements and the claims on each) in one pass.

The nested serializers that describe it in the schema build a model object and a serializer per
statement; for a briefing of thousands of statements that took seconds. Here four queries read
plain rows and one loop builds the same JSON, field for field, in the same order.
"""

from collections import defaultdict

from django.urls import reverse

from briefings.models import Briefing, Section, Statement
from factcheck.links import PLACEHOLDER, absolute, paths_for, slug_path_for
from factcheck.models import Claim

STATEMENT_FIELDS = (
    "id",
    "section_id",
    "position",
    "paragraph",
    "kind",
    "quoted",
    "text",
    "start",
    "end",
    "label",
    "hidden",
)
# What staff who include unpublished work read besides (StatementSerializer.staff_only).
STAFF_FIELDS = ("check_worthiness", "check_worthiness_reasons", "speaker")


def _url_maker(request, view_name, include_unpublished):
    """A fast `reverse` for one view: the address of object PLACEHOLDER, with the id swapped in."""
    template = request.build_absolute_uri(reverse(view_name, args=[PLACEHOLDER]))
    head, tail = template.rsplit(f"/{PLACEHOLDER}/", 1)
    suffix = "?include=unpublished" if include_unpublished else ""
    return lambda pk: f"{head}/{pk}/{tail}{suffix}"


def _claim_pages(briefing):
    """A claim's public page (ClaimSummarySerializer.page_url) from its row, or None."""
    if briefing.status != Briefing.Status.PUBLISHED:
        return lambda row: None
    page = paths_for("claim")
    return lambda row: absolute(page(row["id"])) if row["live_version_id"] else None


def _claims_by_statement(briefing, user, include_unpublished, claim_url):
    """Claim summaries per statement (as the caller may read them) and their change times."""
    claims = Claim.objects.visible_to(user, include_unpublished).filter(statement__briefing=briefing)
    if include_unpublished:
        fields = {"text": "text", "name": "rating__name", "slug": "rating__slug", "value": "rating__value"}
        times = ("updated_at", "rating__updated_at")
    else:
        fields = {
            "text": "live_version__text",
            "name": "live_version__rating_name",
            "slug": "live_version__rating_slug",
            "value": "live_version__rating_value",
        }
        times = ("public_changed_at",)
    rows = claims.order_by("id").values(
        "id", "statement_id", "status", "live_version_id", *fields.values(), *times
    )
    summaries, changed, page_of = defaultdict(list), [], _claim_pages(briefing)
    for row in rows:
        rating = (
            None
            if row[fields["slug"]] is None
            else {"name": row[fields["name"]], "slug": row[fields["slug"]], "value": row[fields["value"]]}
        )
        summaries[row["statement_id"]].append(
            {
                "id": row["id"],
                "url": claim_url(row["id"]),
                "page_url": page_of(row),
                "text": row[fields["text"]],
                "status": row["status"] if include_unpublished else Claim.Status.PUBLISHED.value,
                "rating": rating,
            }
        )
        changed += [row[name] for name in times if row[name]]
    return summaries, changed


def _page_of(briefing):
    """A statement's public page but its fragment (StatementSerializer.page_url): the briefing's
    page while it is published, or None."""
    if briefing.status != Briefing.Status.PUBLISHED:
        return None
    return absolute(slug_path_for("briefing", briefing.slug))


def _statement(row, statement_url, page, claims, staff_fields):
    anchor = f"s-{row['label'] or row['position']}"  # as Statement.anchor
    return {
        "id": row["id"],
        "url": statement_url(row["id"]),
        "page_url": f"{page}#{anchor}" if page and not row["hidden"] else None,
        "position": row["position"],
        "paragraph": row["paragraph"],
        "kind": row["kind"],
        "quoted": row["quoted"],
        "text": row["text"],
        "start": row["start"],
        "end": row["end"],
        "anchor": anchor,
        "claims": claims.get(row["id"], []),
        **{name: row[name] for name in staff_fields},
    }


def briefing_sections(briefing, *, request, include_unpublished):
    """The `sections` of a briefing's detail (its current revision's), and the change times of
    the claims in it (those whose statements were cut included: they left it). The public reads
    the statements shown in the article; staff who include unpublished work, the hidden ones too."""
    statement_url = _url_maker(request, "api:statement-detail", include_unpublished)
    claim_url = _url_maker(request, "api:claim-detail", include_unpublished)
    claims, changed = _claims_by_statement(briefing, request.user, include_unpublished, claim_url)
    by_section = defaultdict(list)
    current = briefing.current_revision_id
    statements = Statement.objects.filter(revision=current)
    if not include_unpublished:
        statements = statements.shown()
    staff_fields = STAFF_FIELDS if include_unpublished else ()
    page = _page_of(briefing)
    for row in statements.order_by("position").values(*STATEMENT_FIELDS, *staff_fields):
        by_section[row["section_id"]].append(_statement(row, statement_url, page, claims, staff_fields))
    sections = [
        {
            "position": section["position"],
            "heading": section["heading"],
            "statements": by_section[section["id"]],
        }
        for section in Section.objects.filter(revision=current)
        .order_by("position")
        .values("id", "position", "heading")
    ]
    return sections, changed
