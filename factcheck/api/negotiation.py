"""Content negotiation that reads the weights in Accept (RFC 9110 §12.5.1).

DRF's own negotiation orders the client's media ranges by how specific they are and ignores their
`q`: `Accept: application/json;q=0` got JSON, which the client had refused, and `text/html;q=0.9,
application/json;q=0.5` got JSON where the client preferred the browsable page. Here each renderer
is weighed by the most specific range that matches it; the heaviest wins, the API's own order
(JSON first) breaks ties, and a weight of 0 refuses. Everything else is DRF's: its bounds on the
header, the media type it hands the renderer (`application/json; indent=4` still indents), and a
format suffix (`/claims.xml`) that names no renderer is still a 404, an address that does not exist.
A `?format=` that names none is a 406: the address exists, in none of the formats asked for.
An empty `Accept:` is read as none (any format).
"""

import re

from rest_framework import exceptions
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.utils.mediatypes import _MediaType

# RFC 9110 §12.4.2: "0" to "1" with at most three decimals. Any other spelling is not a weight
# (a client's typo must not refuse what it asked for): it counts as 1.
_QVALUE = re.compile(r"0(\.[0-9]{0,3})?|1(\.0{0,3})?")


def weight(media_range):
    """The `q` of a parsed media range, 1 when it has none or one not spelt as RFC 9110 spells it."""
    given = media_range.params.get("q")
    if given is None or not _QVALUE.fullmatch(given):
        return 1.0
    return float(given)


def _heaviest(renderers, ranges):
    """(renderer, the range that weighed it) of the highest weight above 0; the first on a tie."""
    best, best_weight = None, 0.0
    for renderer in renderers:
        own = _MediaType(renderer.media_type)
        matching = [media_range for media_range in ranges if own.match(media_range)]
        if not matching:
            continue
        # The most specific range decides (`text/*;q=0` does not refuse a named `text/html`);
        # the first given among equally specific ones.
        decisive = max(matching, key=lambda media_range: media_range.precedence)
        if weight(decisive) > best_weight:
            best, best_weight = (renderer, decisive), weight(decisive)
    return best


def accepted_type(renderer, media_range):
    """The media type the renderer is handed, as DRF names it: the client's own when it is at least
    as specific as the renderer's (`application/json; indent=4`), the renderer's with the client's
    parameters when the client named a wildcard."""
    if _MediaType(renderer.media_type).precedence > media_range.precedence:
        parameters = tuple(f"{key}={value}" for key, value in media_range.params.items())
        return ";".join((renderer.media_type, *parameters))
    return media_range.orig


class WeightedContentNegotiation(DefaultContentNegotiation):
    def get_accept_list(self, request):
        """DRF's list of the client's media ranges; an empty `Accept:` reads as no header at all
        (any format), as most servers and clients take it, not as a refusal of every format."""
        if not request.headers.get("accept", "*/*").strip():
            return ["*/*"]
        return super().get_accept_list(request)

    def select_renderer(self, request, renderers, format_suffix=None):
        if format_suffix:
            renderers = self.filter_renderers(renderers, format_suffix)
        else:
            renderers = self._for_format_parameter(request, renderers)
        chosen = _heaviest(renderers, self._get_parsed_accept_list(request))
        if chosen is None:
            raise exceptions.NotAcceptable(available_renderers=renderers)
        renderer, media_range = chosen
        return renderer, accepted_type(renderer, media_range)

    def _for_format_parameter(self, request, renderers):
        requested = request.query_params.get(self.settings.URL_FORMAT_OVERRIDE)
        if not requested:
            return renderers
        named = [renderer for renderer in renderers if renderer.format == requested]
        if not named:
            names = dict.fromkeys(renderer.format for renderer in renderers)  # each once, in order
            formats = ", ".join(f"“{name}”" for name in names)
            raise exceptions.NotAcceptable(
                f"There is no “{requested[:40]}” format here; ask for one of {formats}, or none.",
                available_renderers=renderers,
            )
        return named
