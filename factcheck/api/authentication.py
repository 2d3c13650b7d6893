"""Who an API caller is: DRF's token authentication, read under either scheme a client may send.

`Authorization: Token <key>` is DRF's own; `Authorization: Bearer <key>` (RFC 6750, what most HTTP
clients and OpenAPI tools send) is the same token. Both are DRF's TokenAuthentication, so the
rules stay its own: the same token table (a revoked or replaced token reads nothing, an inactive
user is refused), the same user for the throttles and the same 401s. Any other scheme is not
ours, and leaves the caller anonymous as before.
"""

from rest_framework.authentication import TokenAuthentication, get_authorization_header

SCHEMES = ("Token", "Bearer")  # as DRF compares a scheme: in any case


def scheme_sent(request):
    """The scheme of ours the request's Authorization header names, or None."""
    parts = get_authorization_header(request).split()
    named = parts[0].lower() if parts else b""
    return next((scheme for scheme in SCHEMES if scheme.lower().encode() == named), None)


class APITokenAuthentication(TokenAuthentication):
    """DRF's TokenAuthentication, whose key may also come as `Bearer <key>`."""

    def authenticate(self, request):
        scheme = scheme_sent(request)
        if scheme is None:
            return None
        self.keyword = scheme  # an instance per request (APIView.get_authenticators); DRF reads it
        return super().authenticate(request)

    def authenticate_header(self, request):
        """The challenge of a 401: `Token`, or `Bearer` to a caller who sent one (RFC 6750, 3)."""
        return scheme_sent(request) or SCHEMES[0]
