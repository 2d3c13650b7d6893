"""`GET /api/v1/claims/?similar_to=TEXT`: "has this been checked?" for another newsroom. One page
of public claims, most similar first (factcheck.similarity), each with its `similarity`; not a
cursor, since the order is the question's, not the archive's, so `cursor` and `ordering` are
refused. The other filters narrow the page. Anonymous answers are cached by their full address
(factcheck.api.cached), so each text has its own entry, dropped at any public change."""

from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from factcheck.similarity import CANDIDATES, TEXT_MAX, THRESHOLD, similar_claims

from .schema import UNPUBLISHED

PARAMETER = "similar_to"
REFUSED_WITH = ("cursor", "ordering", "include")

DOCUMENTATION = OpenApiParameter(
    PARAMETER,
    description=(
        f"Has this been checked? One page of public claims whose wording resembles this text (up to "
        f"{TEXT_MAX} characters), most similar first, at most `page_size`; each claim then carries "
        f"`similarity`, from {THRESHOLD} (the threshold: nothing less similar is listed) to 1. "
        'Differently worded questions find a claim ("When did Russia begin its invasion of Ukraine?"). '
        f"Cannot be combined with `cursor`, `ordering` or `include={UNPUBLISHED}`: 400."
    ),
    # A value is required (unlike the filters, empty is not "not given"): some letter, no NUL.
    type={
        "type": "string",
        "minLength": 1,
        "maxLength": TEXT_MAX,
        "pattern": "^[^\\x00]*[^\\s\\x00][^\\x00]*$",
    },
)


def asked_text(request):
    """The text to match, or a 400 naming what is wrong with the request."""
    raw = request.query_params.get(PARAMETER, "")
    if "\x00" in raw:  # as every text filter refuses it: no database stores it
        raise ValidationError({PARAMETER: ["Null characters are not allowed."]})
    text = raw.strip()
    if not text:
        raise ValidationError({PARAMETER: ["Give the text of a claim or a question to compare."]})
    if len(raw) > TEXT_MAX:
        raise ValidationError({PARAMETER: [f"At most {TEXT_MAX} characters; this text has {len(raw)}."]})
    combined = [name for name in REFUSED_WITH if request.query_params.get(name)]
    if combined:
        raise ValidationError(
            {
                PARAMETER: [
                    f"Cannot be combined with {', '.join(combined)}: similar_to answers one page of "
                    "public claims, most similar first."
                ]
            }
        )
    return text


def similar_page(view, request):
    """The answer: the filtered public claims among the matches, best first, one page."""
    text = asked_text(request)
    size = view.paginator.get_page_size(request)
    matches = {match.claim_id: match.similarity for match in similar_claims(text, limit=CANDIDATES)}
    # The filters pick among the matches by key; only the page's claims are loaded and serialized.
    kept = view.filter_queryset(view.get_queryset()).filter(pk__in=list(matches)).prefetch_related(None)
    chosen = sorted(kept.values_list("pk", flat=True), key=lambda pk: (-matches[pk], pk))[:size]
    loaded = {claim.pk: claim for claim in view.get_queryset().filter(pk__in=chosen)}
    page = [loaded[pk] for pk in chosen]
    view._served, view._listing = page, True  # for ETag and Last-Modified
    items = []
    for claim, item in zip(page, view.get_serializer(page, many=True).data, strict=True):
        items.append({**item, "similarity": matches[claim.pk]})
    return Response({"next": None, "previous": None, "results": items})
