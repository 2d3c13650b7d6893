"""A MediaWiki page's furniture goes before extraction (wiki.drop_wiki_furniture), and its title
is its headline (html._title)."""

from pathlib import Path

from briefings.importers import html

SAVED = (Path(__file__).parent / "corpus-outside-3" / "en-wiki-01.html").read_text(encoding="utf-8")

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lake Varrow - Wikipedia</title></head>
<body class="mediawiki"><h1 id="firstHeading">Lake Varrow</h1><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div class="mw-parser-output">{infobox}
<p>Lake Varrow is a glacial lake in the Varrow Valley in Northumbria, England, and the deepest in the county.</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span>[</span><a href="?action=edit">edit</a><span>]</span></span></div>
<p>A dam was built at the southern end of the lake in 1894, raising its level by four metres.{mark}</p>
<p>The water board opened the eastern shore to walkers in 1962, after a campaign by local ramblers.</p>
<h2>References</h2><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>
<span class="reference-text">Northern Water Board (2019). Varrow Basin Survey. p. 12.</span></li></ol>
{navbox}</div></body></html>"""
INFOBOX = '<table class="infobox vcard"><tr><th>Primary inflows</th><td>River Ell</td></tr><tr><th>Max. depth</th><td>71 m</td></tr></table>'
NAVBOX = '<div role="navigation" class="navbox"><table><tr><th>Lakes of Northumbria</th></tr><tr><td><a href="#">Greenlee Lough</a> · <a href="#">Broomlee Lough</a></td></tr></table></div>'
MARK = '<sup class="noprint Inline-Template">[<i><a href="#">citation needed</a></i>]</sup>'


def text_of(page):
    document = html.parse_html(page)
    return "\n".join([document.title, *(text for block in document.blocks for text in block.texts)])


def page(**parts):
    return PAGE.format(**({"infobox": "", "navbox": "", "mark": ""} | parts))


def test_a_wiki_infobox_is_not_imported():
    assert "Primary inflows" not in text_of(page(infobox=INFOBOX))


def test_a_wiki_navbox_is_not_imported():
    assert "Greenlee Lough" not in text_of(page(navbox=NAVBOX))


def test_a_wiki_heading_loses_its_edit_link():
    assert "\nHistory\n" in text_of(SAVED)


def test_a_citation_needed_mark_is_taken_out_of_its_sentence():
    assert "raising its level by four metres.\n" in text_of(page(mark=MARK))


def test_a_wiki_reference_is_kept_without_its_back_link():
    assert "\nNorthern Water Board (2019)." in text_of(SAVED)


def test_a_wiki_title_is_the_headline_without_the_wiki_name():
    assert text_of(page()).startswith("Lake Varrow\n")


def test_a_citation_needed_mark_in_french_words_is_stripped():
    assert "[réf. nécessaire]" not in text_of(page(mark="<sup>[réf. nécessaire]</sup>"))


def test_an_infobox_class_on_a_page_that_is_no_wiki_is_left_to_the_extractor():
    news = page(infobox=INFOBOX).replace("mediawiki", "news").replace("mw-parser-output", "story")
    assert "Primary inflows" in text_of(news)


def test_a_title_is_kept_whole_when_the_headline_is_only_its_start_without_a_separator():
    assert html._title("Pros and cons of dams", "", "Pros and cons") == "Pros and cons of dams"
