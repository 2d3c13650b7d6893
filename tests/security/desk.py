"""Building a newsroom plan (tests/security/newsroom.py) through the desk's own services.

The steps run in the order a desk would take them: first checks (the published ones published at
once), then each briefing's publication or takedown, new revisions of some articles, then
approvals that wait unpublished and revisions of published verdicts, and last the edits to
sources and the scale. Each published
version notes what it froze: the working copy read just before it was published, and the change
notes written since the last version (the first version's reason is "First published.").
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from briefings.importers import import_briefing
from briefings.models import Briefing, Revision, Statement
from factcheck import services
from factcheck.models import Claim, Evidence, Rating, Source

from .newsroom import RATINGS, REVISIONS, WITHDRAWALS, Markers, Newsroom


def _person(markers, role, superuser=False):
    username = markers.new("a username")
    user = get_user_model().objects.create_user(
        username,
        f"{username}@factdesk.invalid",
        "pw-123456-long",
        is_staff=True,
        is_superuser=superuser,
        first_name=markers.new("a staff member's name"),
        last_name=role or "Admin",
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


class Desk:
    """Carries out a plan, noting what each published version froze."""

    def __init__(self, plan):
        self.plan = plan
        self.markers = Markers(plan["seed"])
        self.people = {  # "shadow" is a checker whose work may never be published
            name: _person(self.markers, role)
            for name, role in [
                ("checker", "Checker"),
                ("shadow", "Checker"),
                ("editor", "Editor"),
                ("reviser", "Editor"),
                ("reviewer", "Editor"),
            ]
        }
        self.people["admin"] = _person(self.markers, None, superuser=True)
        self.notes = {}  # claim id -> change notes written since its last published version
        self.versions = {}  # claim id -> how many versions were published
        self.cites = {}  # claim id -> the sources its latest version cites
        self.withdrawn = set()  # claims whose verdict an editor withdrew (not published again)
        self.later = []  # steps that wait until the briefings are published or withdrawn
        self.documents = {}  # briefing index -> the lines of the document last imported
        self.new_rating = self._rating_for_this_desk()
        self.briefings = [self._briefing(index) for index in range(len(plan["briefings"]))]
        self.sources = [self._source() for _ in range(plan["sources"])]
        self._source()  # cited by nobody

    def new(self, what, **facts):
        return self.markers.new(what, **facts)

    # -- what the desk starts with ------------------------------------------------------------

    def _rating_for_this_desk(self):
        new = self.new
        rating = Rating(
            name=f"Rated {new('a new rating name', scale=True)}",
            slug=new("a new rating slug", scale=True),
            value=25,
            colour="#445566",
            symbol="?",
            definition=f"Defined as {new('a new rating definition', scale=True)}.",
        )
        services.save_rating(rating=rating, user=self.people["admin"], comment=new("a rating's note"))
        return rating

    def _briefing(self, index):
        new = self.new
        lines = [f"Report {new('a briefing title', briefing=index, notice=True)}"]
        for number in range(self.plan["statements"]):
            if number == 1:
                lines.append(f"Section {new('a section heading', briefing=index)}")
            lines.append(f"Statement {new('a statement', briefing=index)} says something checkable.")
        self.documents[index] = lines
        briefing = import_briefing(
            "\n".join(lines) + "\n",
            slug=new("a briefing slug", briefing=index),
            filename=f"{new('an imported file name')}.txt",
            imported_by=self.people["editor"],
        ).briefing
        briefing.outlet = f"Outlet {new('an outlet', briefing=index)}"
        briefing.byline = f"By {new('a byline', briefing=index)}"
        briefing.note = f"Note {new('an editors note', briefing=index)}"
        briefing.source_url = f"https://news.example/{new('an article address', briefing=index)}"
        briefing.save()
        return briefing

    def _source(self):
        new = self.new
        source = Source(
            url=f"https://example.org/{new('a source address')}",
            title=f"Source {new('a source title')}",
            publisher=f"Publisher {new('a publisher')}",
            notes=f"Notes {new('a source note')}",
        )
        comment = new("a source's note")
        services.save_source(source=source, user=self.people["checker"], comment=comment)
        self.markers.own(
            ("source", source.pk), source.url, source.title, source.publisher, source.notes, comment
        )
        return source

    # -- steps on one claim -------------------------------------------------------------------

    def edit(self, claim, user, note, **fields):
        for name, value in fields.items():
            setattr(claim, name, value)
        comment = self.new(note)
        self.markers.own(("claim", claim.pk), *fields.values(), comment)
        self.notes.setdefault(claim.pk, []).append(comment)
        return services.save_claim(claim=claim, user=user, opened_version=claim.version, comment=comment)

    def add_evidence(self, claim, user, source):
        new = self.new
        evidence = Evidence(
            claim=claim,
            source=source,
            stance=Evidence.Stance.SUPPORTS,
            excerpt=f"Excerpt {new('an excerpt')}",
            locator=f"Page {new('a locator')}",
        )
        comment = new("an evidence note")
        self.markers.own(("claim", claim.pk), evidence.excerpt, evidence.locator, comment)
        self.notes.setdefault(claim.pk, []).append(comment)
        return services.save_evidence(evidence=evidence, user=user, comment=comment)

    def act(self, claim, action, user, comment="", **kwargs):
        """A workflow action; `comment` says what its comment is, and gets a marker of its own."""
        comment = self.new(comment) if comment else ""
        self.markers.own(("claim", claim.pk), comment)
        return services.take_action(claim=claim, action=action, user=user, comment=comment, **kwargs)

    def publish(self, claim, user, action="publish"):
        """Publish the working copy and note what the version froze: the working copy's words,
        its evidence with each source as it stands, the rating, the credits and the reason."""
        claim = Claim.objects.select_related("rating", "submitted_by", "reviewed_by").get(pk=claim.pk)
        evidence = list(claim.evidence.select_related("source"))
        cited = [
            value
            for item in evidence
            for value in (
                item.excerpt,
                item.locator,
                item.source.title,
                item.source.publisher,
                item.source.url,
            )
        ]
        people = [person.first_name for person in (claim.submitted_by, claim.reviewed_by) if person]
        reason = self.new("a re-publication's reason") if action == "republish" else ""
        first = not self.versions.get(claim.pk)
        notes = [reason] if reason else ([] if first else self.notes.get(claim.pk, []))
        rating = claim.rating
        claim = services.take_action(claim=claim, action=action, user=user, comment=reason)
        words = (claim.text, claim.short_text, claim.claimant, claim.rationale)
        self.markers.frozen(
            claim, *words, rating.name, rating.slug, rating.definition, *cited, *people, *notes
        )
        self.notes[claim.pk] = []
        self.versions[claim.pk] = self.versions.get(claim.pk, 0) + 1
        self.cites[claim.pk] = {item.source_id for item in evidence}
        return claim

    def rating(self, name, other_than=None):
        if other_than is not None:
            names = [candidate for candidate in RATINGS if candidate != other_than]
            name = names[RATINGS.index(other_than) % len(names)]
        return self.new_rating if name == "new" else Rating.objects.get(slug=name)


# What makes a rationale long enough for the pre-publication checklist (factcheck.checklist).
LONG_ENOUGH = "The sources cited below say so in as many words, and nothing the desk found in its research says otherwise."


def first_check(desk, spec):
    """Take a claim as far as its plan's first check goes; returns the claim."""
    new, people = desk.new, desk.people
    checker, editor = people[spec["checker"]], people["editor"]
    statements = list(desk.briefings[spec["briefing"] % len(desk.briefings)].statements.order_by("position"))
    claim = services.make_claim(statement=statements[spec["statement"] % len(statements)], user=checker)
    claim = desk.edit(
        claim,
        checker,
        "a first wording's note",
        text=f"Claim {new('a claim')} is checkable.",
        short_text=f"Short {new('a short form')}" if spec["short"] else "",
        claimant=f"Claimant {new('a claimant')}",
    )
    plan = spec["plan"]
    if plan == "new":
        return claim
    claim = desk.act(claim, "take", checker)
    if plan == "dismissed":
        return desk.act(claim, "dismiss", editor, "a dismissal's reason")
    for index in dict.fromkeys(spec["sources"]):
        claim = desk.add_evidence(claim, checker, desk.sources[index % len(desk.sources)])
    claim = desk.edit(
        claim,
        checker,
        "a research note",
        rating=desk.rating(spec["rating"]),
        rationale=f"Why {new('a rationale')}. {LONG_ENOUGH}",
        reply_status=Claim.ReplyStatus.NOT_APPLICABLE,
    )
    if plan == "in_progress":
        return claim
    claim = desk.act(claim, "submit", checker, "a submission's comment")
    if plan == "changes_requested":
        return desk.act(claim, "request_changes", editor, "a request for changes")
    if plan == "approved":
        desk.later.append(lambda: desk.act(claim, "approve", editor, "an approval's comment"))
    if plan in ("in_review", "approved"):
        return claim
    claim = desk.act(claim, "approve", editor, "an approval's comment")
    claim = desk.publish(claim, editor)
    if plan in REVISIONS:
        desk.later.append(lambda: revision(desk, claim, spec))
    if plan in WITHDRAWALS:
        desk.later.append(lambda: withdrawal(desk, claim, spec))
    return claim


