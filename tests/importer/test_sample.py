"""Acceptance on the sample briefing every install shows."""

from briefings.models import Statement

HEADINGS = [
    "Potential Ceasefire and U.S. Response",
    "Historical Context: Russia’s Repeated Demands",
    "Reviving Past Negotiations: The Istanbul Framework",
    "Western Concerns and Future Implications",
    "What Lies Ahead?",
]


def test_it_reads_the_title(sample_briefing):
    assert sample_briefing.title == "Russia’s Proposals for Peace Negotiations with the U.S."


def test_it_derives_the_slug_from_the_title(sample_briefing):
    assert sample_briefing.slug == "russias-proposals-for-peace-negotiations-with-the-us"


def test_it_drops_the_contents_marker(sample_briefing):
    assert not sample_briefing.statements.filter(text__icontains="Contents").exists()
    assert not sample_briefing.text.startswith("Contents")


def test_it_finds_exactly_the_five_headings(sample_briefing):
    headings = list(sample_briefing.sections.exclude(heading="").values_list("heading", flat=True))
    assert headings == HEADINGS


def test_the_opening_section_has_no_heading(sample_briefing):
    opening = sample_briefing.sections.get(position=1)
    assert opening.heading == ""
    assert opening.statements.count() == 8


def test_it_finds_41_statements(sample_briefing):
    assert sample_briefing.statements.count() == 41


def test_no_heading_is_a_statement(sample_briefing):
    assert not sample_briefing.statements.filter(text__in=HEADINGS).exists()


def test_it_finds_seven_list_items(sample_briefing):
    assert sample_briefing.statements.filter(kind=Statement.Kind.LIST_ITEM).count() == 7


def test_list_items_link_to_their_lead_in(sample_briefing):
    lead_ins = {
        item.text: item.lead_in.text
        for item in sample_briefing.statements.filter(kind=Statement.Kind.LIST_ITEM).select_related("lead_in")
    }
    assert lead_ins["A ban on Ukraine joining NATO."] == (
        "Among the key conditions Russia has historically insisted upon are:"
    )
    assert lead_ins["Limit NATO’s presence across regions viewed as strategically critical to Russia."] == (
        "During that period, Moscow sought agreements that would:"
    )


def test_list_markers_are_not_part_of_the_text(sample_briefing):
    for item in sample_briefing.statements.filter(kind=Statement.Kind.LIST_ITEM):
        assert not item.text.startswith(("-", "*", " "))


def test_sentences_are_not_broken_at_abbreviations(sample_briefing):
    texts = list(sample_briefing.statements.values_list("text", flat=True))
    assert (
        "Former U.S. President Donald Trump is reportedly waiting for a response from Russian President "
        "Vladimir Putin regarding a proposed 30-day ceasefire."
    ) in texts
    assert (
        "Despite diplomatic efforts, these negotiations ultimately failed, and Russia invaded Ukraine on February 24, 2022."
        in texts
    )


def test_quotations_stay_whole(sample_briefing):
    quote = sample_briefing.statements.get(text__startswith="“There’s no indication")
    assert quote.text.endswith("former U.S. intelligence analyst for Russia and Eurasia.")


def test_offsets_find_every_statement_again(sample_briefing):
    for statement in sample_briefing.statements.all():
        assert sample_briefing.text[statement.start : statement.end] == statement.text


def test_statements_are_numbered_in_document_order(sample_briefing):
    starts = list(sample_briefing.statements.order_by("position").values_list("start", flat=True))
    assert starts == sorted(starts)
    assert list(sample_briefing.statements.values_list("position", flat=True)) == list(range(1, 42))


def test_it_keeps_the_original_document(sample_briefing, sample_bytes):
    assert sample_briefing.original == sample_bytes.decode("utf-8")
    assert sample_briefing.original_format == "text"
    assert len(sample_briefing.checksum) == 64
