"""A page's own buttons and notes are dropped; sentences holding their words stay
(page_tools.is_page_tool)."""

from briefings.importers.page_tools import is_page_tool


def test_a_print_button_is_a_page_tool():
    assert is_page_tool("Print this page")


def test_a_german_print_button_is_a_page_tool():
    assert is_page_tool("Seite drucken")


def test_a_french_share_button_is_a_page_tool():
    assert is_page_tool("Partager la page")


def test_a_sentence_about_printing_is_no_page_tool():
    assert not is_page_tool("Print runs fell by a third in 2025.")


def test_a_podcast_players_links_are_a_page_tool():
    assert is_page_tool("Listen on Apple Podcasts · Spotify · Overcast · Pocket Casts")


def test_a_turkish_listen_on_spotify_is_a_page_tool():
    assert is_page_tool("Spotify'da dinle")


def test_a_download_with_its_file_size_is_a_page_tool():
    assert is_page_tool("Download the full report (PDF, 3.2 MB)")


def test_a_sentence_pointing_to_a_pdf_without_a_size_is_no_page_tool():
    assert not is_page_tool("The ministry published its findings (PDF).")


def test_a_suggested_citation_is_a_page_tool():
    assert is_page_tool("Zitiervorschlag: Sozialverband Nord (2026): Pflegenotstand in Heimen. Kiel.")


def test_a_feedback_box_is_a_page_tool():
    assert is_page_tool("Is this page useful?")


def test_a_press_releases_head_is_a_page_tool():
    assert is_page_tool("FOR IMMEDIATE RELEASE")


def test_a_pinned_entrys_label_is_a_page_tool():
    assert is_page_tool("Vastgepind bericht")


def test_a_gallerys_counter_is_a_page_tool():
    assert is_page_tool("Bild 1 av 4")


def test_a_print_views_page_address_is_a_page_tool():
    assert is_page_tool("Endereço da página: https://www.correiodosul.example/cidades/onibus-noturnos")


def test_an_agencys_reproduction_notice_is_a_page_tool():
    assert is_page_tool("RIPRODUZIONE RISERVATA © Copyright Agenzia Italia Notizie")


def test_a_members_only_transcript_note_is_a_page_tool():
    assert is_page_tool("Transcript available for members.")


def test_a_sentence_about_a_discount_for_members_is_no_page_tool():
    assert not is_page_tool("Discounts are available to members.")


def test_a_podcasts_credits_are_a_page_tool():
    assert is_page_tool("Produced by Lena Wu. Music by Blue Dot Sessions.")


def test_a_sentence_about_music_by_a_composer_is_no_page_tool():
    assert not is_page_tool("Music by Bach was played at the funeral.")
