"""manage.py import_briefing PATH: an article from a file, as a briefing.

`--user` only records who imported it: the command asks no rule of that person."""

import os

import pytest
from django.core.management import CommandError, call_command

from briefings.demo import SAMPLE_BRIEFING
from briefings.models import Briefing

from ..stores import stores_down


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("import_briefing", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_it_imports_a_file_and_says_what_it_made():
    output = run(str(SAMPLE_BRIEFING), "--slug", "peace")
    assert output.startswith("created: “Russia’s Proposals for Peace Negotiations with the U.S.” (peace)")
    assert "6 sections, 41 statements" in output


@pytest.mark.django_db
def test_it_says_unchanged_the_second_time():
    run(str(SAMPLE_BRIEFING))
    assert run(str(SAMPLE_BRIEFING)).startswith("unchanged:")
    assert Briefing.objects.count() == 1


@pytest.mark.django_db
def test_it_records_the_importing_user(editor):
    run(str(SAMPLE_BRIEFING), "--user", editor.username)
    assert Briefing.objects.get().imported_by == editor


@pytest.mark.django_db
def test_it_refuses_a_user_who_may_not_import(checker):
    with pytest.raises(CommandError, match="may not import briefings"):
        run(str(SAMPLE_BRIEFING), "--user", checker.username)
    assert Briefing.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_a_missing_user():
    with pytest.raises(CommandError, match="No such user: nobody"):
        run(str(SAMPLE_BRIEFING), "--user", "nobody")
    assert Briefing.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_with_a_message_while_redis_is_down(settings):
    with stores_down(settings, "pages"), pytest.raises(CommandError, match="^Nothing was saved"):
        run(str(SAMPLE_BRIEFING))
    assert Briefing.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run(str(tmp_path / "missing.txt"))


@pytest.mark.django_db
def test_it_reports_a_refusal_as_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(CommandError, match="^The document is empty.$"):
        run(str(empty))


@pytest.mark.django_db
def test_it_refuses_an_oversized_file_before_reading_it(tmp_path, settings):
    settings.FACTDESK_MAX_DOCUMENT_BYTES = 10
    big = tmp_path / "big.txt"
    big.write_text("Title\nA sentence that is long enough.\n")
    with pytest.raises(CommandError, match="the limit is"):
        run(str(big))


@pytest.mark.django_db
def test_it_honours_an_explicit_format(tmp_path):
    page = tmp_path / "article.txt"
    page.write_text("# A Markdown title\n\nOne sentence here.\n")
    run(str(page), "--format", "markdown")
    assert Briefing.objects.get().title == "A Markdown title"


@pytest.mark.django_db
def test_it_imports_a_file_whose_name_is_not_utf8(tmp_path):
    """Linux hands such a name over with lone surrogates, which no database stores: it crashed
    the command (found by tests/importer/test_fuzzing.py)."""
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9-prices.txt")
    with open(path, "wb") as file:
        file.write(b"Cafe prices\nCoffee costs more than last year.\n")
    assert run(os.fsdecode(path)).startswith("created:")
    assert Briefing.objects.get().original_filename == "caf-prices.txt"
