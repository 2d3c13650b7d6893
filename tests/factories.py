"""Small factory functions for the workflow tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from briefings.importers import import_briefing
from factcheck import services
from factcheck.models import Claim, Evidence, Rating, Source
from factcheck.services.versions import freeze_version

SIMPLE_ARTICLE = "A short article\nThe port handled 140 ships last week. Officials expect more.\n"


def make_user(username, role=None, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@factdesk.invalid", "pw-123456-long")
    user = User.objects.create_user(
        username, f"{username}@factdesk.invalid", "pw-123456-long", is_staff=role is not None
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_statement(text=SIMPLE_ARTICLE):
    briefing = import_briefing(text).briefing
    return briefing.statements.first()


def make_source(
    url="https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine", title="Russian invasion of Ukraine"
):
    return Source.objects.get_or_create(
        url=Source.normalise_url(url), defaults={"title": title, "publisher": "Wikipedia"}
    )[0]


def make_claim(
    status=Claim.Status.NEW, *, assignee=None, submitted_by=None, statement=None, checked=False, **fields
):
    claim = Claim.objects.create(
        statement=statement or make_statement(),
        text=fields.pop("text", "The port handled 140 ships last week."),
        status=status,
        assignee=assignee,
        submitted_by=submitted_by,
        **fields,
    )
    if checked:
        add_verdict(claim)
    if status == Claim.Status.PUBLISHED and claim.rating_id:
        publish(claim)
    return claim


def publish(claim):
    """Give `claim` a live published version of its working copy, as an editor's Publish would."""
    freeze_version(claim=claim)
    claim.save()
    return claim


def add_verdict(claim, rating="accurate"):
    claim.rating = Rating.objects.get(slug=rating)
    claim.rationale = "The port authority's figures show 140 ships."
    claim.save()
    Evidence.objects.create(
        claim=claim, source=make_source(), stance=Evidence.Stance.SUPPORTS, excerpt="140 ships"
    )
    return claim


def offered(claim, user):
    """The names of the workflow actions the desk offers `user` on `claim`."""
    return {action.name for action in claim.get_actions(user)}


def republish(claim, *, editor, second_editor, comment="Revised."):
    """Publish `claim`'s working copy, as changed in memory by the caller, as its next version:
    `editor` saves the change (and so may not approve it), `second_editor` approves and publishes."""
    claim = services.save_claim(claim=claim, user=editor, opened_version=claim.version, comment=comment)
    if claim.status != Claim.Status.IN_REVIEW:
        return claim
    claim = services.take_action(claim=claim, action="approve", user=second_editor)
    return services.take_action(claim=claim, action="publish", user=second_editor)
