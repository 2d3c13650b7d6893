"""Has this been checked before? The public claims whose wording resembles a text, each with a
similarity between 0 and 1, best first, none below THRESHOLD.

Lexical, and measured (docs/claim-intelligence.md, "What has been checked before", bench/similarity_quality.py): a text
is reduced to its content words (stop words and question words dropped), each keyed by its first
four letters, so that derived forms meet ("invaded", "invasion" → "inva"; "Russia", "Russian" →
"russ") while numbers and dates stay whole (`keys`). The database's index finds the claims sharing
keys (SQLite: an FTS5 prefix index, migration 0019, `sqlite`; PostgreSQL: a GIN index over each
version's keys, stored by the database itself and copied into a narrow table, migrations 0022
and 0028, `postgresql`), the versions sharing the most keys first, until the best claims are
certain (`search`); each candidate is scored by how much of the question it covers and how
much the two texts share (`score`). No embedding model:
none ships inside a package that runs offline and was shown to beat this on the paraphrase set."""

from django.db import connection

from ..models import ClaimVersion
from .postgresql import KEY_COUNTS
from .public import Match, best_public
from .scoring import MAX_KEYS, STOP_WORDS, THRESHOLD, keys, score
from .search import CANDIDATES, scores, search_for

__all__ = [
    "CANDIDATES", "KEY_COUNTS", "MAX_KEYS", "STOP_WORDS", "TEXT_MAX", "THRESHOLD", "Match", "keys", "score",
    "similar_claims",
]  # fmt: skip

#: The longest text one may ask about, in characters.
TEXT_MAX = 1000


def _candidate_versions(asked, threshold):
    """The index's Search for the `asked` keys (search.Search); None where there is no index
    (every public claim is scored)."""
    return search_for(connection.vendor, asked, threshold)


def similar_claims(text, *, limit=20, threshold=THRESHOLD):
    """The public claims most like `text`, as Matches (claim id, similarity), best first, at most
    `limit`, none below `threshold`. Compares each claim's live published version."""
    asked = keys(text)
    if not asked:
        return []
    search = _candidate_versions(asked, threshold)
    if search is not None:
        return search.matches(limit)
    scored = scores(asked, ClaimVersion.objects.live())
    return best_public({pk: value for pk, value in scored.items() if value >= threshold}, limit)
