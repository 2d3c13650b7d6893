"""Django's conditional GET, with an If-Modified-Since from the future ignored, and an
If-Unmodified-Since ignored where there is no modification date to compare it to.

Django answers 304 whenever the object's Last-Modified is not later than the date a caller sends.
A date later than this server's clock cannot be one the site sent (an origin never sends a
Last-Modified later than its own clock, RFC 9110 §8.8.2.1); it comes from a caller's wrong clock
or a guess, and honouring it would answer 304 to every change made before that date: the caller
would keep a stale verdict until its own clock caught up. So such a date is ignored, as Apache
httpd ignores it, and the ETag (or a full answer) decides. A date more than a clock's drift ahead
is what counts as the future here: a second's skew between two hosts is not a guess.
"""

from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

IF_MODIFIED_SINCE = "HTTP_IF_MODIFIED_SINCE"
IF_UNMODIFIED_SINCE = "HTTP_IF_UNMODIFIED_SINCE"
#: Beyond what Django's 304 repeats (RFC 9110 §15.4.5: Cache-Control, Content-Location, Date, ETag,
#: Expires, Vary; and Last-Modified): a list's RFC 8288 pages, which a client that follows `Link`
#: reads off every answer, and the methods the address answers.
ALSO_ON_304 = ("Link", "Allow")
#: Seconds a caller's date may run ahead of ours before it counts as the future.
CLOCK_DRIFT = 5


def conditional_response(request, *, etag=None, last_modified=None, response, json_errors=False):
    """`response`, or 304 or 412 as the request's preconditions say (Django's evaluation). The 412
    is JSON when the answer is, or when `json_errors` says so (the API's answers in other media
    types, such as the schema's YAML, refuse in JSON like every API error)."""
    if _from_the_future(request.META.get(IF_MODIFIED_SINCE)):
        # As Django's CSRF middleware writes its cookie into META: the request as the site reads it.
        del request.META[IF_MODIFIED_SINCE]
    if last_modified is None:
        # Ignored without a modification date (RFC 9110 §13.1.4): Django answers it 412, so a
        # page, the API's root or the schema refused a caller for a date nothing can be compared to.
        request.META.pop(IF_UNMODIFIED_SINCE, None)
    answer = get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)
    if answer.status_code == 304:
        for header in ALSO_ON_304:
            if header in response:
                answer[header] = response[header]
    if answer.status_code == 412 and (json_errors or _is_json(response)):
        return _precondition_failed(response)
    return answer


def _is_json(response):
    return response.get("Content-Type", "").split(";")[0].strip().endswith(("/json", "+json"))


def _precondition_failed(response):
    """Django answers a failed If-Match or If-Unmodified-Since with an empty text/html 412; the
    API promises every error in JSON (and a cached answer takes this path too). The validators
    stay, so the caller sees what it missed."""
    failed = JsonResponse(
        {"detail": "Precondition failed: the answer changed since the ETag or date you sent."}, status=412
    )
    for header in ("ETag", "Last-Modified", "Vary", "Cache-Control", "Allow"):
        if header in response:
            failed[header] = response[header]
    return failed


def _from_the_future(value):
    date = value and parse_http_date_safe(value)
    return bool(date) and date > timezone.now().timestamp() + CLOCK_DRIFT
