from django import template

from factcheck.models import ClaimEvent
from factcheck.models.history import name_people

register = template.Library()
RECENT_SIZE = 10


@register.simple_tag
def recent_events_by(user):
    """What `user` last did to claims, newest first: the desk home's "My recent work", which the
    admin's own log (empty, since the desk acts through services) never showed."""
    return name_people(list(ClaimEvent.objects.filter(actor=user).select_related("claim")[:RECENT_SIZE]))
