from django import template

from briefings.quoting import stop_after

register = template.Library()


@register.filter(name="stop_after")
def stop_after_quote(text):
    """“{{ query }}”{{ query|stop_after }}: the sentence's full stop after a quotation, unless the
    quoted text ends in a stop of its own (briefings.quoting)."""
    return stop_after(text)
