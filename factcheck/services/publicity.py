"""When a claim's public face changed, as API callers syncing with `updated_since` read it.

A service stamps `public_changed_at` inside its transaction, but callers see the change only when
that transaction commits, perhaps seconds later (a long import, a briefing of many claims). A
partner whose sync began in between cannot see the change yet and passes its start as
`updated_since` next time: a stamp from before that start would hide the change from it for good.
So each change is stamped again the moment its transaction commits; the stamp inside still orders
the claims for readers of the same transaction (and in tests, which never commit). The public cache
moves on again after the new stamp: an answer stored between the commit and the stamp is not served.
"""

from django.db import transaction
from django.utils import timezone

from ..caching.generations import PUBLIC, briefing, bump


def restamp_when_committed(claims):
    """Set `public_changed_at` on `claims` (a queryset, read again then) to the time of the commit."""

    def stamp():
        claims.update(public_changed_at=timezone.now())
        briefings = claims.model.objects.filter(pk__in=claims.values("pk")).values_list(
            "statement__briefing_id"
        )
        bump(PUBLIC, *{briefing(pk) for (pk,) in briefings})

    transaction.on_commit(stamp, robust=True)
