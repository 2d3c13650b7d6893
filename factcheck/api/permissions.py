"""What the API lets anyone do: read, and nothing else."""

from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadOnly(BasePermission):
    """Nobody writes through the API, whatever their role; writes are refused with 405 earlier
    (factcheck.api.bases.ReadOnlyAPI), this is the belt to those braces."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS
