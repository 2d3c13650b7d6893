from django import template

from briefings.rules import may_import_briefing

register = template.Library()


@register.filter
def may_import(user):
    """Whether the desk offers `user` the import button (the rule lives in briefings.rules)."""
    return may_import_briefing(user)
