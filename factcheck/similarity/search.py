"""The best public claims for a text through the database's index, exact where it can be shown
cheaply. A claim sharing at most `s` of the text's keys scores at most `best_possible(s)`, so the
index is asked first for the versions sharing the most keys (counted by the index), these are
scored, and the search stops as soon as the best `limit` public claims among them beat anything a
version not yet scored could reach: a sentence of the archive's commonest words, matched by
20,000 versions, is decided by the few hundred sharing most of its words. Each index sets its
LOOKS: SQLite counts the postings of every key it may in one; PostgreSQL reads a few versions for
the likely best (which sets how many keys a version must share to beat them), then every version
that can share that many. Where those cannot decide (few good matches among very many weak ones),
the index's own ranking picks CANDIDATES more, as before: exact when no more versions can match
(`RANKED_AT_MOST`), the best the index ranks otherwise."""

from ..models import ClaimVersion
from . import postgresql, sqlite
from .public import best_public
from .scoring import best_possible, keys, least_shared, present_keys, score, score_of_counts

#: How many claims the index's ranking hands over for scoring.
CANDIDATES = 300
#: When the versions the ranking may find are no more than this, it finds them all: asked alone.
RANKED_AT_MOST = CANDIDATES
#: The fewest versions scored in one query while the best are not yet decided.
SCORED_AT_ONCE = 40
#: Asked for more (the API asks for CANDIDATES), the looks seldom decide and the ranked search
#: follows them: it is asked alone (a bench sentence's best 300: 125 ms on PostgreSQL with the
#: looks first, 105 ms without).
MOST_SHARED_UP_TO = 50


def scores(asked, versions):
    """{version id: similarity} of the `versions` (a ClaimVersion queryset) to the `asked` keys."""
    return {pk: score(asked, keys(text)) for pk, text in versions.order_by().values_list("pk", "text")}


class Search:
    """The index's search for one text's `asked` keys on one database (`index`: the sqlite or
    postgresql module)."""

    def __init__(self, index, asked, threshold):
        self.index, self.asked, self.threshold = index, asked, threshold
        self.least = least_shared(len(asked), threshold)
        self.scored = {}

    def matches(self, limit):
        """The best `limit` public claims at or above the threshold, as Matches, best first."""
        frequencies = self.index.frequencies(self.asked)
        present = present_keys(self.asked, frequencies)
        if len(present) < self.least:
            return []
        ranked = sum(frequencies[key] for key in present[: len(present) - self.least + 1])
        tried = len(present) >= self.index.MOST_SHARED_FROM and limit <= MOST_SHARED_UP_TO
        if tried and ranked > RANKED_AT_MOST:
            found = self._by_most_shared(present, frequencies, limit)
            if found is not None:
                return found
        self._score(self.index.ranked(self.asked, frequencies, self.threshold, CANDIDATES))
        return self._best(limit)

    def _by_most_shared(self, present, frequencies, limit):
        """The Matches, when the versions sharing the most keys decide them (`_decided`); else
        None, with what was scored kept for the ranked search. After a look that does not
        decide, the next asks only for versions that can beat the best found so far."""
        shared, found = self.least, None
        for look, (budget, at_most) in enumerate(self.index.LOOKS):
            covering = look == len(self.index.LOOKS) - 1
            found = self.index.counted(present, frequencies, shared, budget, at_most, covering, found)
            if found is None:
                return None
            decided = self._by_tiers(found, limit)
            if decided is not None:
                return decided
            best = self._best(limit)
            if len(best) == limit:  # a version must share this many keys to be among the best
                shared = max(shared, least_shared(len(self.asked), best[-1].similarity))
        return None

    def _by_tiers(self, found, limit):
        """Scores the versions of a Look, those that can share the most keys first, a number of
        keys at a time (at least SCORED_AT_ONCE versions), until the best are decided. A count
        the look may hold only some versions of is not scored: it could not decide."""
        if found.sizes is not None:
            return self._by_counts(found, limit)
        tiers = {}
        for version_id, shared in found.rows:
            tiers.setdefault(shared, []).append(version_id)
        counts, batch = sorted(tiers, reverse=True), []
        if not counts:
            return self._decided(found.most, limit)
        for index, shared in enumerate(counts):
            if shared < found.complete:
                self._score(batch)  # a later look may skip what this one found
                return None
            batch += tiers[shared]
            if len(batch) < SCORED_AT_ONCE and index + 1 < len(counts):
                continue
            self._score(batch)
            batch = []
            left = max(counts[index + 1], found.most) if index + 1 < len(counts) else found.most
            decided = self._decided(left, limit)
            if decided is not None:
                return decided
        return None

    def _by_counts(self, found, limit):
        """Scores every version of a Look whose counts are exact from those counts (no text read),
        then decides as `_by_tiers` would once all are scored: the versions left out share at most
        `found.most` keys, whatever count the look stopped in."""
        count, by_counts = len(self.asked), {}  # a few dozen (shared, size) pairs among 2,000 rows
        for version_id, shared in found.rows:
            if version_id not in self.scored:
                pair = (shared, found.sizes[version_id])
                if pair not in by_counts:
                    by_counts[pair] = score_of_counts(shared, count, pair[1])
                self.scored[version_id] = by_counts[pair]
        return self._decided(found.most, limit)

    def _decided(self, most, limit):
        """The Matches if no version left unscored, sharing at most `most` keys, can be among
        them: the best `limit` public claims all score above the best it can reach (equal would
        not do: a tie goes to the lower claim id). None otherwise."""
        if most < self.least:
            return self._best(limit)
        bound = best_possible(most, len(self.asked))
        above = {pk: value for pk, value in self.scored.items() if value > bound and value >= self.threshold}
        if len(above) < limit:
            return None
        best = best_public(above, limit)
        return best if len(best) == limit else None

    def _score(self, version_ids):
        new = [pk for pk in version_ids if pk not in self.scored]
        if new:
            self.scored |= scores(self.asked, ClaimVersion.objects.filter(pk__in=new))

    def _above(self):
        return {pk: value for pk, value in self.scored.items() if value >= self.threshold}

    def _best(self, limit):
        return best_public(self._above(), limit)


def search_for(vendor, asked, threshold):
    """The Search on a database with an index (SQLite, PostgreSQL); None on any other."""
    index = {"sqlite": sqlite, "postgresql": postgresql}.get(vendor)
    return None if index is None else Search(index, asked, threshold)
