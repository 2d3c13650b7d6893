from django import template

from briefings.bidi import closed

register = template.Library()


@register.filter
def bidi_closed(text):
    """{{ statement.text|bidi_closed }}: the text with the closers its open bidirectional controls
    need, so that an override left open in one run does not reverse the page after it
    (briefings.bidi). Returns plain text: autoescaping still applies."""
    return closed(text)
