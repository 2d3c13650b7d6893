"""The import service with revisions: when a document is a new revision, "unchanged", or refused."""

import pytest

from briefings.importers import ImportRefused, import_briefing
from briefings.models import Briefing, Revision, Statement
from briefings.signals import revision_imported

from ..factories import make_user
from .conftest import SAMPLE, SLUG, revised

pytestmark = pytest.mark.django_db


@pytest.fixture
def briefing():
    return import_briefing(SAMPLE, slug=SLUG).briefing


def test_a_different_text_under_the_same_slug_is_revision_2(briefing):
    result = import_briefing(revised("date"), slug=SLUG)
    assert (result.outcome, result.revision.number) == ("revised", 2)


def test_the_briefing_reads_its_current_revision(briefing):
    import_briefing(revised("cut"), slug=SLUG)
    briefing.refresh_from_db()
    assert (briefing.current_revision.number, briefing.statements.count()) == (2, 40)


def test_the_briefing_keeps_the_new_text_and_its_checksum(briefing):
    result = import_briefing(revised("date"), slug=SLUG)
    briefing.refresh_from_db()
    assert (briefing.original, briefing.checksum) == (revised("date"), result.revision.checksum)


def test_earlier_revisions_keep_their_own_text(briefing):
    import_briefing(revised("date"), slug=SLUG)
    first = briefing.revisions.get(number=1)
    assert "February 24, 2022" in first.text
    assert first.statements.filter(text__contains="February 24, 2022").exists()


@pytest.mark.parametrize(
    "same",
    [
        SAMPLE + "\n",
        SAMPLE + "\n\n  \n",
        "\ufeff" + SAMPLE,
        SAMPLE.replace("\n", "\r\n"),
        SAMPLE.replace(".\n", ".  \n"),
    ],
    ids=["final-newline", "trailing-blank-lines", "bom", "crlf", "trailing-spaces"],
)
def test_the_same_text_after_normalising_is_unchanged(briefing, same):
    result = import_briefing(same, slug=SLUG)
    assert (result.outcome, Revision.objects.count()) == ("unchanged", 1)


