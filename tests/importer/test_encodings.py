"""Pages in old character encodings are read as a browser reads them (the WHATWG Encoding
Standard's labels), or refused with a message naming the charset they declare. The pages in
tests/fixtures/encodings/ come from the importer's red-team corpus."""

import pytest

from briefings.importers import ImportRefused, decode, import_briefing, read_document
from briefings.importers.charsets import decode_as
from briefings.models import Briefing

QUOTED = b"\x93We will not back down,\x94 the mayor said on Tuesday \x96 and the council agreed."


def page(charset, body):
    """A saved page declaring `charset` in a `<meta>` tag, with `body` (bytes) as its paragraph."""
    head = f'<html><head><meta charset="{charset}"><title>T</title></head><body><article>'.encode("ascii")
    return head + b"<h1>Headline of the story</h1><p>" + body + b"</p></article></body></html>"


def statements(data, filename="page.html"):
    return [statement.text for statement in read_document(data, filename=filename).outline.statements]


def test_it_reads_a_latin_1_page_as_windows_1252(fixture_bytes):
    """Browsers read "iso-8859-1" as windows-1252; Python's latin-1 turned its curly quotes,
    dashes and apostrophes into invisible C1 controls."""
    assert statements(fixture_bytes("encodings/latin1-declared-cp1252.html")) == [
        "“We will not back down,” the mayor said on Tuesday – and the council agreed with her.",
        "It’s a big change.",
    ]


@pytest.mark.parametrize("label", ["latin1", "us-ascii", "ascii", "ISO_8859-1:1987", "l1"])
def test_it_reads_every_latin_1_and_ascii_label_as_windows_1252(label):
    assert "“We will not back down,”" in decode(page(label, QUOTED), "html")


def test_it_reads_a_windows_1252_byte_without_a_character_as_its_c1_control():
    """The standard's windows-1252 gives the five bytes Windows leaves unassigned a character;
    Python's cp1252 refused the whole page for one of them."""
    assert decode_as(b"\x81\x8d\x8f\x90\x9d", "windows-1252") == "\x81\x8d\x8f\x90\x9d"


def test_it_reads_a_gb2312_page_with_gbk_characters_as_gb18030(fixture_bytes):
    """Pages labelled gb2312 hold GBK's extra characters (镕, as in 朱镕基); Python's gb2312
    refused them and the page was called "not valid UTF-8"."""
    text = decode(fixture_bytes("encodings/gb2312-declared-gbk.html"), "auto")
    assert "朱镕基总理在会上发表讲话。" in text


def test_it_reads_a_simplified_chinese_page_labelled_gb2312(fixture_bytes):
    text = decode(fixture_bytes("encodings/zh-gb2312.html"), "auto")
    assert "深圳市政府周一宣布，将为购买新能源汽车的市民提供最高一万元的补贴。" in text


def test_it_reads_a_japanese_page_labelled_shift_jis(fixture_bytes):
    text = decode(fixture_bytes("encodings/ja-shift-jis.html"), "auto")
    assert "東京都心で５日、１０センチの積雪を観測した。" in text


@pytest.mark.parametrize("label", ["shift_jis", "Shift_JIS", "x-sjis", "sjis", "ms_kanji"])
def test_it_reads_a_shift_jis_page_as_windows_31j(label):
    """Japanese pages use Windows' additions to Shift_JIS (circled numbers: ① is 0x8740), which
    Python's shift_jis refuses."""
    assert "①大雪" in decode(page(label, "①大雪".encode("cp932")), "html")


def test_it_reads_an_euc_kr_page_as_unified_hangul_code():
    """Browsers read EUC-KR as code page 949, which has every Hangul syllable (똠 is not in
    EUC-KR proper, and Python's euc_kr refuses it)."""
    assert "똠양꿍" in decode(page("euc-kr", "똠양꿍".encode("cp949")), "html")


def test_it_reads_a_big5_page_as_big5_hkscs():
    """Hong Kong pages labelled big5 use HKSCS characters (嘅), which Python's big5 refuses."""
    assert "佢嘅" in decode(page("big5", "佢嘅".encode("big5hkscs")), "html")


def test_it_reads_the_charset_of_an_xml_declaration(fixture_bytes):
    """An XHTML page may declare its encoding only in `<?xml … encoding="ISO-8859-1"?>`."""
    read = read_document(fixture_bytes("encodings/xml-declaration-latin1.xhtml"), filename="page.xhtml")
    assert read.document.title == "La réforme adoptée"


def test_it_reads_a_utf_16_page_with_a_byte_order_mark(fixture_bytes):
    """Its NUL bytes made it "a binary file"; the byte-order mark is read first, as browsers do."""
    assert statements(fixture_bytes("encodings/utf16-le-bom.html")) == [
        "Prices rose by 10% this year, the owner said on Tuesday."
    ]


def test_it_reads_a_big_endian_utf_16_text_with_a_byte_order_mark():
    data = "\ufeffRates held\n\nThe bank kept its rate at 4 per cent.\n".encode("utf-16-be")
    assert statements(data, filename="rates.txt") == ["The bank kept its rate at 4 per cent."]


def test_a_byte_order_mark_wins_over_a_declared_charset():
    data = page("windows-1252", "Zürich".encode("latin-1")).decode("latin-1").encode("utf-16")
    assert "<p>Zürich</p>" in decode(data, "html")


@pytest.mark.django_db
def test_it_refuses_a_page_not_valid_in_its_declared_charset_naming_that_charset():
    """It said "not valid UTF-8" of a page that never claimed to be."""
    with pytest.raises(ImportRefused) as refusal:
        import_briefing(page("shift_jis", b"\x82\xff\x82\xff is not Japanese."), filename="page.html")
    assert "declares the charset “shift_jis” but is not valid text in it" in str(refusal.value)
    assert "UTF-8 text" not in str(refusal.value)
    assert Briefing.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_a_page_declaring_a_charset_browsers_do_not_know_naming_it():
    """Python's codecs that are no browser's ("utf-7", "rot13", "undefined") decode nothing."""
    with pytest.raises(
        ImportRefused, match="declares the charset “utf-7”, which is not a character encoding"
    ):
        import_briefing(page("utf-7", b"Caf\xe9 au lait."), format="html")
    assert Briefing.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_a_page_in_the_replacement_encoding():
    """ISO-2022-KR and HZ pages are read as nothing by browsers: their escapes hid script."""
    with pytest.raises(
        ImportRefused, match="declares the charset “iso-2022-kr”, which is one browsers refuse"
    ):
        import_briefing(page("iso-2022-kr", b"Caf\xe9 au lait."), format="html")
    assert Briefing.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_a_byte_order_mark_followed_by_no_text_in_its_encoding():
    with pytest.raises(
        ImportRefused, match="starts with a UTF-16LE byte-order mark but is not valid UTF-16LE"
    ):
        import_briefing(b"\xff\xfeT\x00i\x00t", format="text")  # an odd byte at the end
    assert Briefing.objects.count() == 0
