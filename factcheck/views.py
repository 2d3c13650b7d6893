from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from briefings.article import public_claims

from .claimreview import claim_review, json_ld
from .models import Source
from .search import clean_query, search


@require_safe
def claim(request, pk):
    """A published verdict's permanent page."""
    claim = get_object_or_404(public_claims(), pk=pk)
    statement = claim.statement
    paragraph = statement.briefing.statements.filter(paragraph=statement.paragraph).order_by("position")
    return render(
        request,
        "factcheck/claim.html",
        {
            "claim": claim,
            "statement": statement,
            "paragraph": paragraph,
            "claim_review": json_ld(claim_review(claim)),
        },
    )


@require_safe
def source(request, pk):
    source = get_object_or_404(Source.objects.public(), pk=pk)
    claims = public_claims().filter(evidence__source=source).distinct()
    return render(request, "factcheck/source.html", {"source": source, "claims": claims})


@require_safe
def search_view(request):
    query = clean_query(request.GET.get("q", ""))
    results = search(query) if query else None
    return render(request, "factcheck/search.html", {"query": query, "results": results})
