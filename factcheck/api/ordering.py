"""The `ordering` parameter of every API list: DRF's, strict about what it is given."""

from rest_framework import filters
from rest_framework.exceptions import ValidationError


class StrictOrderingFilter(filters.OrderingFilter):
    """DRF's `ordering` parameter (comma-separated fields, `-` for descending), except that an
    unknown field answers 400 instead of being ignored, and the primary key always breaks ties,
    so that pages never overlap or skip. Views list their fields in `ordering_fields`, and may
    name the model field behind one in `ordering_aliases`."""

    def get_ordering(self, request, queryset, view):
        raw = request.query_params.get(self.ordering_param, "")
        terms = [term.strip() for term in raw.split(",")]
        if raw and "" in terms:  # "," or "value," or " ": an empty value as a whole counts as not given
            raise ValidationError({self.ordering_param: ["Name a field for every comma-separated term."]})
        terms = [term for term in terms if term]
        if terms:
            valid = {name for name, _ in self.get_valid_fields(queryset, view, {"request": request})}
            unknown = [term for term in terms if term.removeprefix("-") not in valid]
            if unknown:
                choices = ", ".join(sorted(valid))
                raise ValidationError(
                    {self.ordering_param: [f"Cannot order by {', '.join(unknown)}; choose from {choices}."]}
                )
        ordering = list(terms or self.get_default_ordering(view) or [])
        if ordering and not {"pk", "id"} & {term.removeprefix("-") for term in ordering}:
            ordering.append("-pk" if ordering[0].startswith("-") else "pk")
        return [self._field_for(term, view) for term in ordering]

    @staticmethod
    def _field_for(term, view):
        """The model field behind a documented ordering name (a view's `ordering_aliases`: the
        public claims list orders its `updated_at` by when their public face changed)."""
        name = term.removeprefix("-")
        field = getattr(view, "ordering_aliases", {}).get(name, name)
        return f"-{field}" if term.startswith("-") else field

    def get_schema_operation_parameters(self, view):
        fields = [name if isinstance(name, str) else name[0] for name in getattr(view, "ordering_fields", [])]
        default = ",".join(self.get_default_ordering(view) or [])
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": "Fields to order the results by, comma-separated; `-` before a field "
                f"reverses it. Default: `{default}`.",
                "schema": {
                    "type": "array",
                    "items": {"type": "string", "enum": [*fields, *(f"-{field}" for field in fields)]},
                },
                "style": "form",
                "explode": False,
            }
        ]
