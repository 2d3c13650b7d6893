"""Search over what the public may read: statements of published briefings (their current
revision; earlier texts are on the revision pages), the live published versions of public claims
and the sources as those versions cite them. PostgreSQL ranks with full-text search; SQLite
matches every word. Each text is searched with the text-search configuration of its briefing's
language (German stems and stop words for a German article), so a German word finds its other
forms; a language PostgreSQL has no configuration for is searched word for word ('simple')."""

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, CharField, Q, Value, When

from briefings.models import Statement

from .models import CitedEvidence, ClaimVersion

LIMIT = 50
# PostgreSQL's built-in text-search configurations, by language code.
TEXT_SEARCH_CONFIGS = {
    "da": "danish",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nb": "norwegian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}
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


def text_search_config(language_field):
    """Each row's text-search configuration, from its briefing's language (`language_field`, a
    lookup path): 'english' for a briefing imported before languages were detected (blank),
    'simple' for a language without a configuration."""
    return Case(
        When(**{language_field: ""}, then=Value("english")),
        *(When(**{language_field: code}, then=Value(config)) for code, config in TEXT_SEARCH_CONFIGS.items()),
        default=Value("simple"),
        output_field=CharField(),
    )


def _matching(queryset, fields, query, language_field):
    if connection.vendor == "postgresql":
        config = text_search_config(language_field)
        vector = SearchVector(*fields, config=config)
        search_query = SearchQuery(query, search_type="websearch", config=config)
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
    for citation in _matching(
        citations, ["title", "publisher", "url"], query, "version__statement__briefing__language"
    )[: LIMIT * 4]:
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
        statements=list(_matching(statements, ["text"], query, "briefing__language")[:LIMIT]),
        claims=list(
            _matching(versions, ["text", "rationale", "claimant"], query, "statement__briefing__language")[
                :LIMIT
            ]
        ),
        sources=_cited_sources(query),
    )
