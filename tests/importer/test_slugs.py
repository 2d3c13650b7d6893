"""The slug derived from a headline in a script without an ASCII spelling (Chinese, Cyrillic,
Greek, Arabic…): slugify keeps only its numbers, so two different articles that both mention 2027
were given the same slug "2027", and the second was refused as a changed document (an eighth
outside test of real pages, 2026-12)."""

import pytest

from briefings.importers import import_briefing

CHINESE = "高鐵南延屏東 交通部：2027年動工\n交通部今天表示，高鐵延伸屏東計畫預計2027年動工。\n"
BULGARIAN = "Парламентът прие бюджета за 2027 г.\nНародното събрание прие бюджета на първо четене.\n"


@pytest.mark.django_db
def test_two_different_headlines_that_keep_only_the_same_number_get_different_slugs():
    first = import_briefing(CHINESE).briefing
    second = import_briefing(BULGARIAN).briefing
    assert first.slug != second.slug


@pytest.mark.django_db
def test_a_headline_without_an_ascii_spelling_keeps_its_number_in_the_slug():
    assert import_briefing(CHINESE).briefing.slug.startswith("2027-")


@pytest.mark.django_db
def test_the_same_document_without_an_ascii_spelling_imported_again_is_unchanged():
    import_briefing(CHINESE)
    assert import_briefing(CHINESE).outcome == "unchanged"


@pytest.mark.django_db
def test_a_latin_headline_with_a_few_accents_keeps_its_plain_slug():
    text = "Łódź zamyka most na Wiśle w 2027\nMiasto zamknie most w marcu.\n"
    assert import_briefing(text).briefing.slug == "odz-zamyka-most-na-wisle-w-2027"
