"""A hostile page cannot put words into the import that its readers never see: the reshaping
steps that rescue a standfirst or a photo essay's captions (briefings/importers/reshaping.py)
leave hidden markup hidden, as the extractor does (a fifth outside test, 2026-12-07)."""

import pytest

from briefings.importers import html

HIDDEN = "The minister resigned in disgrace this morning, three officials said on Monday."
BODY = """<div class="article-body"><p>The council approved the budget on Tuesday by 23 votes to 9 after a long debate.</p>
<p>The new pool will open in the spring of 2027, a year later than first planned by the city.</p></div>"""
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pool approved</title></head><body>
<main><article><h1>Pool approved</h1>{extra}{body}</article></main></body></html>"""
FIGURE = '<figure><img src="p{n}.jpg"><figcaption>{caption} Photo {n}.</figcaption></figure>'
HIDING = [
    '<p class="lead" hidden>{text}</p>',
    '<p class="lead" style="DISPLAY: none">{text}</p>',
    '<p class="lead" style="visibility:hidden">{text}</p>',
    '<div hidden><p class="lead">{text}</p></div>',
    '<template><p class="lead">{text}</p></template>',
    '<noscript><p class="lead">{text}</p></noscript>',
]


def paragraphs(page):
    return [text for block in html.parse_html(page).blocks for text in block.texts]


@pytest.mark.parametrize("markup", HIDING)
def test_a_hidden_standfirst_is_not_imported(markup):
    page = PAGE.format(extra=markup.format(text=HIDDEN), body=BODY)
    assert not any("resigned" in text for text in paragraphs(page))


def test_a_visible_standfirst_is_still_imported():
    page = PAGE.format(extra=f'<p class="lead">{HIDDEN}</p>', body=BODY)
    assert paragraphs(page)[0] == HIDDEN


@pytest.mark.parametrize(
    "hiding", ["<div hidden>{}</div>", '<div style="display:none">{}</div>', "<template>{}</template>"]
)
def test_hidden_photographs_captions_are_not_imported(hiding):
    figures = "".join(FIGURE.format(n=n, caption=HIDDEN[:-1]) for n in range(3))
    page = PAGE.format(extra="", body=BODY + hiding.format(figures))
    assert not any("resigned" in text for text in paragraphs(page))


def test_a_hidden_figure_is_not_imported():
    figures = "".join(FIGURE.format(n=n, caption=HIDDEN[:-1]) for n in range(3)).replace(
        "<figure>", "<figure hidden>"
    )
    page = PAGE.format(extra="", body=BODY + figures)
    assert not any("resigned" in text for text in paragraphs(page))


@pytest.mark.parametrize(
    "hiding", ["<noscript hidden>{}</noscript>", '<noscript style="display:none">{}</noscript>']
)
def test_a_hidden_noscript_among_the_paragraphs_is_not_imported(hiding):
    body = BODY.replace("</div>", hiding.format(f"<p>{HIDDEN}</p>") + "</div>")
    assert not any("resigned" in text for text in paragraphs(PAGE.format(extra="", body=body)))


def test_a_noscript_among_the_paragraphs_is_not_imported():
    body = BODY.replace("</div>", f"<noscript><p>{HIDDEN}</p></noscript></div>")
    assert not any("resigned" in text for text in paragraphs(PAGE.format(extra="", body=body)))
