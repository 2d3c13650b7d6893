"""A site's address line, imprint and about-us blurb are dropped; sentences like them stay
(imprint.is_imprint, imprint.drop_trailing_blurbs)."""

from briefings.importers import html
from briefings.importers.imprint import is_imprint, is_postal_address

from .cpu_time import cpu_seconds_at_most


def test_an_address_line_with_a_telephone_number_is_imprint():
    assert is_imprint("Valley Watch, 1150 N Street, Suite 210, Fresno, CA 93721 · (559) 555-0142")


def test_a_german_publisher_address_line_is_imprint():
    assert is_imprint("Werra-Kurier eG · Marktstraße 9 · 37269 Eschwege · Telefon 05651 0000-0")


def test_a_sentence_giving_a_telephone_number_and_an_address_is_not_imprint():
    assert not is_imprint("People who need a bed can call 0800 123 4567 or come to 212 Leith Walk after 8pm.")


def test_a_line_of_figures_with_a_long_number_is_not_imprint():
    assert not is_imprint(
        "The fund paid out 1 250 000 euros to 3 400 families in the first year of the scheme"
    )


def test_an_italian_registration_line_is_imprint():
    assert is_imprint(
        "Testata giornalistica registrata presso il Tribunale di Lecce n. 12/2012. Direttore responsabile: Antonio Greco."
    )


def test_an_about_us_paragraph_opening_with_its_label_is_imprint():
    assert is_imprint("Chi siamo. Salento Sera è un quotidiano online indipendente fondato a Lecce nel 2012.")


def test_a_sentence_opening_with_about_is_not_imprint():
    assert is_imprint("About us: the council said nothing, and residents were left to guess.")


def test_a_sentence_about_a_company_is_not_imprint():
    assert not is_imprint("The company is registered in Delaware and employs 40 people in Leeds.")


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Growers fined</title>
<meta property="og:site_name" content="Valley Watch"></head><body><div class="article"><h1>Growers fined</h1>
<div class="text">{paragraphs}</div></div></body></html>"""
FACTS = [
    "The water board has fined three almond growers a combined $1.2 million for pumping during the order.",
    "Board records show the growers drew about 2,900 acre-feet of water in five weeks.",
]
BLURB = "Valley Watch is a nonprofit, nonpartisan newsroom covering water and farming in the Central Valley."


def texts(paragraphs):
    page = PAGE.format(paragraphs="".join(f"<p>{text}</p>" for text in paragraphs))
    return [text for block in html.parse_html(page).blocks for text in block.texts]


def test_the_outlets_blurb_at_the_end_of_the_article_is_dropped():
    assert texts([*FACTS, BLURB]) == FACTS


def test_the_outlets_description_of_itself_at_the_start_of_an_article_stays():
    assert texts([BLURB, *FACTS]) == [BLURB, *FACTS]


def test_an_article_that_is_only_the_outlets_description_is_kept():
    assert texts([BLURB]) == [BLURB]


def test_an_address_rule_on_two_megabytes_of_digits_is_linear():
    with cpu_seconds_at_most(5):
        is_imprint("1 2-3 (4) 5." * 200_000)


def test_a_postal_address_without_a_telephone_number_at_the_end_is_dropped():
    page = (
        "<html><body><article><h1>Bridge reopens</h1><p>The Elm Street bridge reopened on Tuesday"
        " after 14 months of repairs.</p><p>The Morning Ledger, 200 Main St, Springfield, IL 62701</p>"
        "</article></body></html>"
    )
    assert [block.texts for block in html.parse_html(page).blocks][-1] == [
        "The Elm Street bridge reopened on Tuesday after 14 months of repairs."
    ]


def test_a_german_postal_address_is_a_postal_address():
    assert is_postal_address("Holstenstraße 12, 24103 Kiel")


def test_a_sentence_giving_an_address_is_no_postal_address():
    assert not is_postal_address(
        "Ballots can be returned at 200 S 9th St, Springfield, IL 62701, until 7 p.m."
    )


def test_a_line_of_figures_with_commas_is_no_postal_address():
    assert not is_postal_address("revenue 2024, down 12 percent from 2023")


def test_a_list_of_addresses_ending_the_article_stays():
    page = (
        "<html><body><article><h1>Drop boxes</h1><p>Four drop boxes will be open until the polls"
        " close on Tuesday night:</p><ul><li>Lincoln Library, 326 S 7th St, Springfield, IL 62701</li>"
        "<li>Chatham Library, 600 E Spruce St, Chatham, IL 62629</li></ul></article></body></html>"
    )
    assert html.parse_html(page).blocks[-1].texts == [
        "Lincoln Library, 326 S 7th St, Springfield, IL 62701",
        "Chatham Library, 600 E Spruce St, Chatham, IL 62629",
    ]
