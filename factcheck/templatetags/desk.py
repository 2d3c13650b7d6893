import json

from django import template
from django.db.models import Count, Q

from briefings.quoting import stop_after as full_stop_after
from factcheck.models import Claim
from factcheck.people import desk_name
from factcheck.rules import may_assign_claims, may_publish_claims, may_read_standards_report
from factcheck.states import CLOSED, ClaimStatus

register = template.Library()
PANEL_SIZE = 10


@register.filter(name="may_read_standards_report")
def reads_standards_report(user):
    """{% if user|may_read_standards_report %}: whether the desk links the standards report."""
    return may_read_standards_report(user)


@register.filter
def person(user):
    """{{ claim.assignee|person }}: the desk's one way of naming someone."""
    return desk_name(user)


@register.filter
def stop_after(text):
    """{{ reason }}{{ reason|stop_after }}: the full stop a sentence ending in someone's words
    needs, none when they bring their own ("Legal review.." read as a slip)."""
    return full_stop_after(text)


def overdue_panel(claims, user):
    """Editors watch every deadline on the desk; a checker, their own."""
    if may_assign_claims(user):
        return ("Overdue on the desk", claims.overdue(), None)
    return ("My overdue claims", claims.overdue().assigned_to(user), "assignee__id__exact")


@register.simple_tag
def desk_for(user):
    """The review desk's panels for one person: what is theirs to do now."""
    claims = (
        Claim.objects.with_briefing()
        .select_related("rating", "assignee", "submitted_by")
        .with_change_requests()
    )
    # A returned claim is listed once, under "Returned to me", which says why.
    mine = (
        claims.assigned_to(user)
        .open()
        .exclude(status__in=[ClaimStatus.IN_REVIEW, ClaimStatus.CHANGES_REQUESTED])
    )
    panels = [
        ("Assigned to me", mine, "assignee__id__exact"),
        ("Waiting for my review", claims.waiting_for_review_by(user), "status__exact=in_review"),
        ("Returned to me", claims.returned_to(user), "status__exact=changes_requested"),
        overdue_panel(claims, user),
    ]
    if may_publish_claims(user):
        # An approval's next step is publishing: without this panel an approved verdict was on no
        # list of My desk, and an editor found it only by filtering the claims by status.
        panels.append(("Approved, waiting to be published", claims.filter(status=ClaimStatus.APPROVED), None))
        panels.append(
            (
                "Published verdicts citing a changed source or rating",
                claims.filter(live_version__isnull=False, citations_changed=True),
                None,
            )
        )
    briefings = (
        Claim.objects.values("statement__briefing__id", "statement__briefing__title")
        .annotate(
            total=Count("id"),
            open=Count("id", filter=~Q(status__in=CLOSED)),
            in_review=Count("id", filter=Q(status=ClaimStatus.IN_REVIEW)),
            published=Count("id", filter=Q(status=ClaimStatus.PUBLISHED)),
        )
        .order_by("statement__briefing__title")
    )
    return {
        "panels": [
            {"title": title, "count": queryset.count(), "claims": list(queryset[:PANEL_SIZE])}
            for title, queryset, _ in panels
        ],
        "briefings": list(briefings),
    }


@register.filter
def inline_formset_data(inline_admin_formset):
    """The inline's data for Django's inlines.js, its add button in the inline's own words
    (`add_text`, "Add evidence") where it has them, not "Add another Evidence"."""
    data = json.loads(inline_admin_formset.inline_formset_data())
    add_text = getattr(inline_admin_formset.opts, "add_text", "")
    if add_text:
        data["options"]["addText"] = add_text
    return json.dumps(data)
