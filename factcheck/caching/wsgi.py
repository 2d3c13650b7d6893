"""Public-cache hits answered before Django's request handling, for servers that speak WSGI.

A hit served by the middleware (middleware.py) still pays for what Django's handler does around
every request: the request_started and request_finished signals (closing old database
connections, resetting the URLconf), the middleware chain's set-up, the response's closers. A hit
needs none of it (it reads the page store only, never the database), and under load that was a
tenth of a hit's CPU (docs/benchmarks.md). So config/wsgi.py wraps Django's application in this
one: it asks the store exactly as the middleware does (`answer_early`, one function for both) and
hands every request it does not answer to Django, with its lookup, so the store is read once.

A HEAD answer goes out without its body, a hit's or Django's: Django's handler writes the body GET
would get (its test client and runserver drop it, WSGI servers are left to), and gunicorn, which
drops it too, logs a warning for each one.

What it leaves to Django: misses (a store that cannot be read makes one: answers.lookup), a Host
that is not allowed (Django's handler answers it with its error page and logs it), and stored
410s, which Django logs as it serves them. Under ASGI, and in tests through Django's test client,
the middleware serves hits.
"""

from django.core.handlers.wsgi import WSGIRequest

from .middleware import LOOKED_UP, answer_early


class PublicCacheApplication:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        hit = self._hit(environ)
        head = environ.get("REQUEST_METHOD", "").upper() == "HEAD"  # as Django reads it
        if hit is None:
            answer = self.application(environ, start_response)
            return Bodiless(answer) if head else answer
        start_response(f"{hit.status_code} {hit.reason_phrase}", list(hit.items()))
        return [] if head else [hit.content]

    def _hit(self, environ):
        # A copy: a request rewrites its environ (PATH_INFO decoded as UTF-8, which Django's own
        # request for the same environ could then no longer read as the WSGI server's Latin-1).
        seen = dict(environ)
        try:
            hit = answer_early(WSGIRequest(seen))
        except Exception:  # an environ Django cannot read: its handler meets it again, answers and logs it
            return None
        if LOOKED_UP in seen:
            environ[LOOKED_UP] = seen[LOOKED_UP]
        if hit is not None and hit.status_code >= 400:
            return None  # the middleware serves it, and Django logs it as it logs a miss's 410
        return hit


class Bodiless:
    """An answer's headers without its body, for HEAD: the body is never read, and the answer is
    still closed, which is when Django sends `request_finished` (the database connection's
    bookkeeping) and closes a file it was serving."""

    def __init__(self, answer):
        self.answer = answer

    def __iter__(self):
        return iter(())

    def close(self):
        close = getattr(self.answer, "close", None)
        if close is not None:
            close()
