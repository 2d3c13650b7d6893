"""Every change to a claim, its verdict and its evidence, and the public corrections.

An explicit event model rather than django-simple-history: the desk needs who, when, from
and to, and a comment for each workflow step, and evidence changes belong on the claim's own
timeline. Events are only written by factcheck.services, the one path every door goes through.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone

from ..people import desk_name
from ..states import ClaimStatus
from ..workflow import BY_NAME

#: What the history says of the events that are not workflow steps (those say their Action.done).
#: Keyed by the names the services record; tests/test_models.py holds every name to a line here.
EVENTS_DONE = {
    "created": "Made the claim",
    "edited": "Edited",
    "evidence_added": "Added evidence",
    "evidence_changed": "Changed evidence",
    "evidence_removed": "Removed evidence",
    "from_submission": "Made from a reader's submission",
    "checklist_overridden": "Overrode a checklist item",
    "source_changed": "A source it cites changed",
    "rating_changed": "Its rating changed on the scale",
    "reanchored": "Followed a new revision of the article",
    "anchor_confirmed": "Confirmed the verdict holds for the new wording",
    "previous_check_linked": "Linked an earlier check",
    "previous_check_unlinked": "Unlinked an earlier check",
    "statement_edited": "Followed a correction of the split",
}


class ClaimEvent(models.Model):
    claim = models.ForeignKey("factcheck.Claim", on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    changes = models.JSONField(
        default=dict, blank=True, help_text="Field name → [before, after] for every value that changed."
    )
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.action} by {self.actor or 'system'}"

    def describe(self):
        """The event in a line, as the history, "My recent work" and a stale page's refusal print
        it, in the past tense ("Submitted for review"), not the action's name."""
        labels = dict(ClaimStatus.choices)
        action = BY_NAME.get(self.action)
        parts = [action.done if action else EVENTS_DONE.get(self.action, self.action.replace("_", " "))]
        if self.from_status and self.from_status != self.to_status:  # a claim made starts New: no "— → New"
            before = labels.get(self.from_status, self.from_status) or "—"
            parts.append(f"{before} → {labels.get(self.to_status, self.to_status)}")
        claim_fields = self._meta.get_field("claim").related_model._meta
        people = self.people_named if hasattr(self, "people_named") else _people_named([self])
        for name, (before, after) in self.changes.items():
            label, words = _in_words(claim_fields, name, people)
            parts.append(f"{label}: {_shown(words(before))} → {_shown(words(after))}")
        return "; ".join(parts)


def name_people(events):
    """`events` (a list), each told the desk names of the people older events recorded by username,
    read in one query for the lot: a history of many events named each person with a query of its own."""
    people = _people_named(events)
    for event in events:
        event.people_named = people
    return events


def _person_fields(claim_fields):
    return {
        field.name
        for field in claim_fields.get_fields()
        if field.is_relation
        and field.concrete
        and field.related_model._meta.label == settings.AUTH_USER_MODEL
    }


def _people_named(events):
    """username → desk name for the usernames recorded in `events`' person fields (events before the
    services recorded names: "submitted by: checker → editor"); no query when they recorded none.
    A value holding a space is a name already: usernames hold none."""
    if not events:
        return {}
    claim_fields = events[0]._meta.get_field("claim").related_model._meta
    person_fields = _person_fields(claim_fields)
    usernames = {
        str(value)
        for event in events
        for name, values in event.changes.items()
        if name in person_fields
        for value in values
        if value and " " not in str(value)
    }
    if not usernames:
        return {}
    people = get_user_model()
    found = people._default_manager.filter(**{f"{people.USERNAME_FIELD}__in": usernames})
    return {person.get_username(): desk_name(person) for person in found}


def _in_words(claim_fields, name, people):
    """A recorded change's field as the claim's form labels it ("due date", "right of reply"), and
    how its stored values read: a choice's label, yes or no, a date as the desk writes it. Names
    that are no field of the claim ("evidence", "checklist …") are words already; a person is named."""
    try:
        field = claim_fields.get_field(name)
    except FieldDoesNotExist:
        return name, _as_stored
    if not field.concrete:  # a relation from elsewhere ("evidence"): its name is the word
        return name, _as_stored
    if field.is_relation and field.related_model._meta.label == settings.AUTH_USER_MODEL:
        return str(field.verbose_name), lambda value: people.get(str(value), value) if value else value
    if field.choices:
        labels = {str(value): str(label) for value, label in field.flatchoices}
        return str(field.verbose_name), lambda value: labels.get(str(value), value)
    if isinstance(field, models.BooleanField):
        return str(field.verbose_name), lambda value: {"True": "yes", "False": "no"}.get(str(value), value)
    if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
        return str(field.verbose_name), _date_in_words
    return str(field.verbose_name), _as_stored


def _as_stored(value):
    return value


def _date_in_words(value):
    try:
        day = datetime.date.fromisoformat(str(value))
    except ValueError:  # nothing ("") or not a date
        return value
    return f"{day.day} {day:%b %Y}"


def _shown(value, limit=60):
    """A recorded value as the history table prints it: empty as a dash, long text cut short."""
    text = str(value) if value not in (None, "") else "—"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Correction(models.Model):
    """A change of rating between two published versions, printed on the claim's public page with
    the labels readers saw, so renaming a rating later does not rewrite it."""

    claim = models.ForeignKey("factcheck.Claim", on_delete=models.CASCADE, related_name="corrections")
    version = models.ForeignKey(
        "factcheck.ClaimVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
        help_text="The version that made the correction (empty for corrections made before versions).",
    )
    from_rating = models.ForeignKey("factcheck.Rating", on_delete=models.PROTECT, related_name="+")
    to_rating = models.ForeignKey("factcheck.Rating", on_delete=models.PROTECT, related_name="+")
    from_label = models.CharField(max_length=60, default="")
    to_label = models.CharField(max_length=60, default="")
    reason = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.note

    @property
    def note(self):
        return correction_note(self.from_label, self.to_label, self.created_at, self.reason)


def correction_note(from_label, to_label, created_at, reason):
    """A correction as printed on the claim's page (`Correction.note`), from its fields alone, for
    callers that read them as rows. The date as the page prints its others ("7 December 2026", in
    the site's time zone), not "07 December" in UTC beside them."""
    day = timezone.localtime(created_at)
    return f"Rating changed from {from_label} to {to_label} on {day.day} {day:%B %Y}: {reason}"


class RecordEvent(models.Model):
    """A change to a source's or a rating's public fields: who, when, what (field → [before,
    after]) and why. Written only by factcheck.services."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, default="changed")
    changes = models.JSONField(default=dict, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    def describe(self):
        parts = [self.action.replace("_", " ")]
        parts += [
            f"{field}: {_shown(before)} → {_shown(after)}" for field, (before, after) in self.changes.items()
        ]
        return "; ".join(parts)


class SourceEvent(RecordEvent):
    source = models.ForeignKey("factcheck.Source", on_delete=models.CASCADE, related_name="events")

    def __str__(self):
        return f"{self.source} changed by {self.actor or 'system'}"


class RatingEvent(RecordEvent):
    rating = models.ForeignKey("factcheck.Rating", on_delete=models.CASCADE, related_name="events")

    def __str__(self):
        return f"{self.rating} changed by {self.actor or 'system'}"
