"""The briefing's desk page names the people behind its revisions and its corrections of the split
as the desk names people everywhere: by their full name, not their username (an outside tester's
finding: the revisions table and the corrections read "editor" beside "Eda Editor" elsewhere)."""

import pytest
from django.urls import reverse

from briefings.editing import hide_statement
from briefings.importers import import_briefing

ARTICLE = "Port report\n\nThe port handled 140 ships last week. Officials expect more.\n"
REVISED = "Port report\n\nThe port handled 150 ships last week. Officials expect more.\n"


@pytest.fixture
def eda(editor):
    editor.first_name, editor.last_name = "Eda", "Editor"
    editor.save()
    return editor


@pytest.fixture
def revised_briefing(eda):
    briefing = import_briefing(ARTICLE, slug="port", imported_by=eda).briefing
    import_briefing(REVISED, slug="port", imported_by=eda)
    return briefing


def desk_page(client, briefing):
    return client.get(reverse("admin:briefings_briefing_change", args=[briefing.pk])).content.decode()


def test_the_revisions_table_names_the_importer_by_full_name(client, eda, revised_briefing):
    client.force_login(eda)
    assert "<td>Eda Editor</td>" in desk_page(client, revised_briefing)


def test_a_revision_page_names_its_importer_by_full_name(client, eda, revised_briefing):
    client.force_login(eda)
    page = client.get(reverse("admin:briefings_briefing_revision", args=[revised_briefing.pk, 1]))
    assert "by Eda Editor" in page.content.decode()


def test_the_corrections_of_the_split_name_the_editor_by_full_name(client, eda):
    briefing = import_briefing(ARTICLE, slug="port", imported_by=eda).briefing
    hide_statement(statement=briefing.statements.get(position=2), user=eda)
    client.force_login(eda)
    assert "— Eda Editor, " in desk_page(client, briefing)


def test_the_import_details_name_the_importer_by_full_name(client, eda, revised_briefing):
    client.force_login(eda)
    page = desk_page(client, revised_briefing)
    field = page[page.index("field-importer") :]
    assert field[: field.index("</div>\n")].count("Eda Editor") == 1
