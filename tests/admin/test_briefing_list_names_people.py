"""The briefing list names who imported each briefing as the desk names people everywhere: by
their full name, not their username."""

from django.urls import reverse

from briefings.importers import import_briefing

ARTICLE = "Port report\n\nThe port handled 140 ships last week.\n"


def briefing_list(client):
    return client.get(reverse("admin:briefings_briefing_changelist")).content.decode()


def test_the_briefing_list_names_the_importer_by_full_name(client, editor):
    editor.first_name, editor.last_name = "Eda", "Editor"
    editor.save()
    import_briefing(ARTICLE, filename="port.txt", imported_by=editor)
    client.force_login(editor)
    assert '<td class="field-importer">Eda Editor</td>' in briefing_list(client)


def test_the_briefing_list_falls_back_to_the_username_without_a_full_name(client, editor):
    import_briefing(ARTICLE, filename="port.txt", imported_by=editor)
    client.force_login(editor)
    assert '<td class="field-importer">editor</td>' in briefing_list(client)
