"""An article's language: declared by the document, else identified; stored on the briefing;
and the rules its sentences are split with."""

import pytest

from briefings.importers import import_briefing
from briefings.importers.language import declared_language, identify_language, primary_language

GERMAN = (
    "Die Brücke über die Elbe\n\n"
    "Am 13. Mai 2014 wurde die Brücke nach sechs Jahren Bauzeit eröffnet. "
    "Vor 150 Mio. Jahren floss hier noch kein Fluss.\n"
)
FRENCH_PAGE = (
    '<!doctype html><html lang="fr-FR"><head><title>Le pont</title></head><body><article>'
    "<h1>Le pont sur la Loire</h1><p>M. Dupont a inauguré le pont le 3 mai devant trois cents "
    "personnes venues de toute la région.</p><p>Les travaux ont duré six ans et coûté quarante "
    "millions d'euros, selon la préfecture.</p></article></body></html>"
)


def statements(briefing):
    return list(briefing.statements.order_by("position").values_list("text", flat=True))


@pytest.mark.parametrize(("tag", "language"), [("de-AT", "de"), ("fr_FR", "fr"), ("EN", "en"), ("", "")])
def test_a_language_tag_comes_down_to_its_primary_subtag(tag, language):
    assert primary_language(tag) == language


def test_a_page_declares_its_language_in_the_html_element():
    assert declared_language('<html class="x" lang="de-DE"><body></body></html>') == "de"


def test_a_page_may_declare_its_language_in_a_meta_tag():
    assert declared_language('<html><head><meta property="og:locale" content="es_ES"></head></html>') == "es"


def test_a_text_too_short_to_tell_gets_the_default_language():
    assert identify_language("Ja.") == "en"


@pytest.mark.django_db
def test_plain_text_is_identified_and_stored_on_the_briefing():
    assert import_briefing(GERMAN, filename="bruecke.txt").briefing.language == "de"


@pytest.mark.django_db
def test_german_text_is_split_with_german_rules():
    briefing = import_briefing(GERMAN, filename="bruecke.txt").briefing
    assert statements(briefing) == [
        "Am 13. Mai 2014 wurde die Brücke nach sechs Jahren Bauzeit eröffnet.",
        "Vor 150 Mio. Jahren floss hier noch kein Fluss.",
    ]


@pytest.mark.django_db
def test_an_html_page_keeps_the_language_it_declares():
    assert import_briefing(FRENCH_PAGE, filename="pont.html").briefing.language == "fr"


def page_in(language, paragraphs):
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f'<!doctype html><html lang="{language}"><head><title>T</title></head><body><article>{body}</article></body></html>'


GERMAN_PARAGRAPHS = [
    "Die Messe beginnt am 3. Oktober in Leipzig und dauert vier Tage.",
    "Erwartet werden ca. 2,5 Mio. Besucher aus mehr als vierzig Ländern, teilte der Veranstalter mit.",
]
NORWEGIAN_PARAGRAPHS = [
    "Det er en fin dag i Oslo i dag, og mange mennesker går tur langs fjorden.",
    "Regjeringen la fram budsjettet for neste år i Stortinget i formiddag.",
]


@pytest.mark.django_db
def test_a_page_whose_text_rules_out_the_language_it_declares_gets_the_language_of_its_text():
    """A CMS template's `lang="en-US"` on a German article."""
    assert (
        import_briefing(page_in("en-US", GERMAN_PARAGRAPHS), filename="messe.html").briefing.language == "de"
    )


@pytest.mark.django_db
def test_such_a_page_is_split_with_the_rules_of_its_text():
    briefing = import_briefing(page_in("en-US", GERMAN_PARAGRAPHS), filename="messe.html").briefing
    assert statements(briefing)[0] == "Die Messe beginnt am 3. Oktober in Leipzig und dauert vier Tage."


@pytest.mark.django_db
def test_a_declaration_of_a_close_language_stands():
    """Danish keeps a real share of a Norwegian text: the declaration may be right."""
    assert (
        import_briefing(page_in("da", NORWEGIAN_PARAGRAPHS), filename="oslo.html").briefing.language == "da"
    )


@pytest.mark.django_db
def test_a_declaration_stands_over_a_text_too_short_to_rule_it_out():
    assert (
        import_briefing(page_in("en", ["Die Messe beginnt am Montag."]), filename="m.html").briefing.language
        == "en"
    )


@pytest.mark.django_db
def test_a_declaration_the_identifier_does_not_know_stands():
    assert (
        import_briefing(page_in("nb", NORWEGIAN_PARAGRAPHS), filename="oslo.html").briefing.language == "nb"
    )


@pytest.mark.django_db
def test_markdown_front_matter_declares_the_language():
    text = "---\nlang: es\n---\n# The bridge\n\nThis text is in English but its front matter says Spanish.\n"
    assert import_briefing(text, filename="bridge.md").briefing.language == "es"


@pytest.mark.django_db
def test_a_revision_keeps_the_articles_language():
    """An article keeps its language across revisions (detected first, or as an editor set it), so
    every revision is split by the same rules."""
    import_briefing("The bridge\n\nThe bridge over the river opened in May after six years.\n", slug="bridge")
    revised = import_briefing(GERMAN, slug="bridge").briefing
    assert revised.language == "en"


@pytest.mark.django_db
def test_a_list_item_holding_several_sentences_is_a_statement_per_sentence():
    text = "Recipe\n\nYou need:\n- Flour. Sift it twice before use. Keep it dry.\n- Salt: 2 g\n"
    briefing = import_briefing(text, filename="recipe.txt").briefing
    items = briefing.statements.filter(kind="list_item").order_by("position")
    assert [item.text for item in items] == [
        "Flour.",
        "Sift it twice before use.",
        "Keep it dry.",
        "Salt: 2 g",
    ]


@pytest.mark.django_db
def test_the_sentences_of_a_list_item_keep_exact_offsets_and_the_lead_in():
    text = "Recipe\n\nYou need:\n- Flour. Sift it twice before use.\n"
    briefing = import_briefing(text, filename="recipe.txt").briefing
    items = list(briefing.statements.filter(kind="list_item"))
    assert all(briefing.text[item.start : item.end] == item.text for item in items)
    assert {item.lead_in.text for item in items} == {"You need:"}
