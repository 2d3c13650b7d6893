"""Character encodings as browsers read them: the WHATWG Encoding Standard's labels
(https://encoding.spec.whatwg.org/#names-and-labels), each decoded by the Python codec that reads
its bytes as the standard does. Python's own names differ in ways that corrupt real pages: its
"latin-1" is true ISO-8859-1 (a page declaring it is windows-1252, whose curly quotes and dashes
latin-1 turns into invisible C1 controls), its "gb2312" and "shift_jis" refuse the GBK and
Windows extensions every such page uses, and it knows codecs no browser does ("utf-7", "rot13")."""

import codecs

# WHATWG encoding name: its labels, as the standard lists them (matched after lower-casing).
LABELS = {
    "UTF-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "IBM866": "866 cp866 csibm866 ibm866",
    "ISO-8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "ISO-8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "ISO-8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "ISO-8859-5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
    "iso_8859-5:1988",
    "ISO-8859-6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
    "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "ISO-8859-7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
    "iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "ISO-8859-8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
    "iso_8859-8 iso_8859-8:1988 visual",
    "ISO-8859-8-I": "csiso88598i iso-8859-8-i logical",
    "ISO-8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "ISO-8859-13": "iso-8859-13 iso8859-13 iso885913",
    "ISO-8859-14": "iso-8859-14 iso8859-14 iso885914",
    "ISO-8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "ISO-8859-16": "iso-8859-16",
    "KOI8-R": "cskoi8r koi koi8 koi8-r koi8_r",
    "KOI8-U": "koi8-ru koi8-u",
    "macintosh": "csmacintosh mac macintosh x-mac-roman",
    "windows-874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "windows-1250": "cp1250 windows-1250 x-cp1250",
    "windows-1251": "cp1251 windows-1251 x-cp1251",
    "windows-1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
    "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    "windows-1253": "cp1253 windows-1253 x-cp1253",
    "windows-1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 "
    "l5 latin5 windows-1254 x-cp1254",
    "windows-1255": "cp1255 windows-1255 x-cp1255",
    "windows-1256": "cp1256 windows-1256 x-cp1256",
    "windows-1257": "cp1257 windows-1257 x-cp1257",
    "windows-1258": "cp1258 windows-1258 x-cp1258",
    "x-mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "GBK": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    "gb18030": "gb18030",
    "Big5": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "EUC-JP": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "ISO-2022-JP": "csiso2022jp iso-2022-jp",
    "Shift_JIS": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "EUC-KR": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
    "ksc_5601 windows-949",
    "replacement": "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement",
    "UTF-16BE": "unicodefffe utf-16be",
    "UTF-16LE": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    "x-user-defined": "x-user-defined",
}
ENCODING_OF_LABEL = {label: name for name, labels in LABELS.items() for label in labels.split()}

# The Python codec that decodes each encoding as the standard does. The standard's GBK decoder
# is its gb18030 decoder, its Big5 is Big5-HKSCS, its Shift_JIS is Microsoft's code page 932 and
# its EUC-KR is code page 949 (Unified Hangul Code): Python's "gb2312", "big5", "shift_jis" and
# "euc_kr" are the older, smaller character sets and refuse what pages in them hold.
PYTHON_CODECS = {
    "UTF-8": "utf-8",
    "IBM866": "cp866",
    **{f"ISO-8859-{n}": f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "ISO-8859-8-I": "iso8859_8",
    "KOI8-R": "koi8_r",
    "KOI8-U": "koi8_u",
    "macintosh": "mac_roman",
    "windows-874": "cp874",
    **{f"windows-{n}": f"cp{n}" for n in range(1250, 1259)},
    "x-mac-cyrillic": "mac_cyrillic",
    "GBK": "gb18030",
    "gb18030": "gb18030",
    "Big5": "big5hkscs",
    "EUC-JP": "euc_jp",
    "ISO-2022-JP": "iso2022_jp",
    "Shift_JIS": "cp932",
    "EUC-KR": "cp949",
    "UTF-16BE": "utf-16-be",
    "UTF-16LE": "utf-16-le",
}
# Where the standard's single-byte tables differ from Python's: a windows code page's unassigned
# bytes 0x80–0x9F are the C1 controls of the same number (Python refuses them), and KOI8-U is
# KOI8-RU (two Belarusian letters in place of box-drawing characters).
SINGLE_BYTE_CHANGES = {"KOI8-U": {0xAE: "\u045e", 0xBE: "\u040e"}}
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "UTF-8"),
    (codecs.BOM_UTF16_BE, "UTF-16BE"),
    (codecs.BOM_UTF16_LE, "UTF-16LE"),
)
_tables = {}


def encoding_of_label(label):
    """The WHATWG encoding a label names, or None: surrounding whitespace and case do not count."""
    return ENCODING_OF_LABEL.get(label.strip("\t\n\f\r ").lower())


def declared_encoding(label):
    """The encoding a page's own declaration (a `<meta>` charset, an XML declaration) names, as
    the HTML standard's prescan reads it: a declared UTF-16 is UTF-8 (a declaration readable as
    ASCII is not in UTF-16), x-user-defined is windows-1252."""
    encoding = encoding_of_label(label)
    if encoding in ("UTF-16BE", "UTF-16LE"):
        return "UTF-8"
    return "windows-1252" if encoding == "x-user-defined" else encoding


def byte_order_mark(data):
    """The byte-order mark `data` opens with and the encoding it names, or (b"", None)."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return mark, encoding
    return b"", None


def _single_byte_table(encoding):
    """The standard's table for a windows code page or KOI8-U, for codecs.charmap_decode;
    U+FFFE marks a byte with no character (a decoding error)."""
    if encoding not in _tables:
        codec, changes = PYTHON_CODECS[encoding], SINGLE_BYTE_CHANGES.get(encoding, {})
        table = []
        for byte in range(256):
            try:
                table.append(changes.get(byte) or bytes([byte]).decode(codec))
            except UnicodeDecodeError:
                table.append(chr(byte) if 0x80 <= byte <= 0x9F else "\ufffe")
        _tables[encoding] = "".join(table)
    return _tables[encoding]


def decode_as(data, encoding):
    """`data` decoded in a WHATWG encoding, strictly: raises UnicodeError (a ValueError) where a
    byte has no character, and for the "replacement" encoding, which browsers read as nothing."""
    if encoding == "replacement":
        raise UnicodeError("the replacement encoding decodes nothing")
    if encoding == "x-user-defined":  # bytes 0x80–0xFF to U+F780–U+F7FF
        return "".join(chr(byte) if byte < 0x80 else chr(0xF700 + byte) for byte in data)
    if encoding.startswith("windows-") or encoding in SINGLE_BYTE_CHANGES:
        return codecs.charmap_decode(data, "strict", _single_byte_table(encoding))[0]
    return data.decode(PYTHON_CODECS[encoding])
