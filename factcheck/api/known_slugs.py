"""Slug filters that refuse a slug nobody has (400 naming the parameter), as django-filter's
ModelChoiceFilter does: an empty list for a typo (`rating=mislaeding`) told a client nothing.

What a caller may know decides what is known: an unpublished briefing's slug reads to the public as
one nobody has (a 400 must not confirm that a draft exists), a withdrawn one's is known (its pages
answer 410 and a sync gives its claims' tombstones) and lists nothing.
"""

import django_filters
from django import forms
from django.db.models import Q

from briefings.models import Briefing
from factcheck.models import Claim, Rating

RATING_HELP = " An unknown slug answers 400 naming the ratings (`/api/v1/ratings/` lists them)."
BRIEFING_HELP = " An unknown slug answers 400 (`/api/v1/briefings/` lists the briefings)."


def briefing_is_known(slug, *, include_unpublished):
    briefings = Briefing.objects.all()
    if not include_unpublished:
        briefings = briefings.filter(
            Q(status=Briefing.Status.PUBLISHED) | Q(status=Briefing.Status.WITHDRAWN)
        )
    return briefings.filter(slug=slug).exists()


def rating_slugs(*, include_unpublished):
    """The scale's slugs, and for the public also each slug a live version froze (a rating
    renamed since still finds the verdicts published under its old slug)."""
    slugs = set(Rating.objects.values_list("slug", flat=True))
    if not include_unpublished:
        frozen = (
            Claim.objects.public_by_claim().order_by().values_list("live_version__rating_slug", flat=True)
        )
        slugs |= set(frozen.distinct())
    return slugs


def briefing_error(slug, *, include_unpublished):
    if briefing_is_known(slug, include_unpublished=include_unpublished):
        return None
    whose = "No briefing" if include_unpublished else "No published briefing"
    return f"{whose} has the slug “{slug}”; /api/v1/briefings/ lists them."


def rating_error(slug, *, include_unpublished):
    """None for a known slug: the scale's, asked first (one indexed query), then a live version's;
    the whole list only for the refusal."""
    if Rating.objects.filter(slug=slug).exists():
        return None
    slugs = rating_slugs(include_unpublished=include_unpublished)
    if slug in slugs:
        return None
    return f"Select a valid choice. {slug} is not one of the available choices: {', '.join(sorted(slugs))}."


class RefusesUnknownSlugs:
    """For a FilterSet: each parameter in `slug_checks` ({parameter: function(slug, *,
    include_unpublished) -> message or None}) is a form error when its slug is unknown. The
    filter backend says whether the request includes unpublished work (`include_unpublished`)."""

    slug_checks = {}
    include_unpublished = False

    def is_valid(self):
        if not super().is_valid():
            return False
        for name, check in self.slug_checks.items():
            slug = self.form.cleaned_data.get(name)
            message = check(slug, include_unpublished=self.include_unpublished) if slug else None
            if message:
                self.form.add_error(name, forms.ValidationError(message, code="invalid_choice"))
        return not self.form.errors


class ChoiceFilter(django_filters.ChoiceFilter):
    """django-filter's ChoiceFilter, whose refusal also names the values to choose from, as a
    refused slug's does (Django's message names only the value refused)."""

    def __init__(self, *args, choices, **kwargs):
        values = ", ".join(str(value) for value, _ in choices)
        message = f"Select a valid choice. %(value)s is not one of the available choices: {values}."
        kwargs.setdefault("error_messages", {"invalid_choice": message})
        super().__init__(*args, choices=choices, **kwargs)
