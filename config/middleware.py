"""Headers every response carries that no library here sets."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response (pages, admin, API, feeds): no page uses the
    camera, the microphone, geolocation and the like, so none may."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
