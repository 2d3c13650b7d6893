"""The API's OpenAPI schema (drf-spectacular): what every endpoint shares, and what DRF cannot
see for itself (the JSON-LD of ClaimReview, the shape of a 400).

drf-spectacular registers an extension when the module defining it is imported; the views
import this module for APISchema, so the extensions are always registered before a schema is
generated.
"""

import copy

from django import forms
from drf_spectacular.extensions import OpenApiAuthenticationExtension, OpenApiSerializerExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, PolymorphicProxySerializer
from rest_framework import serializers

from briefings.models import Briefing

UNPUBLISHED = "unpublished"  # the one value of `include`, on endpoints that offer it
NO_NUL = "^[^\\x00]*$"


def _header(name, description, type_=OpenApiTypes.STR, response=None):
    return OpenApiParameter(
        name,
        type=type_,
        location=OpenApiParameter.HEADER,
        description=description,
        response=response or False,
    )


class APISchema(AutoSchema):
    """Document what every endpoint shares: conditional requests, `include`, and the errors."""

    def get_override_parameters(self):
        parameters = [
            OpenApiParameter("format", exclude=True),  # ?format=api is the browsable API, for people
            _header("If-None-Match", "An ETag from an earlier answer: 304 if nothing changed."),
            _header(
                "If-Modified-Since", "A Last-Modified from an earlier answer: 304 if nothing changed since."
            ),
            _header("ETag", "Weak validator of this answer.", response=[200, 304]),
            _header(
                "Last-Modified", "When the newest object in this answer last changed.", response=[200, 304]
            ),
            _header(
                "Retry-After", "Seconds to wait before asking again.", OpenApiTypes.INT, response=[429, 503]
            ),
            _header("Allow", "The methods this address answers: GET, HEAD, OPTIONS.", response=[200, 405]),
        ]
        if self._is_list_view():
            parameters.append(
                _header(
                    "Link",
                    "RFC 8288 links to the other pages (rel next, prev, first; last with page numbers), "
                    "as the body's next and previous; absent on a list of one page. A 304 repeats it.",
                    response=[200, 304],
                )
            )
        if getattr(self.view, "offers_unpublished", False):
            parameters.append(
                OpenApiParameter(
                    "include",
                    enum=[UNPUBLISHED],
                    description="Staff only: also read drafts, unpublished claims and the statements "
                    "an editor hid as not part of the article (still read-only). "
                    "Others get 401 (anonymous) or 403.",
                )
            )
        # A view's own parameters beyond its filters, by action (the claims list's `similar_to`).
        parameters += getattr(self.view, "schema_parameters", {}).get(getattr(self.view, "action", None), [])
        return [*parameters, *super().get_override_parameters()]

    def get_operation(self, *args, **kwargs):
        operation = super().get_operation(*args, **kwargs)
        filterset = getattr(self.view, "filterset_class", None)
        text = {
            name
            for name, field in (filterset.base_filters.items() if filterset else [])
            if issubclass(field.field_class, forms.CharField)
        }
        for parameter in (operation or {}).get("parameters", []):
            if parameter["in"] == "query" and not parameter["schema"].get("minLength"):
                # An empty value means "not given" (as the browsable API's filter form sends it).
                parameter["allowEmptyValue"] = True
            if parameter["name"] in text:
                # Django refuses NUL (no database stores it); a filter may say what else it refuses.
                field = filterset.base_filters[parameter["name"]]
                parameter["schema"]["pattern"] = getattr(field, "schema_pattern", NO_NUL)
        return operation

    def get_auth(self):
        """Every endpoint also answers anonymous callers."""
        auth = super().get_auth()
        return auth if {} in auth else [*auth, {}]

    def _success(self):
        """A list whose items take more than one form (a view's `list_item_serializers`: claims and
        their tombstones) is described as one of them; everything else as DRF describes it."""
        described = super().get_response_serializers()
        forms = getattr(self.view, "list_item_serializers", None)
        if forms and self._is_list_view(described):
            return PolymorphicProxySerializer(
                component_name="ClaimOrTombstone", serializers=forms, resource_type_field_name=None, many=True
            )
        return described

    def get_response_serializers(self):
        error = ErrorSerializer
        success = self._success()
        responses = {
            200: success,
            304: OpenApiResponse(description="Not modified since the ETag or date in the request."),
            400: OpenApiResponse(ValidationErrorSerializer, "A query parameter is invalid."),
            401: OpenApiResponse(error, "The token is invalid, or include=unpublished without signing in."),
            404: OpenApiResponse(error, "No such object for this caller, or no such page or cursor."),
            405: OpenApiResponse(error, "Any method but GET, HEAD and OPTIONS: the API is read-only."),
            406: OpenApiResponse(
                error, "The Accept header names no type the API can send (JSON, or HTML for people)."
            ),
            412: OpenApiResponse(
                error, "If-Match or If-Unmodified-Since: the answer changed since the ETag or date sent."
            ),
            429: OpenApiResponse(error, "Too many requests: wait for Retry-After seconds."),
            503: OpenApiResponse(error, "Requests cannot be counted just now: wait for Retry-After seconds."),
        }
        if getattr(self.view, "offers_unpublished", False):
            responses[403] = OpenApiResponse(error, "include=unpublished by someone who is not staff.")
        if getattr(self.view, "withdrawable", False) and not self._is_list_view(success):
            responses[410] = OpenApiResponse(GoneSerializer, "Withdrawn from publication (a takedown).")
        return dict(sorted(responses.items()))


