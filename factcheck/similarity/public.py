"""Which scored claim versions are public claims' live versions, checked best first: joining
every candidate to its briefing costs more than scoring it."""

from dataclasses import dataclass

from briefings.models import Briefing

from ..models import Claim

#: How many candidates above the threshold are checked for being public at once (`best_public`).
CHECKED_AT_ONCE = 50


@dataclass(frozen=True)
class Match:
    claim_id: int
    similarity: float


def public_claims(version_ids):
    """(claim id, live version id) of the public claims whose live version is among
    `version_ids`: Claim.objects.public() in two steps, the claims by their live version, then
    their briefings by Briefing.objects.public(). As one query, SQLite's planner starts from the
    published briefings and reads every statement they hold (half a second at 100,000 claims)."""
    live = Claim.objects.filter(live_version_id__in=version_ids).order_by()
    rows = list(live.values_list("pk", "live_version_id", "statement__briefing_id"))
    briefings = {briefing for *_, briefing in rows}
    public = set(Briefing.objects.public().filter(pk__in=briefings).values_list("pk", flat=True))
    return [(claim_id, version_id) for claim_id, version_id, briefing in rows if briefing in public]


def best_public(scored, limit):
    """Matches for the best `limit` public claims among the `scored` versions ({version id:
    similarity}, best first: by similarity, then claim id). Checked for being public best first,
    a batch at a time, until no version left can reach the `limit`-th similarity: a statement of
    common words has hundreds of candidates above the threshold, and checking them all cost 15 ms."""
    ranked = sorted(scored, key=scored.get, reverse=True)
    batch, matches, start = max(CHECKED_AT_ONCE, 2 * limit), [], 0
    while start < len(ranked):
        checked = ranked[start : start + batch]
        matches += [Match(claim_id, scored[version_id]) for claim_id, version_id in public_claims(checked)]
        start += len(checked)
        matches.sort(key=lambda match: (-match.similarity, match.claim_id))
        if (
            len(matches) >= limit
            and start < len(ranked)
            and scored[ranked[start]] < matches[limit - 1].similarity
        ):
            break
    return matches[:limit]
