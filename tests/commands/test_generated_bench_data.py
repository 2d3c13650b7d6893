"""What manage.py generate_bench_data makes, at small sizes (the bench articles' 5,550 statements
always come along): generated once for the module (once per test cost the suite half a minute)."""

import pytest
from django.core.management import CommandError
from django.db import transaction

from briefings.models import Briefing, Statement
from factcheck.models import Claim, ClaimVersion, Source
from factcheck.states import ClaimStatus

from .test_generate_bench_data import ARTICLE_STATEMENTS, ARTICLE_VERDICTS, ARTICLES, generate


@pytest.fixture(scope="module")
def generated_once(django_db_setup, django_db_blocker):
    """Generated once for the module (5,550 statements each time cost the suite half a minute)
    inside a transaction rolled back after its last test; each test runs in a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        generate()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def generated(generated_once, db):
    pass


def test_it_makes_the_numbers_asked_for_besides_the_bench_articles(generated):
    assert Briefing.objects.count() == 4 + len(ARTICLES)
    assert Statement.objects.count() == 4 * 30 + ARTICLE_STATEMENTS
    assert Claim.objects.count() == 120 + ARTICLE_VERDICTS
    assert Source.objects.count() == 7


def test_it_makes_claims_in_every_state_with_and_without_a_published_version(generated):
    kinds = set(Claim.objects.values_list("status", "live_version__number"))
    for status in ClaimStatus.values:
        assert (status, None) in kinds or status == ClaimStatus.PUBLISHED
        assert (status, 1) in kinds or status in (
            ClaimStatus.NEW,
            ClaimStatus.DISMISSED,
            ClaimStatus.WITHDRAWN,
        )


def test_a_withdrawn_verdict_keeps_its_version_as_the_record(generated):
    claim = Claim.objects.filter(status=ClaimStatus.WITHDRAWN).first()
    assert (claim.live_version, claim.versions.count()) == (None, 1)
    assert claim.withdrawn_at > claim.published_at
    assert claim.events.filter(action="withdraw", comment=claim.withdrawal_reason).exists()


def test_a_withdrawn_verdicts_page_says_it_is_gone_and_why(generated, client):
    claim = Claim.objects.filter(
        status=ClaimStatus.WITHDRAWN, statement__briefing__status="published"
    ).first()
    response = client.get(f"/claims/{claim.pk}/")
    assert response.status_code == 410
    assert claim.withdrawal_reason in response.text


def test_the_api_leaves_withdrawn_verdicts_out(generated, client):
    withdrawn = Claim.objects.filter(status=ClaimStatus.WITHDRAWN).first()
    assert client.get(f"/api/v1/claims/{withdrawn.pk}/").status_code == 410


def test_it_makes_published_and_draft_briefings(generated):
    statuses = set(Briefing.objects.values_list("status", flat=True))
    assert {Briefing.Status.PUBLISHED, Briefing.Status.DRAFT} <= statuses


def test_the_500_statement_article_has_100_published_verdicts(generated):
    briefing = Briefing.objects.get(slug="bench-article-500")
    assert briefing.statements.count() == 500
    assert Claim.objects.public().filter(statement__briefing=briefing).count() == 100


def test_every_statement_points_at_its_words_in_the_article(generated):
    briefing = Briefing.objects.get(slug="bench-article-50")
    for statement in briefing.statements.all():
        assert briefing.text[statement.start : statement.end] == statement.text


def test_every_statement_is_scored_as_the_importer_scores_it(generated):
    unscored = Statement.objects.filter(check_worthiness__isnull=True)
    assert not unscored.exists()
    statement = Statement.objects.filter(check_worthiness__gte=50).first()
    assert statement.check_worthiness_reasons


def test_the_sentences_vary(generated):
    texts = list(Statement.objects.values_list("text", flat=True)[:500])
    assert len(set(texts)) > 450
    assert len({len(text) for text in texts}) > 50


def test_a_published_claim_renders_on_its_public_page(generated, client):
    version = ClaimVersion.objects.public().select_related("claim").first()
    response = client.get(f"/claims/{version.claim_id}/")
    assert response.status_code == 200
    assert version.rating_name in response.text
    assert version.evidence.exists() == (version.evidence.first().title in response.text)


def test_a_published_claim_is_served_by_the_api(generated, client):
    version = ClaimVersion.objects.public().first()
    response = client.get(f"/api/v1/claims/{version.claim_id}/")
    assert response.status_code == 200
    assert response.json()["rating"]["name"] == version.rating_name


def test_the_api_pages_through_every_public_claim_once(generated, client):
    """Its publication times are stored as Django stores them: written raw as aware datetimes,
    SQLite kept "+00:00" on them, which sorted after the same instant written by Django and made
    the claims cursor serve a page's last claim again at the top of the next."""
    seen, url = [], "/api/v1/claims/?page_size=7"
    while url:
        page = client.get(url).json()
        seen += [claim["id"] for claim in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(Claim.objects.public().values_list("pk", flat=True))


def test_it_refuses_to_generate_twice(generated):
    with pytest.raises(CommandError, match="already holds bench data"):
        generate("--force")
