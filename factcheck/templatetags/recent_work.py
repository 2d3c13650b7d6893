from django import template

from factcheck.models import ClaimEvent
from factcheck.models.history import name_people

register = template.Library()
RECENT_SIZE = 10
#: Events that follow by themselves from one act on the briefing (importing a revision, correcting
#: the split): one per claim, so they are the claims' history, not the person's work.
FOLLOWED = ("reanchored", "statement_edited")


@register.simple_tag
def recent_events_by(user):
    """What `user` last did to claims, newest first: the desk home's "My recent work", which the
    admin's own log (empty, since the desk acts through services) never showed."""
    events = ClaimEvent.objects.filter(actor=user).exclude(action__in=FOLLOWED).select_related("claim")
    return name_people(list(events[:RECENT_SIZE]))
