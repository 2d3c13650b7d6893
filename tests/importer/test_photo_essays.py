"""A photo essay's captions are its text: on a page of three or more photographs captioned in
sentences, the captions are read as paragraphs (reshaping._captions_of_photo_essays)."""

from lxml import html as lxml_html

from briefings.importers.html import parse_html
from briefings.importers.reshaping import reshape

from .cpu_time import cpu_seconds_at_most

HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Salt</title></head><body>'
INTRO = "<p>Each summer morning the salt farmers walk out along clay banks to rake the crust on the pans.</p>"
CAPTIONS = [
    "Jean-Yves, 67, has worked the same 60 pans since 1979 and rakes about 70 tonnes a year.",
    "Fleur de sel is skimmed only on hot, windless afternoons and sells for ten times the price.",
    "Trainees spend two years learning to read the weather before they are given pans of their own.",
]


def figure(caption, credit="Léa Martin for Field Notes"):
    return f'<figure><img src="x.jpg"><figcaption><p>{caption}</p><span>{credit}</span></figcaption></figure>'


def statements(body):
    page = f"{HEAD}<article><h1>Salt</h1>{body}</article></body></html>"
    return [text for block in parse_html(page).blocks for text in block.texts]


def test_the_captions_of_a_photo_essay_are_read_in_order():
    texts = statements(INTRO + "".join(figure(caption) for caption in CAPTIONS))
    assert [text for text in texts if text in CAPTIONS] == CAPTIONS


def test_a_photo_credit_in_a_caption_is_left_out():
    texts = statements(INTRO + "".join(figure(caption) for caption in CAPTIONS))
    assert "Léa Martin for Field Notes" not in texts


def test_two_captioned_photographs_illustrate_an_article_and_stay_out():
    tree = lxml_html.fromstring(HEAD + INTRO + "".join(figure(caption) for caption in CAPTIONS[:2]))
    reshape(tree)
    assert len(tree.xpath("//figure")) == 2


def test_short_captions_do_not_make_a_photo_essay():
    tree = lxml_html.fromstring(HEAD + INTRO + "".join(figure("The hall after the works.") for _ in range(4)))
    reshape(tree)
    assert len(tree.xpath("//figure")) == 4


def test_a_page_of_many_nested_figures_is_reshaped_at_once():
    page = HEAD + "<figure>" * 2_000 + "<figcaption>x</figcaption>" + "</figure>" * 2_000
    tree = lxml_html.fromstring(page)
    with cpu_seconds_at_most(5):
        reshape(tree)
