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
from django.db.models import Case, CharField, F, Q, Value, When

from briefings.models import Briefing, Statement

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
#: What a verdict label shows of a version (its RatingSnapshot).
RATING_FIELDS = [
    "rating_name",
    "rating_slug",
    "rating_value",
    "rating_colour",
    "rating_symbol",
    "rating_definition",
    "rating_on_scale",
    "scale_rating_id",
]
#: The languages searched with 'english' (blank: imported before languages were detected).
ENGLISH = ("", "en")


def every_word(fields, text, limit=10):
    """A condition that every word of `text` (up to `limit`) occurs, in any case, in at least one
    of `fields`: the word matching behind SQLite search and the API's text filters. Any case
    means any letter's, and a decomposed accent matches a composed one (factcheck.folding)."""
    conditions = [
        reduce(or_, (Q(**{f"{field}__folded_icontains": word}) for field in fields))
        for word in text.split()[:limit]
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
    more: tuple = ()  # the sections (their names) cut at LIMIT: more match than they show

    @property
    def total(self):
        return len(self.statements) + len(self.claims) + len(self.sources)


def _first(matches):
    """The first LIMIT of `matches`, and whether there were more (one row more is read)."""
    kept = list(matches[: LIMIT + 1])
    return kept[:LIMIT], len(kept) > LIMIT


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


def _ranked(queryset, fields, query, config):
    """`queryset`'s rows whose text matches `query` (`@@`, which an index can answer; a rank above
    0 is not a match: PostgreSQL ranks a text holding no word of a two-word query at 1e-20), with
    their `rank`."""
    vector = SearchVector(*fields, config=config)
    search_query = SearchQuery(query, search_type="websearch", config=config)
    return (
        queryset.alias(document=vector)
        .filter(document=search_query)
        .annotate(rank=SearchRank(vector, search_query))
        .order_by()  # the union orders
    )


def _matching(queryset, fields, query, language_field):
    if connection.vendor == "postgresql":
        # English texts (most of them) through migration 0016's GIN indexes, which hold their
        # 'english' vectors; the others with their language's configuration, parsed per query.
        english = queryset.filter(**{f"{language_field}__in": ENGLISH})
        others = queryset.exclude(**{f"{language_field}__in": ENGLISH})
        return (
            _ranked(english, fields, query, "english")
            .union(_ranked(others, fields, query, text_search_config(language_field)), all=True)
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
    return [citation.source for citation in newest.values()][: LIMIT + 1]


def _with_verdicts(statements):
    """`statements`, each with `verdicts`: the live versions of the public claims made of it, as
    the article places them, so that a reader sees which found statements were checked and how
    (one query for the page)."""
    verdicts = {}
    for version in (
        ClaimVersion.objects.public()
        .filter(live_of__statement__in=statements)
        .only("claim_id", *RATING_FIELDS, "live_of__statement_id")
        .annotate(statement_id_of_claim=F("live_of__statement_id"))
        .order_by("claim_id")
    ):
        verdicts.setdefault(version.statement_id_of_claim, []).append(version)
    for statement in statements:
        statement.verdicts = verdicts.get(statement.pk, [])
    return statements


def search(query):
    query = clean_query(query)
    if not query:
        return Results(statements=[], claims=[], sources=[])
    # The current revisions' statements (earlier texts: revision pages), as `current()` but named
    # by revision: PostgreSQL misjudges that join's size by 150 times and parses every text.
    current = Briefing.objects.published().values("current_revision_id")
    statements = Statement.objects.public().filter(revision_id__in=current).with_briefing()
    versions = ClaimVersion.objects.public()
    found = {
        "statements": _first(_matching(statements, ["text"], query, "briefing__language")),
        "claims": _first(
            _matching(versions, ["text", "rationale", "claimant"], query, "statement__briefing__language")
        ),
        "sources": _first(_cited_sources(query)),
    }
    return Results(
        statements=_with_verdicts(found["statements"][0]),
        claims=found["claims"][0],
        sources=found["sources"][0],
        more=tuple(name for name, (_, more) in found.items() if more),
    )
