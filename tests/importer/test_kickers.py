"""A kicker, the short label right above the headline, is dropped before extraction; a sentence or
a longer line there stays (reshaping._drop_kicker)."""

from briefings.importers import html


def _page(above):
    return (
        f"<html><body><article>{above}<h1>County closes two landfills</h1>"
        "<p>Marlow County will close its two remaining landfills by 2029, the board decided.</p>"
        "<p>The rail contract is worth $9.6 million a year for ten years.</p></article></body></html>"
    )


def _texts(page):
    return [text for block in html.parse_html(page).blocks for text in block.texts]


def test_a_one_word_label_above_the_headline_is_dropped():
    assert "Environment" not in _texts(_page('<p class="kicker">Environment</p>'))


def test_a_two_word_label_above_the_headline_is_dropped():
    assert "Communiqué de presse" not in _texts(_page("<p>Communiqué de presse</p>"))


def test_a_sentence_above_the_headline_stays():
    sentence = "Officials said the vote was close."
    assert sentence in _texts(_page(f"<p>{sentence}</p>"))
