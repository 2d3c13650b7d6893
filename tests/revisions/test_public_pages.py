"""What readers see of a revised article: the article itself (/briefings/<slug>/), with each
verdict where its claim stands now, and every revision at /briefings/<slug>/revisions/<n>/."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from briefings.importers import import_briefing
from briefings.models import Briefing
from factcheck import services
from factcheck.models import Claim

from ..factories import make_claim, make_long_published_briefing, make_staff, make_user, publish
from ..public.json_ld import json_ld_blocks
from .public_world import SLUG, publish_first_text, revise

pytestmark = pytest.mark.django_db

ARTICLE = f"/briefings/{SLUG}/"
FIRST_TEXT = f"/briefings/{SLUG}/revisions/1/"
SECOND_TEXT = f"/briefings/{SLUG}/revisions/2/"


def read(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def verdict_at(page, anchor):
    """The article's markup for the statement `anchor`, from its tag to the next statement's."""
    at = page.index(f'id="{anchor}"')
    end = page.find('id="s-', at + 1)
    return page[page.rindex("<", 0, at) : page.rindex("<", 0, end) if end != -1 else len(page)]


# -- the article ---------------------------------------------------------------------------------


def test_the_article_shows_a_moved_statements_verdict_where_the_statement_now_is(client):
    revise()
    page = read(client, ARTICLE)
    assert "<details" in verdict_at(page, "s-5")
    assert "Claim:</span> The port handled 140 ships last week." in verdict_at(page, "s-5")


def test_the_article_leaves_the_statement_that_took_a_moved_ones_place_unchecked(client):
    revise()
    assert "Not yet checked" in verdict_at(read(client, ARTICLE), "s-1")


def test_the_article_does_not_place_a_verdict_whose_statement_was_removed(client):
    revise()
    page = read(client, ARTICLE)
    assert "Officials expect more." not in page
    assert "3 of 5 statements checked" in page
    assert "Accurate (3)" in page


def test_the_article_lists_the_checks_of_removed_statements_with_their_pages(client):
    revised = revise()
    page = read(client, ARTICLE)
    removed = page[page.index("Checks of statements no longer in the article") :]
    assert f'href="/claims/{revised.claims["orphaned"].pk}/">Officials expect more ships.</a>' in removed
    assert "Removed in the revision of 14 March 2026" in removed


def test_the_articles_claim_reviews_leave_out_the_removed_claim(client):
    revised = revise()
    urls = {review["url"] for review in json_ld_blocks(read(client, ARTICLE))}
    assert len(urls) == 3
    assert not any(url.endswith(f"/claims/{revised.claims['orphaned'].pk}/") for url in urls)


def test_the_article_says_when_it_was_updated(client):
    revise()
    assert '<time datetime="2026-03-14T09:00:00+00:00">14 March 2026</time>' in read(client, ARTICLE)


def test_the_article_links_each_earlier_revision(client):
    revise()
    page = read(client, ARTICLE)
    earlier = page[page.index("Earlier versions of this article") :]
    assert f'<a href="{FIRST_TEXT}">Revision 1</a>, imported 5 January 2026: “Harbour report”' in earlier
    assert SECOND_TEXT not in earlier


def test_an_article_never_revised_says_nothing_of_updates(client):
    publish_first_text()
    page = read(client, ARTICLE)
    assert "Updated on" not in page
    assert "Earlier versions" not in page


def test_a_verdict_on_a_reworded_statement_shows_the_wording_it_checked(client):
    revise()
    statement = verdict_at(read(client, ARTICLE), "s-4")
    assert "The budget is 4 million euros." in statement
    assert "The article’s wording changed after this check." in statement
    assert "The wording checked: “The budget is 3 million euros.”" in statement


def test_only_the_reworded_statements_verdict_carries_the_notice(client):
    revise()
    assert read(client, ARTICLE).count("wording changed after this check") == 1


def test_the_notice_goes_once_an_editor_confirms_the_new_wording(client):
    revised = revise()
    services.confirm_anchor(claim=revised.claim("changed"), user=make_user("ed", "Editor"))
    assert "wording changed after this check" not in read(client, ARTICLE)


def test_the_notice_goes_once_a_new_version_checks_the_new_wording(client):
    revised = revise()
    publish(revised.claim("changed"))
    page = read(client, ARTICLE)
    assert "wording changed after this check" not in page
    assert "Claim:</span> The budget is 3 million euros." in verdict_at(page, "s-4")


def test_the_article_shows_the_new_text_at_once_after_a_revision(client):
    """Nothing caches the public pages: the next reader reads the new revision."""
    briefing, _ = publish_first_text()
    assert "Traffic rose again." not in read(client, ARTICLE)
    import_briefing(f"{briefing.title}\nTraffic rose again.\n", slug=SLUG)
    assert "Traffic rose again." in read(client, ARTICLE)


def test_the_preview_of_a_revised_draft_links_the_earlier_revisions_previews(client):
    revise(status=Briefing.Status.DRAFT)
    client.force_login(make_user("ed", "Editor"))
    page = read(client, reverse("briefing-preview", args=[SLUG]))
    assert f'href="{FIRST_TEXT}preview/">Revision 1</a>' in page


def queries_to_read(client, path):
    with CaptureQueriesContext(connection) as queries:
        read(client, path)
    return len(queries)


def revised_times(briefing, revisions):
    """`briefing` imported again `revisions - 1` times, a sentence longer each time."""
    text = briefing.original
    for number in range(2, revisions + 1):
        text += f"Revision {number} adds a sentence.\n"
        import_briefing(text, slug=briefing.slug)
    return briefing


def test_the_article_runs_as_many_queries_however_many_revisions_it_has(client):
    once = make_long_published_briefing(20)
    often = revised_times(make_long_published_briefing(21), 5)
    assert queries_to_read(client, once.get_absolute_url()) == queries_to_read(
        client, often.get_absolute_url()
    )


# -- a revision's page ---------------------------------------------------------------------------


def test_a_revision_page_shows_that_revisions_text(client):
    revise()
    page = read(client, FIRST_TEXT)
    assert "<h1>Harbour report</h1>" in page
    assert '<span class="statement" id="s-2">Officials expect more.</span>' in page
    assert "Traffic rose again." not in page


def test_a_revision_page_keeps_the_articles_paragraphs_lists_and_headings(client):
    publish_first_text()
    briefing = Briefing.objects.get(slug=SLUG)
    import_briefing(
        "# Harbour report\n\n## Quays\n\n- One quay opened.\n- Two closed.\n\nIt rained.\n", slug=SLUG
    )
    page = read(client, reverse("briefing-revision", args=[briefing.slug, 2]))
    assert "<h2>Quays</h2>" in page
    assert '<ul class="article-list"><li><span class="statement" id="s-1">One quay opened.</span>' in page


def test_a_revision_page_says_which_revision_it_is_and_links_the_article(client):
    revise()
    page = read(client, FIRST_TEXT)
    assert "<strong>Revision 1 of 2</strong>, imported 5 January 2026." in page
    assert f'<a href="{ARTICLE}">read the current article</a>' in page


def test_the_current_revisions_page_says_it_is_the_current_text(client):
    revise()
    assert "This is the article’s current text" in read(client, SECOND_TEXT)


def test_a_revision_page_links_the_revisions_before_and_after_it(client):
    revise()
    assert f'<a rel="next" href="{SECOND_TEXT}">Revision 2 →</a>' in read(client, FIRST_TEXT)
    assert f'<a rel="prev" href="{FIRST_TEXT}">← Revision 1</a>' in read(client, SECOND_TEXT)


def test_a_revision_page_marks_the_statements_published_verdicts_checked(client):
    revised = revise()
    page = read(client, FIRST_TEXT)
    for outcome in ("moved", "orphaned", "exact", "changed"):
        assert f'href="/claims/{revised.claims[outcome].pk}/">(fact-checked)</a>' in page


def test_the_current_revisions_page_marks_where_the_claims_stand_now(client):
    revised = revise()
    page = read(client, SECOND_TEXT)
    moved = page[page.index('id="s-5"') :]
    assert f'href="/claims/{revised.claims["moved"].pk}/"' in moved
    assert f'href="/claims/{revised.claims["orphaned"].pk}/"' not in page


def test_a_revision_page_does_not_mark_a_statement_only_an_unpublished_claim_is_made_of(client):
    briefing = import_briefing("Quay news\nThe quay opened. The quay closed.\n", slug="quay-news").briefing
    published = make_claim(
        Claim.Status.PUBLISHED, checked=True, statement=briefing.statements.get(position=1)
    )
    make_claim(Claim.Status.IN_REVIEW, checked=True, statement=briefing.statements.get(position=2))
    Briefing.objects.filter(pk=briefing.pk).update(status=Briefing.Status.PUBLISHED)
    page = read(client, reverse("briefing-revision", args=["quay-news", 1]))
    assert page.count("(fact-checked)") == 1
    assert f'href="/claims/{published.pk}/">(fact-checked)</a>' in page


def test_a_revision_that_does_not_exist_is_not_found(client):
    revise()
    assert client.get(reverse("briefing-revision", args=[SLUG, 3])).status_code == 404


def test_a_revision_of_an_unknown_briefing_is_not_found(client, db):
    assert client.get(reverse("briefing-revision", args=["no-such-briefing", 1])).status_code == 404


@pytest.mark.parametrize("role", [None, "Checker", "Editor"])
def test_a_draft_articles_revision_is_not_found_by_anyone_at_its_public_address(client, role):
    revise(status=Briefing.Status.DRAFT)
    if role:
        client.force_login(make_user("someone", role))
    assert client.get(FIRST_TEXT).status_code == 404


def test_a_withdrawn_articles_revision_is_gone(client):
    revised = revise()
    services.withdraw_briefing(briefing=revised.briefing, user=make_user("ed", "Editor"), reason="Libel.")
    response = client.get(FIRST_TEXT)
    assert response.status_code == 410
    assert "Libel." in response.content.decode()


def test_a_revision_page_refuses_post(client):
    revise()
    assert client.post(FIRST_TEXT).status_code == 405


def test_staff_preview_a_draft_articles_revision(client):
    revise(status=Briefing.Status.DRAFT)
    client.force_login(make_user("ed", "Editor"))
    page = read(client, f"{FIRST_TEXT}preview/")
    assert "Preview: not public." in page
    assert '<meta name="robots" content="noindex">' in page
    assert "Officials expect more." in page


@pytest.mark.parametrize("who", ["anonymous", "staff without a role"])
def test_a_revisions_preview_is_not_found_by_anyone_but_the_desk(client, who):
    revise(status=Briefing.Status.DRAFT)
    if who != "anonymous":
        client.force_login(make_staff())
    assert client.get(f"{FIRST_TEXT}preview/").status_code == 404


def test_a_revisions_preview_refuses_post(client):
    revise(status=Briefing.Status.DRAFT)
    client.force_login(make_user("ed", "Editor"))
    assert client.post(f"{FIRST_TEXT}preview/").status_code == 405


@pytest.mark.parametrize("statement_count", [10, 500])
def test_a_revision_page_runs_a_constant_number_of_queries(
    client, statement_count, django_assert_max_num_queries
):
    briefing = revised_times(make_long_published_briefing(statement_count), 3)
    with django_assert_max_num_queries(6):
        read(client, reverse("briefing-revision", args=[briefing.slug, 2]))


def test_a_revision_page_runs_as_many_queries_for_a_long_text_as_for_a_short_one(client):
    short = make_long_published_briefing(10)
    long = make_long_published_briefing(200)
    assert queries_to_read(client, reverse("briefing-revision", args=[short.slug, 1])) == queries_to_read(
        client, reverse("briefing-revision", args=[long.slug, 1])
    )


@pytest.mark.parametrize("path", [ARTICLE, FIRST_TEXT, "/"])
def test_no_page_loads_the_revisions_documents(client, path):
    revise()
    with CaptureQueriesContext(connection) as queries:
        read(client, path)
    sql = " ".join(query["sql"] for query in queries)
    assert '"briefings_revision"."original"' not in sql
    assert '"briefings_revision"."text"' not in sql