# What `null` is under OAS 3.0.3, whose `nullable` only counts beside a `type` in the same schema.
NULL = {"type": "object", "nullable": True, "enum": [None]}


def nullable_references(result, generator, request, public):
    """Postprocessing hook (after drf-spectacular's enum hook): drf-spectacular writes a nullable
    nested serializer as `{"allOf": [$ref], "nullable": true}`, which OAS 3.0.3 reads as never
    null (no `type` beside `nullable`), so strict validators and generated clients refused the
    nulls the API sends. Each becomes `{"oneOf": [$ref, NULL]}`; `nullable` stays for the
    lenient readers that look for it."""
    _allow_null(result)
    return result


def _allow_null(node):
    if isinstance(node, list):
        for item in node:
            _allow_null(item)
    if not isinstance(node, dict):
        return
    all_of = node.get("allOf", [])
    if node.get("nullable") is True and "type" not in node and len(all_of) == 1 and "$ref" in all_of[0]:
        node["oneOf"] = [*node.pop("allOf"), copy.deepcopy(NULL)]
    for value in node.values():
        _allow_null(value)


class APITokenScheme(OpenApiAuthenticationExtension):
    """The API token, offered as either of the two ways to send it (api.authentication): each
    security requirement alone suffices, unlike a list of names drf-spectacular would require
    together."""

    target_class = "factcheck.api.authentication.APITokenAuthentication"
    name = ["tokenAuth", "bearerAuth"]

    def get_security_requirement(self, auto_schema):
        return [{name: []} for name in self.name]

    def get_security_definition(self, auto_schema):
        return [
            build_bearer_security_scheme_object(header_name="Authorization", token_prefix="Token"),
            {
                "type": "http",
                "scheme": "bearer",
                "description": "The same API token, sent as `Authorization: Bearer <key>`.",
            },
        ]


class ErrorSerializer(serializers.Serializer):
    # Documentation only: any other error's body. (A docstring here would show in the schema.)
    detail = serializers.CharField()


class GoneSerializer(serializers.Serializer):
    # Documentation only: the body of a 410 for what a takedown removed.
    detail = serializers.CharField()
    status = serializers.ChoiceField(choices=[Briefing.Status.WITHDRAWN.value])
    withdrawn_at = serializers.DateTimeField(allow_null=True)
    reason = serializers.CharField(help_text="The public reason given, or empty.")


class ValidationErrorSerializer(serializers.BaseSerializer):
    """Documentation only: a 400's body, each invalid parameter with its messages."""


