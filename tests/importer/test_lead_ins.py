"""Only a sentence that introduces a list is its lead-in (issue 14): a claim before a list, or a
"label: value" line, says nothing about the items, and a lead-in shown beside them misleads."""

from briefings.importers import import_briefing
from briefings.importers.document import Block, Document
from briefings.importers.outline import build_outline, introduces_a_list
from briefings.models import Statement

from .corpus_scoring import CORPUS


def lead_ins(*blocks):
    """The lead-in text of each list item in a document made of `blocks`."""
    document = Document(title="A title")
    for kind, *texts in blocks:
        document.add(kind, *texts)
    outline = build_outline(document)
    by_position = {statement.position: statement.text for statement in outline.statements}
    return [by_position.get(item.lead_in) for item in outline.statements if item.kind == "list_item"]


def test_a_sentence_ending_in_a_colon_leads_the_list_in():
    assert lead_ins((Block.PARAGRAPH, "The largest items are:"), (Block.LIST, "Schools", "Roads")) == [
        "The largest items are:",
        "The largest items are:",
    ]


def test_a_sentence_that_ends_a_claim_is_no_lead_in():
    assert lead_ins(
        (Block.PARAGRAPH, "Schools in the north already serve fruit."), (Block.LIST, "Ashgrove")
    ) == [None]


def test_a_label_and_its_value_is_no_lead_in():
    assert lead_ins((Block.PARAGRAPH, "Artikel-Nr.: 009345"), (Block.LIST, "Duft nach Apfel")) == [None]


def test_a_french_lead_in_with_a_space_before_its_colon_leads_the_list_in():
    assert introduces_a_list("Le maire a présenté les points suivants :")


def test_a_german_sentence_announcing_what_follows_leads_the_list_in():
    assert introduces_a_list("Die Gründe sind folgende.")


def test_an_english_sentence_announcing_what_follows_leads_the_list_in():
    assert introduces_a_list("The survey found the following.")


def test_a_french_sentence_announcing_what_follows_leads_the_list_in():
    assert introduces_a_list("Les mesures sont les suivantes.")


def test_a_colon_inside_a_sentence_does_not_make_it_a_lead_in():
    assert not introduces_a_list("Referenz: Beschluss 2025-118 vom Mai.")


def imported_lead_ins(name):
    """Each list item of a corpus document, imported, with its lead-in's text (or None)."""
    path = CORPUS / name
    briefing = import_briefing(path.read_bytes(), filename=path.name).briefing
    items = briefing.statements.filter(kind=Statement.Kind.LIST_ITEM).select_related("lead_in")
    return {item.text: item.lead_in.text if item.lead_in else None for item in items}


def test_a_tasting_note_after_an_article_number_has_no_lead_in(db):
    assert imported_lead_ins("de-label-list-01.txt")["Duft nach grünem Apfel und Limette"] is None


def test_a_german_list_after_folgende_is_led_in(db):
    assert imported_lead_ins("de-label-list-01.txt")["Sulfite"] == "Der Wein enthält folgende Allergene:"


def test_a_french_list_after_suivants_is_led_in(db):
    assert imported_lead_ins("fr-lead-in-01.md")["l'extension du réseau de chaleur ;"] == (
        "Le maire a présenté les points suivants :"
    )


def test_a_list_after_a_plain_claim_in_a_corpus_article_has_no_lead_in(db):
    assert imported_lead_ins("en-lead-in-01.txt")["Ashgrove Primary"] is None