def _revise(desk, claim, spec, *, new_rating=False):
    """An editor changes the published verdict's working copy, which goes back to review."""
    new, reviser = desk.new, desk.people["reviser"]
    claim = Claim.objects.get(pk=claim.pk)
    fields = {
        "text": f"Claim {new('a revised claim')} is checkable.",
        "rationale": f"Why {new('a revised rationale')}. {LONG_ENOUGH}",
        "claimant": f"Claimant {new('a revised claimant')}",
    }
    if new_rating:
        fields["rating"] = desk.rating(
            None, other_than=claim.rating.slug if claim.rating.slug in RATINGS else "new"
        )
    claim = desk.edit(claim, reviser, "a revision's note", **fields)
    source = desk.sources[(spec["sources"][0] + 1) % len(desk.sources)]
    return desk.add_evidence(claim, reviser, source)


def revision(desk, claim, spec):
    """The revision of a published verdict that the plan asks for."""
    plan, reviewer = spec["plan"], desk.people["reviewer"]
    corrected = plan.startswith("corrected")
    claim = _revise(desk, claim, spec, new_rating=corrected)
    if plan == "revision_returned":
        return desk.act(claim, "request_changes", reviewer, "a request for changes")
    if plan == "revision_dismissed":
        return desk.act(claim, "dismiss", reviewer, "a dismissal's reason")
    if plan == "corrected_after_return":
        claim = desk.act(claim, "request_changes", reviewer, "a request for changes")
        checker = claim.assignee
        claim = desk.edit(
            claim,
            checker,
            "a reworked rationale's note",
            rationale=f"Why {desk.new('a reworked rationale')}. {LONG_ENOUGH}",
        )
        claim = desk.act(claim, "submit", checker, "a submission's comment")
    if plan == "revision_in_review":
        return claim
    claim = desk.act(claim, "approve", reviewer, "an approval's comment")
    if plan == "revision_approved":
        return claim
    claim = desk.publish(claim, reviewer)
    if plan == "corrected_then_revised":
        claim = _revise(desk, claim, spec)
    return claim


