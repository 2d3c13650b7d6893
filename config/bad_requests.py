"""What to tell a person whose request Django refused before any view could read it.

Django answers a body it cannot read (too many fields, too large, a broken multipart body, a
charset it refuses) and a query string of too many parameters with a bare "Bad Request (400)"
and nothing else: a reader whose claim came back so was not told what was wrong nor that nothing
was kept. Each case has one sentence of the site's own here, never the exception's text, which
may quote what the sender wrote (a multipart boundary, a charset)."""

from django.conf import settings
from django.core.exceptions import BadRequest, RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http.multipartparser import MultiPartParserError

NOTHING_SAVED = "Nothing was saved; go back to the page and send it again."


class NumberOutOfRange(BadRequest):
    """A number in the request beyond what dates or the database hold (config.middleware)."""


def _megabytes(size):
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def reason(exception):
    """One sentence for the refusal of `exception`, saying what was wrong and what was kept."""
    if isinstance(exception, TooManyFieldsSent):
        limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
        return f"The request held too many fields or address parameters (at most {limit}), so it was not read. {NOTHING_SAVED}"
    if isinstance(exception, TooManyFilesSent):
        limit = settings.DATA_UPLOAD_MAX_NUMBER_FILES
        return f"The request held too many files (at most {limit}), so it was not read. {NOTHING_SAVED}"
    if isinstance(exception, RequestDataTooBig):
        limit = _megabytes(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        return f"The request was too large (at most {limit}), so it was not read. {NOTHING_SAVED}"
    if isinstance(exception, NumberOutOfRange):
        return "A number in the request is out of range. Nothing was changed."
    if isinstance(exception, (MultiPartParserError, BadRequest)):
        return f"The request's body could not be read (its encoding or layout is broken). {NOTHING_SAVED}"
    return "The request could not be answered as it was written."
