"""The fields and the base every serializer of the API shares."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from factcheck.links import absolute
from factcheck.models.claims import credited_name

PAGE_URL = {"type": "string", "format": "uri", "nullable": True, "readOnly": True}


@extend_schema_field(OpenApiTypes.STR)
class DisplayNameField(serializers.Field):
    """A person as readers see them (their full name), or null: never a username."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def to_representation(self, user):
        return credited_name(user) or None


class ObjectURLField(serializers.HyperlinkedIdentityField):
    """An object's address in this API; in an answer to ?include=unpublished it carries that too,
    so that following it reads the same draft rather than a 404. In an answer to a format suffix
    (`/briefings.json`) it keeps the suffix, as DRF writes it (a contract: docs/api.md)."""

    def get_url(self, obj, view_name, request, format):
        url = super().get_url(obj, view_name, request, format)
        view = self.context.get("view")
        if url and getattr(view, "include_unpublished", False):
            url += "?include=unpublished"
        return url


@extend_schema_field(PAGE_URL)
class PageURLField(serializers.Field):
    """An object's public page on the newsroom's site (FACTDESK_NEWSROOM_URL, as ClaimReview
    links it), or null while the public cannot read it: a partner links a verdict without
    building the address from the site's URL patterns. `page` gives the path, or None."""

    def __init__(self, page, **kwargs):
        self.page = page
        super().__init__(source="*", read_only=True, allow_null=True, **kwargs)

    def to_representation(self, obj):
        path = self.page(obj)
        return absolute(path) if path else None


class OptionalURLField(serializers.URLField):
    """A URL that may be missing: null rather than an empty string, which is no URL."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def to_representation(self, value):
        return value or None


class ReadSerializer(serializers.ModelSerializer):
    """Every field read-only: nothing is written through the API, and the schema then lists
    every field as always present."""

    def get_extra_kwargs(self):
        extra = super().get_extra_kwargs()
        for name in self.Meta.fields:
            extra.setdefault(name, {})["read_only"] = True
        return extra
