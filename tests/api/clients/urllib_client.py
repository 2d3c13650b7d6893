"""An outside client using only Python's urllib (no requests), written from docs/api.md alone,
sending odd but legal HTTP: HEAD, OPTIONS, Accept with weights and wildcards, Accept-Language,
If-Modified-Since, addresses without their final slash, percent-encoded filters and repeated
parameters. `run(base)` answers the list of broken promises (empty when all held)."""

import email.utils
import gzip
import json
import urllib.error
import urllib.request

API = "/api/v1/"


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def ask(base, path, method="GET", headers=None, follow=True):
    request = urllib.request.Request(base + path, method=method, headers=headers or {})
    opener = urllib.request.build_opener(*(() if follow else (NoRedirect,)))
    try:
        with opener.open(request, timeout=20) as response:
            return Answer(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, error.read())


def is_json_error(answer):
    """A refusal as the API writes every one: JSON with a `detail`."""
    try:
        body = answer.json()
    except ValueError:
        return False
    return answer.headers.get("Content-Type", "").startswith("application/json") and "detail" in body


def checks(base):
    """(what was promised, whether it held) for each odd request."""
    claims = ask(base, f"{API}claims/")
    yield "a plain GET answers 200", claims.status == 200
    yield from methods(base, claims)
    yield from negotiation(base, claims)
    yield from conditionals(base, claims)
    yield from addresses(base, claims)
    yield from refusals(base)


def methods(base, claims):
    """HEAD and OPTIONS."""
    head = ask(base, f"{API}claims/", method="HEAD")
    yield "HEAD answers 200 without a body", (head.status, head.body) == (200, b"")
    yield "HEAD carries GET's ETag", head.headers.get("ETag") == claims.headers.get("ETag")
    options = ask(base, f"{API}claims/", method="OPTIONS")
    yield "OPTIONS answers JSON", options.status == 200 and "name" in options.json()
    allowed = {method.strip() for method in options.headers.get("Allow", "").split(",")}
    yield "OPTIONS names the methods", allowed == {"GET", "HEAD", "OPTIONS"}


def negotiation(base, claims):
    """Accept with weights, wildcards and parameters; Accept-Language."""
    weighted = ask(base, f"{API}claims/", headers={"Accept": "text/html;q=0.1, application/json;q=0.9"})
    yield "the heavier JSON wins", weighted.headers.get("Content-Type", "").startswith("application/json")
    html = ask(base, f"{API}ratings/", headers={"Accept": "application/json;q=0.2, text/html;q=0.8"})
    yield "the heavier HTML wins", html.headers.get("Content-Type", "").startswith("text/html")
    for accept in ("*/*;q=0.1", "application/*", "*/*, text/html;q=0", "application/json; charset=utf-8"):
        answer = ask(base, f"{API}ratings/", headers={"Accept": accept})
        yield f"Accept {accept!r} gives JSON", answer.status == 200 and "results" in answer.json()
    refused = ask(base, f"{API}ratings/", headers={"Accept": "application/xml, application/json;q=0"})
    yield "nothing acceptable: 406 in JSON", refused.status == 406 and "detail" in refused.json()
    indented = ask(base, f"{API}ratings/", headers={"Accept": "application/json; indent=2"})
    yield "indent=2 indents", b'\n  "' in indented.body
    language = ask(
        base,
        f"{API}claims/?min_check_worthiness=lots",
        headers={"Accept-Language": "fr-CH, fr;q=0.9, *;q=0.1"},
    )
    yield (
        "Accept-Language: still a JSON 400",
        language.status == 400 and "min_check_worthiness" in language.json(),
    )


def conditionals(base, claims):
    """If-Modified-Since, If-None-Match, Range."""
    star = ask(base, f"{API}claims/", headers={"If-None-Match": "*"})
    yield "If-None-Match: * on an existing list: 304", star.status == 304
    etag = claims.headers.get("ETag", "")
    head_304 = ask(base, f"{API}claims/", method="HEAD", headers={"If-None-Match": f'"x", {etag}'})
    yield "HEAD with a list of ETags: 304", head_304.status == 304
    ranged = ask(base, f"{API}claims/", headers={"Range": "bytes=0-10"})
    yield "Range is ignored: the whole answer", ranged.status == 200 and ranged.json()["results"] is not None
    nothing = ask(base, f"{API}ratings/", headers={"Accept": "*/*;q=0"})
    yield "Accept */*;q=0: 406 in JSON", nothing.status == 406 and "detail" in nothing.json()
    modified = claims.headers.get("Last-Modified", "")
    yield "a list carries Last-Modified", bool(modified)
    again = ask(base, f"{API}claims/", headers={"If-Modified-Since": modified})
    yield "If-Modified-Since with Last-Modified: 304", again.status == 304
    future = email.utils.formatdate(4102444800, usegmt=True)  # 2100
    ahead = ask(base, f"{API}claims/", headers={"If-Modified-Since": future})
    yield "If-Modified-Since far ahead is ignored", ahead.status == 200
    garbled = ask(base, f"{API}claims/", headers={"If-Modified-Since": "yesterday-ish"})
    yield "a garbled If-Modified-Since is ignored", garbled.status == 200


def addresses(base, claims):
    """Addresses without the final slash, percent-encoded, with parameters repeated or empty."""
    bare = ask(base, f"{API}claims?rating=false", follow=False)
    yield (
        "no final slash: a redirect keeping the query",
        bare.status in (301, 308)
        and bare.headers.get("Location", "").endswith("/api/v1/claims/?rating=false"),
    )
    followed = ask(base, f"{API}ratings")
    yield "no final slash, followed: 200", followed.status == 200
    bare_head = ask(base, f"{API}claims", method="HEAD", follow=False)
    yield (
        "HEAD without the slash: a redirect, no body",
        bare_head.status in (301, 308) and bare_head.body == b"",
    )
    encoded = ask(base, f"{API}claims/?%72ating=%66alse")
    plain = ask(base, f"{API}claims/?rating=false")
    yield "percent-encoded names and values read as plain", encoded.json() == plain.json()
    offset = ask(base, f"{API}claims/?updated_since=2000-01-01T00%3A00%3A00%2B01%3A00")
    yield "an encoded + in an offset", offset.status == 200
    words = ask(base, f"{API}claims/?q=%E2%80%9Cunemployment%E2%80%9D%20rate")
    yield "encoded quotes and spaces in q", words.status == 200
    twice = ask(base, f"{API}claims/?rating=false&rating=false")
    yield "the same value twice reads as once", twice.json() == plain.json()
    differ = ask(base, f"{API}claims/?rating=false&rating=misleading")
    yield "two values: 400 naming it", differ.status == 400 and "rating" in differ.json()
    padded = ask(base, f"{API}claims/?_=1&_=2")
    yield "an unread parameter may repeat", padded.status == 200
    zipped = ask(base, f"{API}claims/", headers={"Accept-Encoding": "gzip;q=1.0, identity;q=0.5, *;q=0"})
    yield (
        "gzip with weights",
        zipped.headers.get("Content-Encoding") == "gzip" and json.loads(gzip.decompress(zipped.body)),
    )
    first = claims.json()["results"][0]["id"]
    spelled = ask(base, f"{API}claims/%{ord(str(first)[0]):X}{str(first)[1:]}/")
    yield "a percent-encoded digit in the path reads as the digit", spelled.status == 200
    plus = ask(base, f"{API}claims/?q=the+unemployment")
    yield "+ as a space in q", plus.status == 200
    empty = ask(base, f"{API}claims/?&&=&rating=")
    yield "empty parameters count as not given", empty.status == 200


def refusals(base):
    """Every refusal in JSON."""
    for method in ("POST", "PUT", "PATCH", "DELETE", "TRACE"):
        answer = ask(base, f"{API}claims/", method=method)
        yield f"{method}: 405 in JSON", answer.status == 405 and "detail" in answer.json()
    for path in (f"{API}claims/abc/", f"{API}nothing/", f"{API}claims/99999999/", "/api/v2/"):
        answer = ask(base, path)
        yield f"{path}: 404 in JSON", answer.status == 404 and is_json_error(answer)
    missing_head = ask(base, f"{API}claims/99999999/", method="HEAD")
    yield (
        "HEAD of a missing claim: 404 without a body",
        (missing_head.status, missing_head.body) == (404, b""),
    )


def run(base):
    return [promise for promise, held in checks(base) if not held]


if __name__ == "__main__":
    import sys

    broken = run(sys.argv[1].rstrip("/"))
    print(json.dumps(broken, indent=1))
    sys.exit(1 if broken else 0)
