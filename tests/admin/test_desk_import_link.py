"""My desk opens on the day's first step: an editor imports a briefing from it in one click."""

from django.urls import reverse

IMPORT = reverse("admin:briefings_briefing_import")


def test_my_desk_offers_an_editor_import_a_briefing(client, editor):
    client.force_login(editor)
    assert f'href="{IMPORT}">Import a briefing</a>' in client.get(reverse("admin:index")).text


def test_my_desk_offers_no_import_to_a_checker(client, checker):
    client.force_login(checker)
    assert IMPORT not in client.get(reverse("admin:index")).text


def test_the_briefings_section_page_offers_import_once(client, editor):
    client.force_login(editor)
    page = client.get(reverse("admin:app_list", args=["briefings"])).text
    assert page.count(f'href="{IMPORT}"') == 1
