"""Small factory functions for the workflow tests."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F

from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck import services
from factcheck.models import (
    CitedEvidence,
    Claim,
    ClaimEvent,
    ClaimVersion,
    Correction,
    Evidence,
    Rating,
    Source,
)
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


#: A rationale long enough for the pre-publication checklist (FACTDESK_MIN_RATIONALE_LENGTH, 100).
RATIONALE = (
    "The port authority's figures show 140 ships. Its weekly log lists every arrival by name, "
    "and last week's come to 140."
)


def answer_checklist(claim):
    """Give `claim` (in memory) what the pre-publication checklist asks beyond the verdict and its
    source: the claimant named or marked not known, right of reply answered ("not applicable"),
    and a short form when the claim is longer than 75 characters. Returns the claim."""
    claim.claimant_unknown = claim.claimant_unknown or not claim.claimant
    claim.reply_status = claim.reply_status or Claim.ReplyStatus.NOT_APPLICABLE
    if len(" ".join(claim.text.split())) > 75 and not claim.short_text:
        claim.short_text = " ".join(claim.text.split())[:74].rsplit(" ", 1)[0] + "…"
    return claim


def add_verdict(claim, rating="accurate"):
    """A rating, a rationale and a piece of evidence citing a web page: with answer_checklist, a
    verdict that passes the default pre-publication checklist."""
    claim.rating = Rating.objects.get(slug=rating)
    claim.rationale = RATIONALE
    answer_checklist(claim)
    claim.save()
    Evidence.objects.create(
        claim=claim, source=make_source(), stance=Evidence.Stance.SUPPORTS, excerpt="140 ships"
    )
    return claim


def make_unready_claim(checker, **fields):
    """An approved verdict that fails the default pre-publication checklist: a rationale too short
    and right of reply unanswered (set in the database, as an old claim might be)."""
    claim = make_claim(Claim.Status.APPROVED, assignee=checker, submitted_by=checker, checked=True, **fields)
    Claim.objects.filter(pk=claim.pk).update(rationale="140 ships.", reply_status="")
    claim.refresh_from_db()
    return claim


UNREADY = (
    "This verdict cannot be published yet: it needs a rationale of at least 100 characters (it has 10); "
    "an answer on right of reply (whether the claimant was contacted)."
)


def offered(claim, user):
    """The names of the workflow actions the desk offers `user` on `claim`."""
    return {action.name for action in claim.get_actions(user)}


def republish(claim, *, editor, second_editor, comment="Revised."):
    """Publish `claim`'s working copy, as changed in memory by the caller, as its next version:
    `editor` saves the change (and so may not approve it), `second_editor` approves and publishes.
    A claim reworded past 75 characters gets a short form (answer_checklist)."""
    answer_checklist(claim)
    claim = services.save_claim(claim=claim, user=editor, opened_version=claim.version, comment=comment)
    if claim.status != Claim.Status.IN_REVIEW:
        return claim
    claim = services.take_action(claim=claim, action="approve", user=second_editor)
    return services.take_action(claim=claim, action="publish", user=second_editor)


def make_staff(username="staff"):
    """Staff without a role: may open the admin, may do nothing in it."""
    return get_user_model().objects.create_user(
        username, f"{username}@factdesk.invalid", "pw-123456-long", is_staff=True
    )


def make_submitted_claim(submitter, **fields):
    """A checked claim in review, researched and submitted by `submitter`."""
    return make_claim(
        Claim.Status.IN_REVIEW, assignee=submitter, submitted_by=submitter, checked=True, **fields
    )


def make_public_claim(checked=True, **fields):
    """A published claim in a published briefing, set so directly: what any reader may open."""
    claim = make_claim(Claim.Status.PUBLISHED, checked=checked, **fields)
    briefing = claim.statement.briefing
    briefing.status = briefing.Status.PUBLISHED
    briefing.save()
    return claim


def publish_a_check(checker, editor):
    """A checked claim taken through submit, approve and publish by the services."""
    claim = make_claim(Claim.Status.IN_PROGRESS, assignee=checker, checked=True)
    claim = services.take_action(claim=claim, action="submit", user=checker)
    claim = services.take_action(claim=claim, action="approve", user=editor)
    return services.take_action(claim=claim, action="publish", user=editor)


def make_published_briefing(checker, editor):
    """A briefing published by the service with the approved claim in it; returns both."""
    claim = make_claim(Claim.Status.APPROVED, assignee=checker, submitted_by=checker, checked=True)
    services.publish_briefing(briefing=claim.statement.briefing, user=editor)
    claim.refresh_from_db()
    return claim.statement.briefing, claim


def make_long_published_briefing(statement_count):
    """A published briefing of `statement_count` statements, one in five carrying a published
    verdict: for counting a list page's queries as the article grows."""
    editor = make_user(f"ed{statement_count}", "Editor")
    checker = make_user(f"ch{statement_count}", "Checker")
    text = f"Long article {statement_count}\n" + "".join(
        f"Sentence number {i} says something.\n" for i in range(statement_count)
    )
    briefing = import_briefing(text).briefing
    for statement in briefing.statements.all()[: max(1, statement_count // 5)]:
        claim = make_claim(Claim.Status.IN_PROGRESS, statement=statement, assignee=checker)
        claim = services.take_action(claim=add_verdict(claim), action="submit", user=checker)
        services.take_action(claim=claim, action="approve", user=editor)
    services.publish_briefing(briefing=briefing, user=editor)
    return briefing


def stored_state(claim):
    """What a refused change must leave as it was: the claim's stored status and version, and
    how many events its history holds."""
    stored = Claim.objects.get(pk=claim.pk)
    return stored.status, stored.version, stored.events.count()


def age_everything(delta=datetime.timedelta(hours=1)):
    """Move every stored time back by `delta`, as if the desk had been set up a while ago: the API
    sends no Last-Modified for a change made within the current second."""
    stamps = {
        Briefing: ["imported_at", "updated_at", "withdrawn_at"],
        Claim: ["created_at", "updated_at", "published_at", "public_changed_at"],
        ClaimVersion: ["published_at"],
        CitedEvidence: ["cited_at"],
        Evidence: ["created_at", "updated_at"],
        Source: ["created_at", "updated_at"],
        Rating: ["updated_at"],
        Correction: ["created_at"],
        ClaimEvent: ["created_at"],
    }
    for model, fields in stamps.items():
        model.objects.update(**{field: F(field) - delta for field in fields})
