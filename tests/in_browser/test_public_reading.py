"""How a reader at the edges reads the public pages: a phone at WCAG's reflow width (320 px),
the keyboard on the search box, and a claim page sent to the printer. Each is measured once on
the demo for the module (as tests/in_browser/test_public.py does: a test that asks for the live
server empties the database after it), and the tests read the findings."""

import pytest

from factcheck.models import Claim

from ..browser import page_on_the_demo

pytestmark = pytest.mark.browser

BRIEFING = "/briefings/russia-peace-proposals/"
PAGES = ["/", BRIEFING, "claim", "/search/?q=Ukraine", "/submit/", "/standards/rating-scale/"]


def on_a_narrow_phone(page, url):
    """The page's width and the search button's right edge at 320 px."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(url)
    button = page.locator(".search-form button").bounding_box()
    found = (page.evaluate("document.documentElement.scrollWidth"), button["x"] + button["width"])
    page.set_viewport_size({"width": 1280, "height": 900})
    return found


def focus_on_the_search_box(page, url):
    """Which element three Tabs reach (skip link, newsroom's name, search box), and its outline."""
    page.goto(url)
    for _ in range(3):
        page.keyboard.press("Tab")
    return page.evaluate(
        "[document.activeElement.id, getComputedStyle(document.activeElement).outlineStyle,"
        " getComputedStyle(document.activeElement).outlineWidth]"
    )


# The placeholder's width in the box's font, and the width left for it: the box's inner width less
# the search field's clear button (about 15 px in Chromium), which a type="search" box keeps free.
PLACEHOLDER_ROOM = """() => {
  const box = document.querySelector('#site-search'), style = getComputedStyle(box);
  const context = document.createElement('canvas').getContext('2d');
  context.font = style.font;
  return [context.measureText(box.placeholder).width,
          box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 15];
}"""


def placeholder_room(page, url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url)
    found = page.evaluate(PLACEHOLDER_ROOM)
    page.set_viewport_size({"width": 1280, "height": 900})
    return found


def printed(page, url):
    """What a printed claim page shows: masthead search and sign-in, footer, verdict, and what is
    printed after the first cited source's link and after a link to the site's own page."""
    page.goto(url)
    page.emulate_media(media="print")
    source = page.locator(".cited-sources a").first
    own = page.locator(".transparency").get_by_role("link", name="Corrections policy").first
    found = {
        "nav": page.locator(".masthead nav").is_visible(),
        "footer": page.locator(".site-footer").is_visible(),
        "verdict": page.locator(".verdict-large").is_visible(),
        "source": (
            source.get_attribute("href"),
            source.evaluate("a => getComputedStyle(a, '::after').content"),
        ),
        "own": own.evaluate("a => getComputedStyle(a, '::after').content"),
    }
    page.emulate_media(media="screen")
    return found


def verdict_border_in_forced_colours(page, url):
    """The first verdict label's border (style, colour) with forced colours on, and the page's text colour."""
    page.emulate_media(forced_colors="active")
    page.goto(url)
    found = page.evaluate(
        "[getComputedStyle(document.querySelector('.verdict')).borderTopStyle,"
        " getComputedStyle(document.querySelector('.verdict')).borderTopColor,"
        " getComputedStyle(document.body).color]"
    )
    page.emulate_media(forced_colors="none")
    return found


@pytest.fixture(scope="module")
def findings(chromium, live_server, django_db_setup, django_db_blocker):
    with page_on_the_demo(chromium, django_db_blocker) as page:
        claim = Claim.objects.public().filter(live_version__number=2).get()  # corrected, cites a source
        address = {"claim": claim.get_absolute_url()}
        return {
            "phone": {
                path: on_a_narrow_phone(page, live_server.url + address.get(path, path)) for path in PAGES
            },
            "focus": focus_on_the_search_box(page, live_server.url + "/"),
            "print": printed(page, live_server.url + address["claim"]),
            "forced colours": verdict_border_in_forced_colours(page, live_server.url + BRIEFING),
            "placeholder": {
                width: placeholder_room(page, live_server.url + "/", width) for width in (1280, 360)
            },
        }


@pytest.mark.parametrize("path", PAGES)
def test_a_public_page_fits_a_320_pixel_screen_without_scrolling_sideways(findings, path):
    page_width, button_edge = findings["phone"][path]
    assert page_width <= 320
    assert button_edge <= 320


def test_the_search_box_shows_the_site_focus_ring_to_a_keyboard_user(findings):
    assert findings["focus"] == ["site-search", "solid", "3px"]


def test_a_verdict_label_keeps_its_box_in_forced_colours(findings):
    """Forced colours drop the label's background; its border, transparent otherwise, is drawn."""
    style, colour, text = findings["forced colours"]
    assert (style, colour) == ("solid", text)


@pytest.mark.parametrize("width", [1280, 360])
def test_the_search_box_shows_its_whole_placeholder(findings, width):
    """At 1280 px the box's 12rem cut "Search fact-checks" to "Search fact-check"."""
    text, room = findings["placeholder"][width]
    assert text <= room


def test_a_printed_claim_page_leaves_out_search_sign_in_and_footer_but_not_the_verdict(findings):
    assert findings["print"]["nav"] is False
    assert findings["print"]["footer"] is False
    assert findings["print"]["verdict"] is True


def test_a_printed_claim_page_prints_each_source_address_in_full(findings):
    href, after = findings["print"]["source"]
    assert href.startswith("https://")
    assert after == f'" ({href})"'


def test_a_printed_claim_page_prints_no_address_after_the_site_own_links(findings):
    assert findings["print"]["own"] == "none"
