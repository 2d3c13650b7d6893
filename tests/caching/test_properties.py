"""Whatever the desk does, no visitor is served a stale page: after every step of a random
workflow, each public page and API answer served through the cache equals a fresh render."""

import re
from contextlib import contextmanager

import pytest
from django.core.cache import caches
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefings.editing import EditRefused, hide_statement, merge_statements, split_statement
from briefings.importers import import_briefing
from factcheck import services
from factcheck.models import Claim, Evidence, Rating
from factcheck.services import WorkflowError

from ..factories import make_source, make_user

pytestmark = pytest.mark.django_db

ARTICLES = [
    "Harbour report\nThe port handled 140 ships last week. Officials expect more. Critics disagree.\n",
    "Budget report\nThe council spent 12 million on roads. Taxes rose by 3 percent. The mayor resigned.\n",
]
RATINGS = ["accurate", "false", "misleading"]
# Enough for the pre-publication checklist (factcheck.checklist): without it every publication was
# refused, and no verdict ever reached a page in this test.
READY = "The port authority's weekly figures and the council's own accounts say so in as many words."
BUILT_AT = re.compile(rb"<lastBuildDate>[^<]*</lastBuildDate>|<updated>[^<]*</updated>")

CLAIM_ACTIONS = [
    "check",
    "approve",
    "request_changes",
    "publish",
    "correct",
    "edit_working_copy",
    "move",
    "withdraw_verdict",  # the workflow's "withdraw" (one verdict); "withdraw" below is the briefing's
    "reconsider",
]
BRIEFING_ACTIONS = ["publish_briefing", "withdraw", "revise", "split", "merge", "hide"]
STEP = st.one_of(
    st.tuples(st.sampled_from(CLAIM_ACTIONS), st.integers(0, 1), st.integers(0, 2), st.sampled_from(RATINGS)),
    st.tuples(
        st.sampled_from(BRIEFING_ACTIONS), st.integers(0, 1), st.integers(0, 2), st.sampled_from(RATINGS)
    ),
    st.tuples(st.just("rating_edit"), st.just(0), st.just(0), st.sampled_from(RATINGS)),
)


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


class World:
    """Two briefings, the desk's people, and the claims made so far (one per statement at most)."""

    def __init__(self, people):
        self.checker, self.editor, self.second_editor, self.admin = people
        self.briefings = [import_briefing(text).briefing for text in ARTICLES]
        self.source = make_source()
        self.revised = [0, 0]
        for b in (0, 1):  # a verdict approved in each; the first briefing published with its verdict
            check(self, self.claim_on(b, 0, create=True), RATINGS[b])
            services.take_action(claim=self.claim_on(b, 0, create=False), action="approve", user=self.editor)
        services.publish_briefing(briefing=self.briefings[0], user=self.editor)

    def claim_on(self, b, s, *, create):
        statement = self.briefings[b].statements.order_by("position")[s : s + 1].first()
        if statement is None:
            return None
        claim = Claim.objects.filter(statement=statement).first()
        if claim is None and create:
            claim = services.make_claim(statement=statement, user=self.checker)
        return claim

    def urls(self):
        claims = Claim.objects.filter(statement__briefing__in=self.briefings).values_list("pk", flat=True)
        pages = ["/", "/feeds/fact-checks/", "/sitemap.xml", "/api/v1/claims/", "/api/v1/ratings/"]
        for briefing in self.briefings:
            pages += [f"/briefings/{briefing.slug}/", f"/api/v1/briefings/{briefing.slug}/"]
        for pk in claims:
            pages += [f"/claims/{pk}/", f"/api/v1/claims/{pk}/"]
            pages += [f"/claims/{pk}/versions/{number}/" for number in (1, 2)]
        return pages


def check(world, claim, rating):
    if claim.status == Claim.Status.NEW:
        claim = services.take_action(claim=claim, action="take", user=world.checker)
    if not claim.evidence.exists():
        services.save_evidence(
            evidence=Evidence(claim=claim, source=world.source, stance="supports", excerpt="figures"),
            user=world.checker,
        )
        claim.refresh_from_db()
    claim.rating = Rating.objects.get(slug=rating)
    claim.rationale = f"Rated {rating} on the figures. {READY}"
    claim.claimant = "The harbour master"
    claim.reply_status = Claim.ReplyStatus.NOT_APPLICABLE
    claim = services.save_claim(claim=claim, user=world.checker, opened_version=claim.version)
    services.take_action(claim=claim, action="submit", user=world.checker)