def test_the_same_text_as_bytes_with_a_bom_and_final_newline_is_unchanged(briefing):
    result = import_briefing(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8") + b"\n", slug=SLUG)
    assert result.outcome == "unchanged"


def test_a_changed_text_under_a_slug_derived_from_its_title_is_refused():
    import_briefing(SAMPLE)
    with pytest.raises(ImportRefused, match="to import it as a new revision"):
        import_briefing(revised("date"))
    assert Revision.objects.count() == 1


def test_a_checker_may_not_import_a_revision(briefing):
    with pytest.raises(ImportRefused, match="may not import"):
        import_briefing(revised("date"), slug=SLUG, imported_by=make_user("checker", "Checker"))
    assert Revision.objects.count() == 1


def test_a_revision_without_statements_is_refused_and_changes_nothing(briefing):
    with pytest.raises(ImportRefused, match="No statements"):
        import_briefing("Only a title\n", slug=SLUG)
    briefing.refresh_from_db()
    assert (briefing.current_revision.number, Statement.objects.count()) == (1, 41)


def test_a_receiver_that_fails_rolls_the_whole_revision_back(briefing):
    def fail(**kwargs):
        raise RuntimeError("the claims could not follow")

    revision_imported.connect(fail, dispatch_uid="test-fail")
    try:
        with pytest.raises(RuntimeError):
            import_briefing(revised("date"), slug=SLUG)
    finally:
        revision_imported.disconnect(dispatch_uid="test-fail")
    briefing.refresh_from_db()
    assert (briefing.current_revision.number, Revision.objects.count(), briefing.original) == (1, 1, SAMPLE)


def test_the_revision_records_who_imported_it(briefing):
    editor = make_user("editor", "Editor")
    result = import_briefing(revised("date"), slug=SLUG, imported_by=editor)
    assert result.revision.imported_by == editor


def test_the_revision_records_its_counts(briefing):
    result = import_briefing(revised("cut"), slug=SLUG)
    assert result.revision.summary["removed"] == 1


def test_a_revision_takes_the_new_headline(briefing):
    result = import_briefing(
        revised("date").replace("Russia’s Proposals for Peace", "Russia’s Peace Terms"), slug=SLUG
    )
    assert (
        Briefing.objects.get().title
        == result.revision.title
        == "Russia’s Peace Terms Negotiations with the U.S."
    )


def test_a_revision_keeps_the_status_and_editors_note(briefing):
    briefing.status, briefing.note = Briefing.Status.PUBLISHED, "Examples only."
    briefing.save()
    import_briefing(revised("date"), slug=SLUG)
    briefing.refresh_from_db()
    assert (briefing.status, briefing.note) == ("published", "Examples only.")


def test_a_revision_without_a_title_of_its_own_keeps_the_articles(briefing):
    untitled = "\n\n".join(revised("date").split("\n")[3:])  # Markdown paragraphs, no heading
    result = import_briefing(untitled, slug=SLUG, format="markdown")
    briefing.refresh_from_db()
    assert result.outcome == "revised"
    assert briefing.title == "Russia’s Proposals for Peace Negotiations with the U.S."


def test_an_earlier_revisions_statement_points_at_its_revision_page(briefing):
    import_briefing(revised("date"), slug=SLUG)
    statement = Statement.objects.get(revision__number=1, position=3)
    assert statement.get_absolute_url() == f"/briefings/{SLUG}/revisions/1/#s-3"


def test_a_revision_is_read_in_the_language_an_editor_set(briefing):
    Briefing.objects.filter(pk=briefing.pk).update(language="de")
    import_briefing(revised("date"), slug=SLUG)
    briefing.refresh_from_db()
    assert briefing.language == "de"


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Port strike ends</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike ends</h1>
<p>The port handled 140 ships last week. Unions say 2,000 workers returned on Monday.</p>
<p>The harbour master expects traffic to recover by March.</p></article>
<footer>{footer}</footer></body></html>"""


def test_a_page_saved_again_with_another_footer_is_unchanged():
    first = import_briefing(PAGE.format(footer="© 2026 The Ledger"), format="html", slug="port")
    again = import_briefing(PAGE.format(footer="© 2027 The Ledger · Privacy"), format="html", slug="port")
    assert (again.outcome, again.briefing.pk, Revision.objects.count()) == ("unchanged", first.briefing.pk, 1)
    assert "only outside the article's text" in again.summary()


def test_a_page_saved_again_without_a_slug_is_unchanged_not_refused():
    first = import_briefing(PAGE.format(footer="© 2026 The Ledger"), format="html")
    again = import_briefing(PAGE.format(footer="<script>track()</script>"), format="html")
    assert (again.outcome, again.briefing.pk) == ("unchanged", first.briefing.pk)


def test_a_page_whose_article_changed_is_a_revision():
    import_briefing(PAGE.format(footer=""), format="html", slug="port")
    changed = PAGE.format(footer="").replace("140 ships", "150 ships")
    assert import_briefing(changed, format="html", slug="port").outcome == "revised"


BYLINED = PAGE.replace("<title>", '<meta name="author" content="{author}"><title>')


def test_it_keeps_a_new_byline_from_a_page_that_reads_the_same():
    """Only the article's text had been compared: a corrected byline was dropped as "unchanged"."""
    import_briefing(BYLINED.format(author="Jane Roe", footer=""), format="html", slug="port")
    again = import_briefing(BYLINED.format(author="John Doe", footer=""), format="html", slug="port")
    assert (again.outcome, Briefing.objects.get(slug="port").byline) == ("revised", "John Doe")


def test_the_same_text_with_another_outlet_says_the_outlet_was_not_applied(briefing):
    result = import_briefing(SAMPLE, slug=SLUG, metadata={"outlet": "The Other Herald"})
    briefing.refresh_from_db()
    assert (result.outcome, briefing.outlet) == ("unchanged", "")
    assert "the outlet given differs from the briefing's and was not applied" in result.summary()


def test_the_same_text_with_the_same_details_says_nothing_more(briefing):
    result = import_briefing(SAMPLE, slug=SLUG, metadata={"outlet": briefing.outlet})
    assert result.replies == []
