"""Bad input gets a clear one-line message and leaves the database untouched."""

import pytest

from briefings.importers import ImportRefused, import_briefing
from briefings.models import Briefing, Section, Statement

SAMPLE_SHAPE = "A title\nA first sentence. A second one.\n"


def assert_nothing_stored():
    assert Briefing.objects.count() == 0
    assert Section.objects.count() == 0
    assert Statement.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "The document is empty."),
        ("   \n\t\n  ", "The document is empty."),
        (b"", "The document is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This looks like a binary file"),
        ("Title\x00\nSentence.", "This looks like a binary file"),
        (b"Caf\xe9 au lait\nIt is good.", "The document is not valid UTF-8 text"),
        ("Only a title", "No statements found"),
        ("Title\ud800\nA sentence.", "not valid Unicode"),
    ],
)
def test_it_refuses_bad_documents(data, message):
    with pytest.raises(ImportRefused, match=message):
        import_briefing(data)
    assert_nothing_stored()


@pytest.mark.django_db
def test_it_refuses_documents_over_the_size_limit(settings):
    settings.FACTDESK_MAX_DOCUMENT_BYTES = 1000
    with pytest.raises(ImportRefused, match=r"the limit is 0\.0 MB"):
        import_briefing("Title\n" + "A sentence. " * 100)
    assert_nothing_stored()


@pytest.mark.django_db
def test_it_refuses_html_without_article_text():
    page = "<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(ImportRefused, match="No article text found in the HTML page."):
        import_briefing(page)
    assert_nothing_stored()


@pytest.mark.django_db
def test_it_refuses_a_page_of_navigation_links_only():
    links = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(40))
    page = f"<html><head><title>Menu | Site</title></head><body><nav><ul>{links}</ul></nav></body></html>"
    with pytest.raises(ImportRefused, match="No article text found in the HTML page."):
        import_briefing(page)
    assert_nothing_stored()


@pytest.mark.django_db
def test_a_page_whose_own_words_run_between_its_links_is_imported():
    """The words after a link are the page's, not the link's."""
    links = " ".join(
        f"<a href='/s{n}'>Section {n}</a> said the port handled {n} ships last week." for n in range(5)
    )
    page = f"<html><head><title>Port</title></head><body><article><p>{links}</p></article></body></html>"
    assert import_briefing(page).briefing.statements.exists()


@pytest.mark.django_db
def test_it_refuses_a_page_holding_only_a_cookie_notice():
    page = (
        "<html lang='en'><head><title>News</title></head><body><div class='consent'><p>We use cookies to "
        "personalise content and ads and to analyse our traffic.</p><button>Accept all cookies</button>"
        "</div></body></html>"
    )
    with pytest.raises(ImportRefused, match="No article text found in the HTML page."):
        import_briefing(page)
    assert_nothing_stored()


@pytest.mark.django_db
def test_it_refuses_an_unknown_format():
    with pytest.raises(ImportRefused, match="Unknown format"):
        import_briefing(SAMPLE_SHAPE, format="pdf")


@pytest.mark.django_db
def test_it_refuses_an_invalid_slug():
    with pytest.raises(ImportRefused, match="is not a valid slug"):
        import_briefing(SAMPLE_SHAPE, slug="no spaces please")
    assert_nothing_stored()


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["two\nlines", "carriage\rreturn", "\u2028", "tab\there"])
def test_it_refuses_a_slug_with_a_line_break_in_one_line(slug):
    """The refusal names the slug; a line break in it made a two-line message (found by
    tests/importer/test_fuzzing.py)."""
    with pytest.raises(ImportRefused) as refusal:
        import_briefing(SAMPLE_SHAPE, slug=slug)
    assert str(refusal.value).isprintable()
    assert_nothing_stored()


@pytest.mark.django_db
def test_it_refuses_an_unknown_format_in_one_line():
    with pytest.raises(ImportRefused) as refusal:
        import_briefing(SAMPLE_SHAPE, format="pdf\n")
    assert str(refusal.value).isprintable()


