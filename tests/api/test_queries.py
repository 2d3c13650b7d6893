"""A constant number of SQL queries per request, whatever the page size: the same count with 10
objects per list as with 200, for anonymous callers and for staff reading everything."""

import datetime as dt

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from briefings.models import Briefing, Revision, Section, Statement
from factcheck.models import Claim, Correction, Evidence, Rating, Source

from ..factories import make_user, publish
from .callers import API

# Queries per request, at most: the objects, a count for page numbers, one per prefetched relation,
# and one for a token; a member of the desk adds two for the role's permissions (theirs, their group's).
BUDGET = {"anonymous": 6, "staff": 8}


def populate(n, tag):
    """n published briefings in two revisions each; the first's current revision holds n
    statements in n/10 sections, each statement with a public claim citing its own source, with
    a correction; plus n unpublished claims."""
    now = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    briefings = Briefing.objects.bulk_create(
        Briefing(
            title=f"Briefing {tag}-{i}",
            slug=f"briefing-{tag}-{i}",
            original="x",
            original_format="text",
            checksum="0" * 64,
            text="x" * 10 * n,
            status="published",
        )
        for i in range(n)
    )
    big = briefings[0]
    revisions = Revision.objects.bulk_create(  # each briefing revised once: the current one is 2
        Revision(briefing=briefing, number=number, title=briefing.title, original="x", text=briefing.text)
        for briefing in briefings
        for number in (1, 2)
    )[1::2]
    for briefing, revision in zip(briefings, revisions, strict=True):
        briefing.current_revision = revision
    Briefing.objects.bulk_update(briefings, ["current_revision"])
    revision = revisions[0]
    sections = Section.objects.bulk_create(
        Section(briefing=big, revision=revision, position=i) for i in range(n // 10)
    )
    statements = Statement.objects.bulk_create(
        Statement(
            briefing=big,
            revision=revision,
            section=sections[i // 10],
            position=i + 1,
            paragraph=i // 10 + 1,
            text=f"Statement {i}.",
            start=10 * i,
            end=10 * i + 5,
        )
        for i in range(n)
    )
    accurate, false = Rating.objects.get(slug="accurate"), Rating.objects.get(slug="false")
    checker, editor = make_user(f"checker-{tag}", role="Checker"), make_user(f"editor-{tag}", role="Editor")
    claims = Claim.objects.bulk_create(
        Claim(
            statement=statement,
            text=f"Claim {statement.position}.",
            status="published" if public else "in_review",
            rating=accurate,
            rationale="Because.",
            submitted_by=checker,
            reviewed_by=editor,
            published_at=now if public else None,
        )
        for statement in statements
        for public in (True, False)
    )
    sources = Source.objects.bulk_create(
        Source(url=f"https://example.org/{tag}/{i}", title=f"Source {i}", publisher="Example")
        for i in range(n)
    )
    Evidence.objects.bulk_create(
        Evidence(claim=claim, source=source, stance="supports", excerpt="Yes.")
        for claim, source in zip(claims[::2], sources, strict=True)
    )
    for claim in claims[::2]:
        publish(claim)
    Correction.objects.bulk_create(
        Correction(
            claim=claim,
            version=claim.live_version,
            from_rating=false,
            to_rating=accurate,
            from_label="False",
            to_label="Accurate",
            reason="New evidence.",
        )
        for claim in claims[::2]
    )
    return big, claims[0], sources[0]


def urls(big, claim, source):
    return [
        f"{API}briefings/",
        f"{API}briefings/{big.slug}/",
        f"{API}statements/",
        f"{API}statements/{claim.statement_id}/",
        f"{API}claims/",
        f"{API}claims/{claim.pk}/",
        f"{API}sources/",
        f"{API}sources/{source.pk}/",
        f"{API}ratings/",
        f"{API}claimreviews/",
        f"{API}claimreviews/{claim.pk}/",
    ]


def count_queries(client, url, **extra):
    """What answering `url` costs when it is rendered, not served from the public cache."""
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"page_size": 200, **extra.pop("params", {})}, **extra)
    assert response.status_code == 200, (url, response.content[:200])
    return len(queries), response


@pytest.mark.parametrize("who", ["anonymous", "staff"])
def test_queries_do_not_grow_with_the_page(who, db, client, django_assert_max_num_queries):
    token = Token.objects.create(user=make_user("robot", role="Editor"))
    extra = (
        {"HTTP_AUTHORIZATION": f"Token {token.issued_key}", "params": {"include": "unpublished"}}
        if who == "staff"
        else {}
    )
    counts = {}
    for n, tag in [(10, "small"), (200, "large")]:
        objects = populate(n, tag) if n == 10 else populate(n - 10, tag)
        for position, url in enumerate(urls(*objects)):
            with django_assert_max_num_queries(BUDGET[who]):
                number, response = count_queries(client, url, **dict(extra))
            counts.setdefault(position, []).append((url, number))
            if (
                url.endswith(("/claims/", "/sources/", "/briefings/", "/statements/", "/claimreviews/"))
                and n == 200
            ):
                assert len(response.json()["results"]) == 200, url
    for (small_url, small), (large_url, large) in counts.values():
        assert small == large, (small_url, small, large_url, large)


def test_the_briefing_list_does_not_load_the_articles_documents(db, client):
    populate(10, "documents")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"{API}briefings/").status_code == 200
    sql = " ".join(query["sql"] for query in queries)
    assert '"briefings_briefing"."original"' not in sql
    assert '"briefings_briefing"."text"' not in sql