def correct(world, claim, rating):
    claim.rating = Rating.objects.get(slug=rating)
    claim.rationale = f"Corrected to {rating}. {READY}"
    claim = services.save_claim(
        claim=claim, user=world.editor, opened_version=claim.version, comment="Fixed."
    )
    if claim.status == Claim.Status.IN_REVIEW:
        claim = services.take_action(claim=claim, action="approve", user=world.second_editor)
        services.take_action(claim=claim, action="publish", user=world.second_editor)


def on_claim(world, name, b, s, rating):
    claim = world.claim_on(b, s, create=name == "check")
    if claim is None:
        return
    if name == "check":
        check(world, claim, rating)
    elif name == "correct":
        correct(world, claim, rating)
    elif name == "edit_working_copy":
        claim.rationale = f"A draft rationale: {rating}?"
        services.save_claim(claim=claim, user=world.editor, opened_version=claim.version)
    elif name == "move":  # to the next statement of its briefing's current text
        statements = list(claim.statement.briefing.statements.order_by("position"))
        claim.statement = statements[(s + 1) % len(statements)]
        services.save_claim(claim=claim, user=world.editor, opened_version=claim.version)
    elif name == "withdraw_verdict":
        services.withdraw_claim(claim=claim, user=world.editor, reason="Misread figures.")
    elif name in ("request_changes", "reconsider"):
        services.take_action(claim=claim, action=name, user=world.editor, comment="More sources.")
    else:
        services.take_action(claim=claim, action=name, user=world.editor)


def on_briefing(world, name, b, s):
    briefing = world.briefings[b]
    briefing.refresh_from_db()
    statement = briefing.statements.order_by("position")[s : s + 1].first()
    if name == "publish_briefing":
        services.publish_briefing(briefing=briefing, user=world.editor)
    elif name == "withdraw":
        services.withdraw_briefing(briefing=briefing, user=world.editor)
    elif name == "revise":
        world.revised[b] += 1
        import_briefing(ARTICLES[b] + f"Update {world.revised[b]} came in.\n", slug=briefing.slug)
    elif statement is not None and name == "split" and " " in statement.text.strip():
        split_statement(statement=statement, offset=statement.text.strip().index(" ") + 1, user=world.editor)
    elif statement is not None and name == "merge":
        merge_statements(statement=statement, user=world.editor)
    elif statement is not None and name == "hide":
        hide_statement(statement=statement, user=world.editor)


def rating_edit(world, rating):
    scale = Rating.objects.get(slug=rating)
    scale.definition = scale.definition + " (revised)"
    services.save_rating(rating=scale, user=world.admin, opened_version=scale.version)


def act(world, step):
    name, b, s, rating = step
    try:
        with transaction.atomic():
            if name in CLAIM_ACTIONS:
                on_claim(world, name, b, s, rating)
            elif name in BRIEFING_ACTIONS:
                on_briefing(world, name, b, s)
            else:
                rating_edit(world, rating)
    except (WorkflowError, EditRefused):
        pass  # refused: nothing changed, and the pages must say so


def timeless(content):
    """An empty feed is built "now": the second it was built in is no verdict."""
    return BUILT_AT.sub(b"", content)


def assert_fresh(reader, world):
    """Every page the reader gets (from the cache when stored) equals a render for a reader the
    cache never answers (a stray session cookie sends them past it)."""
    fresh = Client()
    fresh.cookies["sessionid"] = "not-a-session"
    for url in world.urls():
        served, rendered = reader.get(url), fresh.get(url)
        assert served.status_code == rendered.status_code, url
        assert timeless(served.content) == timeless(rendered.content), url


@pytest.fixture
def people(db):
    return (
        make_user("checker", "Checker"),
        make_user("editor", "Editor"),
        make_user("editor2", "Editor"),
        make_user("admin", superuser=True),
    )


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=10))
# Found by this test: every front-page card counted the same revision's statements, so revising a
# draft changed the published briefing's card without moving its tokens (factcheck.article).
@example(steps=[("revise", 0, 0, "accurate"), ("revise", 1, 0, "accurate")])
# A verdict published, withdrawn, reconsidered, reworked and published again as version 2: too long
# a path for random draws to take often.
@example(
    steps=[
        ("publish", 0, 0, "accurate"),
        ("withdraw_verdict", 0, 0, "accurate"),
        ("reconsider", 0, 0, "accurate"),
        ("check", 0, 0, "false"),
        ("approve", 0, 0, "false"),
        ("publish", 0, 0, "false"),
    ]
)
def test_no_visitor_is_ever_served_a_stale_page(people, steps):
    with rolled_back():
        caches["pages"].clear()
        world, reader = World(people), Client()
        assert_fresh(reader, world)
        for step in steps:
            act(world, step)
            assert_fresh(reader, world)