@pytest.mark.django_db
def test_it_keeps_only_the_printable_characters_of_a_file_name():
    """A lone surrogate (an undecodable byte in a path) or a NUL, which PostgreSQL refuses, made
    storing the briefing crash (found by tests/importer/test_fuzzing.py)."""
    briefing = import_briefing(SAMPLE_SHAPE, filename="no\x00tes\ud800\n.txt").briefing
    assert briefing.original_filename == "notes.txt"


@pytest.mark.django_db
def test_it_decodes_html_in_its_declared_charset():
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9 prices rise</title></head><body><article>'
        "<h1>Caf\xe9 prices rise</h1><p>"
        + "Coffee in the city's caf\xe9s now costs more than last year. " * 5
        + "</p></article></body></html>"
    ).encode("iso-8859-1")
    briefing = import_briefing(page, filename="page.html").briefing
    assert briefing.title == "Café prices rise"


@pytest.mark.django_db
def test_it_refuses_html_declaring_a_charset_that_decodes_nothing():
    """Python's "undefined" codec raises a bare UnicodeError, not a UnicodeDecodeError (found by
    tests/importer/test_fuzzing.py)."""
    page = b'<html><head><meta charset="undefined"></head><body><p>Caf\xe9 au lait.</p></body></html>'
    with pytest.raises(
        ImportRefused, match="declares the charset “undefined”, which is not a character encoding"
    ):
        import_briefing(page, format="html")
    assert_nothing_stored()


@pytest.mark.django_db
def test_importing_the_same_document_twice_creates_no_duplicate(sample_bytes):
    first = import_briefing(sample_bytes)
    second = import_briefing(sample_bytes)
    assert first.outcome == "created"
    assert second.outcome == "unchanged"
    assert second.briefing == first.briefing
    assert Briefing.objects.count() == 1
    assert Statement.objects.count() == 41


@pytest.mark.django_db
def test_pasting_the_same_document_with_windows_line_ends_is_unchanged(sample_bytes):
    import_briefing(sample_bytes)
    again = import_briefing(sample_bytes.decode("utf-8").replace("\n", "\r\n"))
    assert again.outcome == "unchanged"


@pytest.mark.django_db
def test_a_different_document_under_a_slug_given_explicitly_becomes_its_next_revision(sample_bytes):
    import_briefing(sample_bytes, slug="peace")
    result = import_briefing(SAMPLE_SHAPE, slug="peace")
    assert (result.outcome, result.revision.number, Briefing.objects.count()) == ("revised", 2, 1)


@pytest.mark.django_db
def test_a_changed_article_with_the_same_title_is_refused(sample_bytes):
    import_briefing(sample_bytes)
    changed = sample_bytes.decode("utf-8").replace("three weeks", "four weeks")
    with pytest.raises(ImportRefused, match="A different document is already imported"):
        import_briefing(changed)
    assert Statement.objects.count() == 41


@pytest.mark.django_db
def test_a_failure_while_storing_leaves_nothing_behind(monkeypatch, sample_bytes):
    save = Briefing.save

    def fail_once_the_statements_are_stored(briefing, *args, **kwargs):
        if kwargs.get("update_fields") == ["current_revision"]:  # the last write of an import
            assert Statement.objects.exists()
            raise RuntimeError("disk full")
        return save(briefing, *args, **kwargs)

    monkeypatch.setattr(Briefing, "save", fail_once_the_statements_are_stored)
    with pytest.raises(RuntimeError):
        import_briefing(sample_bytes)
    assert_nothing_stored()


@pytest.mark.django_db
def test_it_refuses_more_statements_than_a_briefing_holds(settings):
    settings.FACTDESK_MAX_STATEMENTS = 5
    text = "Many sentences\n" + "".join(f"Sentence number {i} says something.\n" for i in range(6))
    with pytest.raises(ImportRefused, match=r"^The document has 6 statements; a briefing holds at most 5 "):
        import_briefing(text)
    assert not Briefing.objects.exists()
