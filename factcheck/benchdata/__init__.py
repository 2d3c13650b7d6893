"""Realistic volumes for the benchmark suite (`manage.py generate_bench_data`, bench/suite.py).

Briefings published, in review, draft and withdrawn, each with a current revision of varied
sentences; claims in every workflow state, the published ones with a first version as publishing
freezes it (one in a hundred of them since withdrawn); evidence drawn from shared sources; and three published bench articles of 50, 500 and
5,000 statements under stable slugs (a published verdict on every fifth statement: 100 on the
500-statement one) that the suite times. Everything is seeded, so a run can be repeated.
"""

import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

from briefings.models import Briefing

from ..caching.triggers import everything_changed
from ..models import Rating
from . import articles, claims

PREFIX = "bench-"
#: The articles the suite renders: slug → statements. Each has a published verdict on every fifth.
ARTICLES = {"bench-article-50": 50, "bench-article-500": 500, "bench-article-5000": 5000}
VERDICT_EVERY = 5
#: The share of the other briefings' published verdicts later withdrawn (a retraction is rare).
WITHDRAWN_SHARE = 0.01
#: Regular briefings' states in turn: of every 20, 14 published, 3 draft, 2 in review, 1 withdrawn.
STATUS_CYCLE = ["published"] * 20
for index, status in {
    1: "draft",
    10: "draft",
    16: "draft",
    4: "in_review",
    13: "in_review",
    7: "withdrawn",
}.items():
    STATUS_CYCLE[index] = status
EDITOR, CHECKER = "bench-editor", "bench-checker"


class BenchDataRefused(Exception):
    """The database is not one to fill with bench data."""


@dataclass(frozen=True)
class Generated:
    briefings: int
    statements: int
    claims: int
    published_claims: int
    sources: int

    def summary(self):
        return (
            f"{self.briefings:,} briefings, {self.statements:,} statements, {self.claims:,} claims "
            f"({self.published_claims:,} published), {self.sources:,} sources"
        )


def refuse_unless_empty(*, force):
    """Bench data goes into a database of its own: never beside the newsroom's briefings (unless
    forced), and never twice (its slugs are fixed)."""
    if Briefing.objects.filter(slug__in=ARTICLES).exists():
        raise BenchDataRefused(
            "This database already holds bench data (bench-article-50 exists); generate into a fresh one."
        )
    others = Briefing.objects.exclude(slug__startswith=PREFIX).count()
    if others and not force:
        raise BenchDataRefused(
            f"This database already has {others:,} briefing(s) that are not bench data; bench data belongs "
            "in a throwaway database (set DATABASE_URL). Use --force to add it anyway."
        )


def _person(username, first, last, role):
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"first_name": first, "last_name": last, "is_staff": True}
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get(name=role))
    return user


def _plans(briefings, per_briefing, rng):
    plans = [
        articles.Plan(slug, f"Bench article of {count:,} statements", "published", count, VERDICT_EVERY)
        for slug, count in ARTICLES.items()
    ]
    for number in range(1, briefings + 1):
        title = f"{articles.sentences.heading(rng, number)}: {articles.sentences.fact(rng)}"
        status = STATUS_CYCLE[(number - 1) % len(STATUS_CYCLE)]
        plans.append(articles.Plan(f"{PREFIX}briefing-{number:05d}", title[:300], status, per_briefing))
    for plan in plans:
        articles.write(plan, rng)
    return plans


def _plan_claims(plans, stored, count, rng, people, ratings):
    """The bench articles' verdicts, then `count` claims spread over the other briefings."""
    planned = []
    for plan in plans[: len(ARTICLES)]:
        for statement in stored[plan.slug][VERDICT_EVERY - 1 :: VERDICT_EVERY]:
            planned.append(claims.plan_claim(statement, (claims.S.PUBLISHED, True), rng, people, ratings))
    regular = plans[len(ARTICLES) :]
    made = {plan.slug: 0 for plan in regular}
    for _ in range(count if regular else 0):
        plan = rng.choice(regular)
        kind = claims.pick_kind(rng, plan.status in ("published", "withdrawn"), made[plan.slug])
        made[plan.slug] += 1
        planned.append(claims.plan_claim(rng.choice(stored[plan.slug]), kind, rng, people, ratings))
    return planned


def _gather_statistics():
    """On PostgreSQL, VACUUM ANALYZE after the bulk load, as autovacuum would within a minute or
    so (since PostgreSQL 13 it vacuums tables that only had inserts). Without statistics the
    planner takes the new tables for a few rows each (the API's page of 100 claims then hashed all
    75,000 public statements); without the vacuum every count and list of ids reads the table's
    rows as well as its index, since nothing has marked them visible to all (the admin's claims
    list spent 32–34 ms on its queries against 18–25 after it, docs/benchmarks.md). VACUUM cannot
    run inside a transaction: there (a test, a caller's atomic block) only ANALYZE."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


def generate(*, briefings, statements_per_briefing, claims_count, sources, seed, force=False):
    """Fill the database with bench data; returns what was made. Bulk inserts send no signals,
    so every cached public answer is dropped at the end (a running server would keep the old ones)."""
    refuse_unless_empty(force=force)
    rng = random.Random(seed)
    people = claims.People(
        editor=_person(EDITOR, "Bench", "Editor", "Editor"),
        checker=_person(CHECKER, "Bench", "Checker", "Checker"),
    )
    plans = _plans(briefings, statements_per_briefing, rng)
    _, stored = articles.store(plans, rng, people.editor)
    source_rows = claims.make_sources(max(sources, 1), rng)
    planned = _plan_claims(plans, stored, claims_count, rng, people, list(Rating.objects.all()))
    bench_verdicts = sum(
        len(stored[plan.slug][VERDICT_EVERY - 1 :: VERDICT_EVERY]) for plan in plans[: len(ARTICLES)]
    )
    claims.withdraw_some(planned[bench_verdicts:], random.Random(f"{seed}-withdrawn"), share=WITHDRAWN_SHARE)
    for claim in planned:
        claims.add_evidence(claim, rng, source_rows)
    by_id = {row[0]: row for rows in stored.values() for row in rows}
    versions = claims.store(planned, by_id, rng, people)
    everything_changed()
    _gather_statistics()
    return Generated(
        briefings=len(plans),
        statements=len(by_id),
        claims=len(planned),
        published_claims=len(versions),
        sources=len(source_rows),
    )
