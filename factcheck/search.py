"""Search over what the public may read: statements of published briefings (their current
revision; earlier texts are on the revision pages), the live published versions of public claims
and the sources as those versions cite them. PostgreSQL ranks with full-text search; SQLite
matches every word."""

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q

from briefings.models import Statement

from .models import CitedEvidence, ClaimVersion

LIMIT = 50
QUERY_MAX = 200


def every_word(fields, text, limit=10):
    """A condition that every word of `text` (up to `limit`) occurs, in any case, in at least one
    of `fields`: the word matching behind SQLite search and the API's text filters."""
    conditions = [
        reduce(or_, (Q(**{f"{field}__icontains": word}) for field in fields)) for word in text.split()[:limit]
    ]
    return reduce(and_, conditions, Q())


def clean_query(raw):
    """The words to search for: NUL characters dropped (PostgreSQL text cannot hold them, and
    SQLite's LIKE stops reading at one, so "\\0" would match everything), trimmed and capped."""
    return raw.replace("\x00", "").strip()[:QUERY_MAX]


@dataclass
class Results:
    statements: list
    claims: list
    sources: list

    @property
    def total(self):
        return len(self.statements) + len(self.claims) + len(self.sources)


def _matching(queryset, fields, query):
    if connection.vendor == "postgresql":
        vector = SearchVector(*fields, config="english")
        search_query = SearchQuery(query, search_type="websearch", config="english")
        return (
            queryset.annotate(rank=SearchRank(vector, search_query))
            .filter(rank__gt=0)
            .order_by("-rank", "pk")
        )
    return queryset.filter(every_word(fields, query)).order_by("pk")


def _cited_sources(query):
    """Sources as public verdicts cite them, each once (its newest matching citation), in the
    order of their best match."""
    citations = CitedEvidence.objects.filter(version__in=ClaimVersion.objects.public())
    newest = {}
    for citation in _matching(citations, ["title", "publisher", "url"], query)[: LIMIT * 4]:
        kept = newest.get(citation.cited_source_id)
        if kept is None or citation.cited_at > kept.cited_at:
            newest[citation.cited_source_id] = citation  # a dict keeps the first match's place
    return [citation.source for citation in newest.values()][:LIMIT]


def search(query):
    query = clean_query(query)
    if not query:
        return Results(statements=[], claims=[], sources=[])
    statements = Statement.objects.public().current().with_briefing()  # earlier texts: revision pages
    versions = ClaimVersion.objects.public()
    return Results(
        statements=list(_matching(statements, ["text"], query)[:LIMIT]),
        claims=list(_matching(versions, ["text", "rationale", "claimant"], query)[:LIMIT]),
        sources=_cited_sources(query),
    )
