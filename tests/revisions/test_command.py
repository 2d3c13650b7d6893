"""`import_briefing --slug` with a changed document: one line naming the revision and its counts."""

import io

import pytest
from django.core.management import CommandError, call_command

from .conftest import SLUG, revised

pytestmark = pytest.mark.django_db


def run(tmp_path, text, slug=SLUG):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("import_briefing", str(path), f"--slug={slug}", stdout=out)
    return out.getvalue()


def test_it_prints_one_line_naming_the_revision_and_its_counts(tmp_path, newsroom):
    output = run(tmp_path, revised("cut", "new"))
    assert output.count("\n") == 1
    assert output.startswith(
        "revised: “Russia’s Proposals for Peace Negotiations with the U.S.” (peace), revision 2: "
    )
    assert "40 kept, 0 moved, 0 changed, 2 new, 1 removed statements; claims: 9 exact, 1 orphaned" in output


def test_it_says_unchanged_for_the_same_text_with_a_final_newline(tmp_path, newsroom):
    output = run(tmp_path, revised() + "\n")
    assert output.startswith("unchanged:")


def test_it_refuses_a_changed_document_under_a_slug_derived_from_its_title(tmp_path, db):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(revised(), encoding="utf-8")
    second.write_text(revised("date"), encoding="utf-8")
    call_command("import_briefing", str(first), stdout=io.StringIO())
    with pytest.raises(CommandError, match="to import it as a new revision of that briefing give its slug"):
        call_command("import_briefing", str(second), stdout=io.StringIO())
