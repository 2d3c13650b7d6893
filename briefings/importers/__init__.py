"""Import an article into a briefing: decode, parse, split, store — or refuse with one line.

The management command `import_briefing` and the admin's import form both call
`import_briefing`; neither has rules of its own.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from ..models import Briefing, Revision
from ..rules import may_import_briefing
from .bylines import take_credit_line
from .charsets import byte_order_mark, declared_encoding, decode_as
from .document import ImportRefused
from .html import declared_charset, parse_html
from .language import document_language
from .markdown import looks_like_front_matter, parse_markdown
from .outline import Outline, build_outline
from .plain_text import parse_text
from .storing import briefing_metadata, store_briefing, store_revision

__all__ = [
    "FORMATS",
    "ImportRefused",
    "ImportResult",
    "check_size",
    "checksum_of",
    "comparable",
    "sentence_case",
    "detect_format",
    "import_briefing",
]

FORMATS = ("auto", "text", "markdown", "html")
PARSERS = {"text": parse_text, "markdown": parse_markdown, "html": parse_html}
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
HTML_START = re.compile(r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
MARKDOWN_SIGNS = re.compile(r"^(#{1,6}\s+\S|```|>\s|\[[^\]]+\]\([^)]+\))|\*\*\S|\[\^[^\]\s]+\]", re.M)
SLUG_MAX = 80


@dataclass
class ImportResult:
    """What an import did: created a briefing, found the same text already there ("unchanged"),
    or stored the next revision of the briefing under that slug ("revised")."""

    briefing: Briefing
    created: bool
    revision: Revision | None = None
    anchoring: object = None
    replies: list = field(default_factory=list)

    @property
    def outcome(self):
        if self.created:
            return "created"
        return "revised" if self.anchoring is not None else "unchanged"

    def summary(self):
        briefing = self.briefing
        line = (
            f"{self.outcome}: “{briefing.title}” ({briefing.slug}), "
            f"{briefing.sections.count()} sections, {briefing.statements.count()} statements"
        )
        if self.outcome == "revised":
            counts = self.anchoring.counts()
            line = (
                f"revised: “{briefing.title}” ({briefing.slug}), revision {self.revision.number}: "
                + ", ".join(f"{counts[key]} {key}" for key in ("kept", "moved", "changed", "new", "removed"))
                + " statements"
            )
        return "; ".join([line, *self.replies])


def sentence_case(line):
    """`line` with its first letter a capital and the rest as it was (str.capitalize would turn
    the article's title in it to lower case)."""
    return line[:1].upper() + line[1:]


def comparable(text):
    """The text as two imports are compared: line ends, a BOM, trailing whitespace (at line ends
    and at the end) and blank lines before the first normalised, so re-saving a file with a final
    newline, or pasting it into a form that trims it, is no revision."""
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def checksum_of(text):
    return hashlib.sha256(comparable(text).encode("utf-8")).hexdigest()


def _quoted(value):
    """`value` as a refusal quotes it: on one line, with control characters and line breaks
    written as escapes (a slug given on the command line may hold anything)."""
    return "“" + "".join(char if char.isprintable() else ascii(char)[1:-1] for char in value) + "”"


def _printable(filename):
    """A file name as stored and shown: its printable characters only. A path from the command line
    carries undecodable bytes as lone surrogates, which no database stores, and PostgreSQL refuses
    NUL."""
    return "".join(char for char in filename or "" if char.isprintable())


def max_document_bytes():
    return settings.FACTDESK_MAX_DOCUMENT_BYTES


BINARY = "This looks like a binary file, not a text, Markdown or HTML document."
SAVE_AS_UTF_8 = "save it as UTF-8 and import it again."


def _decode_declared(data, format):
    """Bytes that are not UTF-8, decoded in the charset an HTML page declares (a `<meta>` tag, an
    XML declaration), read as a browser reads it (charsets.py); refused, naming that charset,
    when there is none or the bytes are not text in it."""
    label = declared_charset(data) if format in ("html", "auto") else None
    if label is None:
        raise ImportRefused(f"The document is not valid UTF-8 text; {SAVE_AS_UTF_8}")
    encoding = declared_encoding(label)
    if encoding in (None, "replacement"):  # ISO-2022-KR, HZ…: browsers read them as nothing
        unread = (
            "not a character encoding browsers know" if encoding is None else "one browsers refuse to read"
        )
        raise ImportRefused(
            f"The document declares the charset {_quoted(label)}, which is {unread}, and is not valid "
            f"UTF-8 text; {SAVE_AS_UTF_8}"
        )
    try:
        return decode_as(data, encoding)
    except UnicodeError:
        read_as = (
            "" if encoding.lower() == label.strip().lower() else f" (read as {encoding}, as browsers do)"
        )
        raise ImportRefused(
            f"The document declares the charset {_quoted(label)} but is not valid text in it{read_as}; "
            + SAVE_AS_UTF_8
        ) from None


def _decode_bytes(data, format):
    """A byte-order mark decides first, as in a browser (so a UTF-16 file, full of NUL bytes, is
    not taken for a binary one); then UTF-8; then the charset the page declares."""
    mark, encoding = byte_order_mark(data)
    if encoding:
        try:
            return decode_as(data[len(mark) :], encoding)
        except UnicodeError:
            raise ImportRefused(
                f"The document starts with a {encoding} byte-order mark but is not valid {encoding} text; "
                + SAVE_AS_UTF_8
            ) from None
    if b"\x00" in data:
        raise ImportRefused(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_declared(data, format)


def decode(data, format):
    """Bytes or str to text with \\n line ends; refuse what is not a text document."""
    text = data if isinstance(data, str) else _decode_bytes(data, format)
    if "\x00" in text:
        raise ImportRefused(BINARY)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportRefused("The document contains characters that are not valid Unicode.") from None
    return text


def detect_format(text, filename=""):
    extension = Path(filename).suffix.lower()
    if looks_like_front_matter(text) and EXTENSIONS.get(extension, "text") == "text":
        return "markdown"  # plain text has no front matter: this is Markdown, pasted or saved as .txt
    if extension in EXTENSIONS:
        return EXTENSIONS[extension]
    if HTML_START.match(text):
        return "html"
    if len(MARKDOWN_SIGNS.findall(text[:20000])) >= 1:
        return "markdown"
    return "text"


def check_size(size):
    """Refuse documents over FACTDESK_MAX_DOCUMENT_BYTES (2 MB unless configured)."""
    limit = max_document_bytes()
    if size > limit:
        raise ImportRefused(
            f"The document is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.1f} MB."
        )


def _slug_for(slug, title, checksum):
    if slug:
        try:
            validate_slug(slug)
        except ValidationError:
            raise ImportRefused(
                f"{_quoted(slug)} is not a valid slug: use letters, numbers, hyphens and underscores."
            ) from None
        if len(slug) > SLUG_MAX:
            raise ImportRefused(f"The slug is longer than {SLUG_MAX} characters.")
        return slug
    derived = slugify(title)[:SLUG_MAX].strip("-")
    if derived and _mostly_unspelled(title):
        # "高鐵南延屏東 交通部：2027年動工" and "Бюджет на 2027 год" both slugify to "2027": the
        # headline's own mark keeps two articles apart, and the same headline together, as a
        # Latin headline's words do.
        mark = hashlib.sha256(title.encode("utf-8")).hexdigest()[:8]
        derived = f"{derived[: SLUG_MAX - 9].strip('-')}-{mark}"
    return derived or f"briefing-{checksum[:10]}"


def _mostly_unspelled(title):
    """Whether most of the title's letters have no ASCII spelling (Chinese, Cyrillic, Greek,
    Arabic…), so the slug derived from it keeps little more than its numbers."""
    letters = [character for character in title if character.isalpha()]
    unspelled = [c for c in letters if not unicodedata.normalize("NFKD", c).encode("ascii", "ignore")]
    return len(unspelled) * 2 > len(letters)


def _existing(slug, explicit_slug, checksum, text):
    """The briefing under `slug` (locked, as a revision changes it), or the one this exact
    document was already imported as. A different document under a slug only derived from its
    title is refused, unless it reads the same (the same article): two articles may share a
    headline, so revising needs the slug asked for."""
    taken = Briefing.objects.select_for_update().filter(slug=slug).first()
    if taken:
        if taken.checksum == checksum or explicit_slug or taken.text == text:
            return taken
        raise ImportRefused(
            f"A different document is already imported as “{slug}”; to import it as a new revision "
            f"of that briefing give its slug (--slug {slug}), otherwise choose another slug."
        )
    if not explicit_slug:
        return Briefing.objects.filter(checksum=checksum).order_by("id").first()
    return None


def _says_the_same(briefing, text, document):
    """Whether a document reads as `briefing` reads now: the same normalised text (title,
    headings, paragraphs, list items and table rows, as the outline writes them), and no byline,
    outlet, source address or date other than the briefing's (a revision would take them: a
    corrected byline must not be dropped as "unchanged"). A page saved again with another footer,
    menu, script or markup is not a new revision: the public would be told "Updated" about an
    article in which nothing changed."""
    return briefing.text == text and not _differing_details(briefing, briefing_metadata(document))


#: How a message names the details an import form or command may give (METADATA).
DETAIL_NAMES = {"outlet": "outlet", "byline": "byline", "source_url": "original URL", "published_on": "date"}


def _differing_details(briefing, values):
    """The names of the details (METADATA) given a value in `values` other than the briefing's."""
    return [name for name in METADATA if values.get(name) and getattr(briefing, name) != values[name]]


def _details_not_applied(briefing, metadata):
    """What an import of the very same document says about details given with it that differ
    from the briefing's: it changes nothing, and said nothing, so a corrected byline typed into
    the form seemed taken."""
    differ = [DETAIL_NAMES[name] for name in _differing_details(briefing, metadata or {})]
    if not differ:
        return []
    verbs = ("differs", "was", "it") if len(differ) == 1 else ("differ", "were", "them")
    return [
        f"the {' and '.join(differ)} given {verbs[0]} from the briefing's and {verbs[1]} not applied: "
        f"edit {verbs[2]} on the briefing's page"
    ]


def checked_outline(document):
    """The document's outline, refused when it has no statements or more than a briefing holds."""
    outline = build_outline(document)
    if not outline.statements:
        raise ImportRefused("No statements found: the document has a title but no sentences to check.")
    limit = settings.FACTDESK_MAX_STATEMENTS
    if len(outline.statements) > limit:
        raise ImportRefused(
            f"The document has {len(outline.statements):,} statements; a briefing holds at most {limit:,} "
            "(FACTDESK_MAX_STATEMENTS). Split it into parts."
        )
    return outline


@dataclass
class ReadDocument:
    """A document read and split, nothing stored: what the import would make of it."""

    document: object
    outline: Outline
    text: str
    format: str
    checksum: str
    filename: str
    titled: bool


METADATA = ("outlet", "byline", "source_url", "published_on")


def read_document(data, *, format="auto", slug=None, filename="", metadata=None):
    """Decode, parse and split `data` as import_briefing would, storing nothing: the import
    form's preview and the import itself read a document the same way. Raises ImportRefused."""
    if format not in FORMATS:
        raise ImportRefused(f"Unknown format {_quoted(str(format))}; use one of: {', '.join(FORMATS)}.")
    filename = _printable(filename)
    check_size(len(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data))
    text = decode(data, format)
    if not text.strip():
        raise ImportRefused("The document is empty.")
    if format == "auto":
        format = detect_format(text, filename)
    checksum = checksum_of(text)

    document = PARSERS[format](text)
    take_credit_line(document)
    for name, value in (metadata or {}).items():
        if name in METADATA and value:
            setattr(document, name, value)
    titled = bool(document.title)  # a revision without a title of its own keeps the article's
    if not titled:
        document.title = (
            Path(filename).stem.replace("-", " ").replace("_", " ").strip() or "Untitled briefing"
        )
    # A revision is read in its article's language, as detected before or as an editor set it.
    known = Briefing.objects.filter(slug=slug).values_list("language", flat=True).first() if slug else None
    document.language = known or document_language(document)
    outline = checked_outline(document)

    return ReadDocument(document, outline, text, format, checksum, filename, titled)


def import_briefing(data, *, format="auto", slug=None, filename="", imported_by=None, metadata=None):
    """Import `data` (bytes or str) as a briefing, or raise ImportRefused and store nothing.

    Importing the same document again, or one that reads the same (`_says_the_same`), returns the
    existing briefing (outcome "unchanged"); a different document under an existing slug, given
    explicitly, becomes that briefing's next revision (outcome "revised"), its statements matched
    to the previous revision's.
    `imported_by`, when given, must be someone who may import briefings (an editor); a command
    run without one is the operator's. `metadata` (outlet, byline, source_url, published_on),
    where a value is given, wins over what the document says.
    """
    if imported_by is not None and not may_import_briefing(imported_by):
        raise ImportRefused(f"{imported_by} may not import briefings: that needs the Editor role.")
    read = read_document(data, format=format, slug=slug, filename=filename, metadata=metadata)
    document, outline, checksum = read.document, read.outline, read.checksum
    explicit_slug = bool(slug)
    slug = _slug_for(slug, document.title, checksum)
    stored = {"checksum": checksum, "text": read.text, "format": read.format, "filename": read.filename}
    try:
        with transaction.atomic():
            existing = _existing(slug, explicit_slug, checksum, outline.text)
            if existing and existing.checksum == checksum:
                unused = _details_not_applied(existing, metadata)
                return ImportResult(existing, False, existing.current_revision, replies=unused)
            if existing and _says_the_same(existing, outline.text, document):
                said = "the document differs from the one imported only outside the article's text"
                return ImportResult(existing, False, existing.current_revision, replies=[said])
            if existing:
                done = store_revision(
                    existing, document, outline, **stored, imported_by=imported_by, titled=read.titled
                )
                return ImportResult(done.briefing, False, done.revision, done.anchoring, done.replies)
            done = store_briefing(document, outline, slug=slug, **stored, imported_by=imported_by)
    except IntegrityError:
        raise ImportRefused(f"Another import took the slug “{slug}” at the same moment; try again.") from None
    return ImportResult(done.briefing, created=True, revision=done.revision)