def withdrawal(desk, claim, spec):
    """An editor withdraws the published verdict, with a reason only its 410 page may show; then,
    as the plan says, it is reconsidered and reworked up to approval, never published again."""
    plan, editor, reviewer = spec["plan"], desk.people["editor"], desk.people["reviewer"]
    if plan == "revision_withdrawn":  # the revision waits for review when the verdict goes
        _revise(desk, claim, spec)
    reason = f"Reason {desk.new('a verdict withdrawal reason', reason_for=claim.pk)}"
    desk.markers.own(("claim", claim.pk), reason)
    claim = services.withdraw_claim(claim=Claim.objects.get(pk=claim.pk), user=editor, reason=reason)
    desk.withdrawn.add(claim.pk)
    if plan in ("withdrawn_reconsidered", "withdrawn_reworked"):
        claim = desk.act(claim, "reconsider", reviewer, "a reconsideration's comment")
    if plan == "withdrawn_reworked":
        checker = claim.assignee or desk.people[spec["checker"]]
        rationale = f"Why {desk.new('a reworked rationale')}. {LONG_ENOUGH}"
        claim = desk.edit(claim, checker, "a reworked rationale's note", rationale=rationale)
        claim = desk.act(claim, "submit", checker, "a submission's comment")
        claim = desk.act(claim, "approve", reviewer, "an approval's comment")
    return claim