class ValidationErrorExtension(OpenApiSerializerExtension):
    target_class = ValidationErrorSerializer

    def get_name(self, auto_schema, direction):
        return "ValidationError"

    def map_serializer(self, auto_schema, direction):
        return {
            "type": "object",
            "description": "Each invalid query parameter with what is wrong with it.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        }


def _ld(type_pattern, **properties):
    """A JSON-LD object; fixed values are patterns, as enums would be hoisted into components."""
    return {
        "type": "object",
        "properties": {"@type": {"type": "string", "pattern": type_pattern}, **properties},
    }


_URI = {"type": "string", "format": "uri"}
_DATE = {"type": "string", "format": "date"}
CLAIM_REVIEW_SCHEMA = {
    **_ld(
        "^ClaimReview$",
        **{"@context": {"type": "string", "pattern": "^https://schema\\.org$"}},
        url=_URI,
        claimReviewed={"type": "string"},
        author={
            **_ld("^Organization$", name={"type": "string"}, url=_URI),
            "required": ["@type", "name", "url"],
        },
        datePublished=_DATE,
        dateModified={**_DATE, "description": "When the version readers see now was published."},
        itemReviewed={
            **_ld(
                "^Claim$",
                appearance={
                    "type": "array",
                    "items": {**_ld("^CreativeWork$", url=_URI), "required": ["@type", "url"]},
                },
                author={
                    **_ld("^(Person|Organization)$", name={"type": "string"}),
                    "required": ["@type", "name"],
                },
                datePublished=_DATE,
            ),
            "required": ["@type", "appearance"],
        },
        reviewRating={
            **_ld(
                "^Rating$",
                ratingValue={"type": "integer"},
                bestRating={"type": "integer", "nullable": True},
                worstRating={"type": "integer", "nullable": True},
                alternateName={"type": "string"},
            ),
            "required": ["@type", "alternateName"],
            "description": "The verdict. `ratingValue`, `bestRating` and `worstRating` are given for "
            "ratings on the accuracy scale and left out for ratings off it (e.g. “Not checkable”).",
        },
    ),
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "author",
        "datePublished",
        "dateModified",
        "itemReviewed",
        "reviewRating",
    ],
    "description": "schema.org ClaimReview (JSON-LD), as embedded in the claim's public page.",
}


class ClaimReviewBase(serializers.BaseSerializer):
    """A serializer that answers schema.org ClaimReview subclasses this to be documented as
    CLAIM_REVIEW_SCHEMA: DRF cannot see what a BaseSerializer produces."""


class ClaimReviewExtension(OpenApiSerializerExtension):
    target_class = ClaimReviewBase
    match_subclasses = True

    def get_name(self, auto_schema, direction):
        return "ClaimReview"

    def map_serializer(self, auto_schema, direction):
        return CLAIM_REVIEW_SCHEMA


class StaffOnlyFields(serializers.Serializer):
    """A serializer some of whose fields (`staff_only`) only staff read, when they include
    unpublished work: others' answers leave them out, and the schema lists them as optional."""

    staff_only = ()

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not getattr(self.context.get("view"), "include_unpublished", False):
            for name in self.staff_only:
                data.pop(name, None)
        return data


class StaffOnlyFieldsExtension(OpenApiSerializerExtension):
    target_class = StaffOnlyFields
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_basic_serializer(self.target, direction)
        staff_only = set(self.target.staff_only)
        schema["required"] = [name for name in schema.get("required", []) if name not in staff_only]
        return schema


class AnswerOnlyFields(serializers.Serializer):
    """A serializer whose objects carry, in some answers only, fields a view adds itself (the
    claims list's `similarity`, with `similar_to`): `answer_only` maps each name to its OpenAPI
    schema. Nothing is added at run time; the schema lists them as optional properties."""

    answer_only = {}


class AnswerOnlyFieldsExtension(OpenApiSerializerExtension):
    target_class = AnswerOnlyFields
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_basic_serializer(self.target, direction)
        schema["properties"] = {**schema["properties"], **self.target.answer_only}
        return schema