def set_briefing_status(desk, index, status):
    briefing, editor = desk.briefings[index], desk.people["editor"]
    if status == Briefing.Status.IN_REVIEW:
        Briefing.objects.filter(pk=briefing.pk).update(status=status)
    if status in (Briefing.Status.PUBLISHED, Briefing.Status.WITHDRAWN):
        services.publish_briefing(briefing=briefing, user=editor)
    if status == Briefing.Status.WITHDRAWN:
        reason = f"Reason {desk.new('a withdrawal reason', briefing=index, notice=True)}"
        services.withdraw_briefing(briefing=briefing, user=editor, reason=reason)


def revise_briefing(desk, index):
    """The briefing's next revision: its last statement cut (the claims on it are orphaned, their
    verdicts kept) and a new one added, under a file name nobody may read."""
    briefing = desk.briefings[index]
    lines = desk.documents[index][:-1] + [f"Statement {desk.new('a statement', briefing=index)} is new."]
    desk.documents[index] = lines
    import_briefing(
        "\n".join(lines) + "\n",
        slug=briefing.slug,
        filename=f"{desk.new('an imported file name')}.txt",
        imported_by=desk.people["editor"],
    )


def edit_sources_and_scale(desk):
    """Sources and the new rating corrected after publication; published again if the plan says so."""
    editor, admin = desk.people["editor"], desk.people["admin"]
    for index in desk.plan["source_edits"]:
        source = Source.objects.get(pk=desk.sources[index % len(desk.sources)].pk)
        source.title = f"Source {desk.new('a corrected source title')}"
        comment = desk.new("a source correction's note")
        desk.markers.own(("source", source.pk), source.title, comment)
        services.save_source(source=source, user=editor, comment=comment)
    if desk.plan["rating_edit"]:
        rating = Rating.objects.get(pk=desk.new_rating.pk)
        rating.definition = f"Defined as {desk.new('a revised rating definition', scale=True)}."
        services.save_rating(rating=rating, user=admin, comment=desk.new("a rating correction's note"))
    if desk.plan["republish_after_edits"]:  # by another editor than the one who changed them
        for claim in Claim.objects.filter(citations_changed=True, status=Claim.Status.PUBLISHED):
            desk.publish(claim, desk.people["reviewer"], action="republish")


def build(plan):
    """Carry out `plan`; returns the Newsroom with the test's account of what readers may see."""
    with services.notifications_muted():
        desk = Desk(plan)
        for spec in plan["claims"]:
            first_check(desk, spec)
        for index, status in enumerate(plan["briefings"]):
            set_briefing_status(desk, index, status)
        for index in dict.fromkeys(index % len(desk.briefings) for index in plan["revised"]):
            revise_briefing(desk, index)
        for step in desk.later:
            step()
        edit_sources_and_scale(desk)
    return _account(desk)


def _account(desk):
    statuses = list(desk.plan["briefings"])
    status_of = {briefing.pk: statuses[index] for index, briefing in enumerate(desk.briefings)}
    claims = {
        pk: (status_of[briefing_id], desk.versions.get(pk, 0))
        for pk, briefing_id in Claim.objects.values_list("pk", "statement__briefing_id")
    }
    public_claims = [
        pk
        for pk, (status, versions) in claims.items()
        if versions and status == "published" and pk not in desk.withdrawn
    ]
    cited = set().union(*(desk.cites[pk] for pk in public_claims))
    return Newsroom(
        texts=desk.markers.texts,
        briefing_statuses=statuses,
        briefings={briefing.slug: status_of[briefing.pk] for briefing in desk.briefings},
        claims=claims,
        statements={
            pk: status_of[briefing_id]
            for pk, briefing_id in Statement.objects.values_list("pk", "briefing_id")
        },
        sources={pk: pk in cited for pk in Source.objects.values_list("pk", flat=True)},
        ratings=list(Rating.objects.values_list("slug", flat=True)),
        probe=desk.markers.unused(),
        revisions={
            briefing.slug: Revision.objects.filter(briefing=briefing).count() for briefing in desk.briefings
        },
        withdrawn=desk.withdrawn,
    )
