"""What pasting leaves in a plain-text or Markdown article that is not its text: the invisible
characters and ligatures of a PDF or a word processor, an email's forwarding headers, quote marks
and signature, a wire story's slug and end marks, a PDF's running headers and page numbers, a
transcript's time stamps, a subtitle file's cue numbers and timings, an Obsidian vault's wiki
links, callouts and comments, a Notion page's properties.

Each rule takes out whole lines that are never a sentence (or marks that are never words), so no
article text is lost: a line that might be either stays. Hard-wrapped lines are joined here too,
a word broken at a line's end ("nego-" / "tiations") rejoined and Chinese or Japanese lines
joined without a space.
"""

import re

# Zero-width space, left-to-right and right-to-left marks, word joiner, byte order mark, soft
# hyphen: never seen, never words. The zero-width (non-)joiners shape Persian and Indic words
# and stay.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
# A zero-width (non-)joiner shapes the letters on either side of it; next to a space, a stop or a
# text's end it joins nothing ("…closed.\u200d" kept the sentence from matching).
_LOOSE_JOINER = re.compile(
    '[\u200c\u200d]+(?=[\\s.!?,;:…。！？"”’»)\\]]|$)|(?:^|(?<=[\\s.!?,;:…。！？"”’»)\\]]))[\u200c\u200d]+',
    re.M,
)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})

_FURNITURE_LINES = re.compile(
    "|".join(
        [
            r"-{2,}\s*Forwarded message\s*-{2,}",  # Gmail
            r"-{2,}\s*Original Message\s*-{2,}",  # Outlook
            r"Begin forwarded message:",  # Apple Mail
            r"(?:Sent from my|Get Outlook for) [\w ]{2,30}",
            r"On .{5,200} wrote:",  # a reply's quoted message follows; the quote is kept
            r"(?:MORE|ENDS?|ENDIT|\(END\)|-30-|#{3})",  # a wire story's end marks
            r"\(\(.*\)\)",  # a wire reporter's contact line ((name@…; +41 …))
            r"BC-[\w-]+(?:,\d+)?",  # AP's slug
            r"\((?:Adds|Updates|Recasts|Changes|Corrects|Refiles|Rewrites|Releads)\b[^()]*\)",
            r"(?:page|seite|página|pagina|strona|sida)\s+\d{1,4}(?:\s+(?:of|von|de|di|sur|z|av)\s+\d{1,4})?",
            r"[-–—]\s*\d{1,4}\s*[-–—]",  # "- 4 -"
            r"\d{1,4}",  # a page number or a subtitle's cue number
            r"\d\d:\d\d:\d\d[,.]\d{1,3}\s*-->\s*\d\d:\d\d:\d\d[,.]\d{1,3}.*",  # a subtitle's timing
        ]
    )
)
_FURNITURE_LINE = re.compile(rf"^\s*(?:{_FURNITURE_LINES.pattern})\s*$", re.I)
# AP's note to editors ("Eds: UPDATES with vote tally."), in capitals: "Ed: Yes." is a turn.
_EDITORS_NOTE = re.compile(r"^\s*Eds: [A-Z]{3,}\b")
_PAGE_NUMBER = re.compile(r"\s{2,}\d{1,4}$")
_EMAIL_HEADER = re.compile(r"^(?:From|Date|Sent|Subject|To|Cc|Bcc|Reply-To):\s")
# A wire slug opening the story: "UKRAINE-CRISIS/GRAIN (UPDATE 2)", "FLOODS-PAKISTAN/AID".
_WIRE_SLUG = re.compile(r"^[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?:\s*\((?:UPDATE|REFILE|CORRECTED|WRAPUP)[^)]*\))?$")
_TIME_STAMP = re.compile(r"^\s*[\[(]\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?[\])]\s*(?=\S)")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
_SIGNATURE = {"--", "-- "}
SIGNATURE_MAX_LINES = 8
_HEADER_MAX_CHARS = 80
_ENDS_A_SENTENCE = re.compile(r"[.!?:;…。！？।][\s\"”’»)\]]*$")


def tidy(text):
    """The text without invisible characters, with ligatures spelled out."""
    return _LOOSE_JOINER.sub("", _INVISIBLE.sub("", text)).translate(_LIGATURES)


def _without_signature(lines):
    """The lines before an email's signature: a "-- " line with a few short lines after it."""
    for index in range(len(lines) - 1, -1, -1):
        if lines[index] in _SIGNATURE or lines[index].rstrip() == "--":
            rest = [line for line in lines[index + 1 :] if line.strip()]
            if len(rest) <= SIGNATURE_MAX_LINES:
                return lines[:index]
            break
    return lines


# An email's closing: "Thanks," over a name, or "Thanks, Tom." on one line, at the text's end.
_NAME_LINE = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")
_SIGN_OFF = re.compile(
    r"^(?:Thanks|Thank you|Many thanks|Thanks again|Best|Best wishes|Best regards|Regards|Kind regards|"
    r"Warm regards|All the best|Cheers|Yours|Sincerely|Yours sincerely)"
    r"(?P<name>,? [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}[.!]?|[,.!]?)$",
    re.I,
)


def _without_sign_off(lines):
    """The lines before an email's sign-off at the text's end ("Thanks," / "Tom", "Best, Alex",
    "Thanks, Tom."): a closing and a name, never a statement. "Thanks, Tom. The council…" is a
    sentence and stays, and a closing with no name on a line of its own needs one under it."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    last = lines[end - 1].strip() if end else ""
    closing = _SIGN_OFF.match(last)
    if closing and closing.group("name").strip(",.! "):
        return lines[: end - 1]
    above = lines[end - 2].strip() if end > 1 else ""
    if _NAME_LINE.match(last) and _SIGN_OFF.match(above) and above.endswith(","):
        return lines[: end - 2]
    return lines


def _in_headers(lines, index):
    """An email's header line ("From: …", "Subject: …") next to another: one such line alone
    ("Date: 7 December") may be a press release's and stays."""
    if not _EMAIL_HEADER.match(lines[index]):
        return False
    neighbours = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
    return any(_EMAIL_HEADER.match(line) for line in neighbours)


def _running_headers(lines):
    """Short lines standing alone that repeat word for word and end no sentence: a PDF page's
    header or footer (a transcript's "PESKOV: Yes." said twice is no header). The same words on
    a line inside a paragraph are the header too, where a page broke mid-sentence."""
    seen, inside = {}, {}
    for index, line in enumerate(lines):
        alone = (index == 0 or not lines[index - 1].strip()) and (
            index + 1 == len(lines) or not lines[index + 1].strip()
        )
        short = line.strip() and len(line.strip()) <= _HEADER_MAX_CHARS
        if short and not _ENDS_A_SENTENCE.search(line):
            # "Annual Report 2026      3" and "…      4": one header, its page number far right
            words = " ".join(_PAGE_NUMBER.sub("", line).split())
            (seen if alone else inside).setdefault(words, []).append(index)
    headers = {
        words: indexes for words, indexes in seen.items() if len(indexes) + len(inside.get(words, ())) > 1
    }
    found = {index for indexes in headers.values() for index in indexes}
    return found | {index for words in headers for index in inside.get(words, ())}


def _page_breaks(lines, headers):
    """The blank lines around a running header that cut a sentence in two ("…one of their three
    preferred" / header / "schools."): the text before ends no sentence and the text after goes
    on in lower case or with a figure, so the two halves are one paragraph again."""
    gaps = set()
    for index in sorted(headers):
        start, end = index, index
        while start > 0 and (not lines[start - 1].strip() or start - 1 in headers):
            start -= 1
        while end + 1 < len(lines) and (not lines[end + 1].strip() or end + 1 in headers):
            end += 1
        if start == 0 or end + 1 == len(lines) or _ENDS_A_SENTENCE.search(lines[start - 1]):
            continue
        if lines[end + 1].lstrip()[:1].islower() or lines[end + 1].lstrip()[:1].isdigit():
            gaps.update(i for i in range(start, end + 1) if not lines[i].strip())
    return gaps


_CAPITAL_BYLINE = re.compile(r"^By ([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3})$")
_OUTLET_LINE = re.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}$")


def _wire_byline(lines, index):
    """A wire's "By JANE DOE" over its agency's line as the credit line "By Jane Doe | Agency"
    (bylines.take_credit_line reads it), or None."""
    byline = _CAPITAL_BYLINE.match(lines[index].strip())
    if not byline:
        return None
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    outlet = f" | {following}" if _OUTLET_LINE.match(following) else ""
    return f"By {byline.group(1).title()}{outlet}", bool(outlet)


def _is_furniture(lines, index, opening):
    """Whether line `index` is never a sentence; `opening` while no text line has been kept."""
    line = lines[index]
    if _FURNITURE_LINE.match(line) or _EDITORS_NOTE.match(line) or _in_headers(lines, index):
        return True
    return opening and bool(_WIRE_SLUG.match(line.strip()))


def clean_lines(text):
    """The lines of a pasted plain-text article, furniture out, quote marks and stamps off."""
    lines = _without_sign_off(_without_signature(tidy(text).split("\n")))
    skip = _running_headers(lines)
    skip |= _page_breaks(lines, skip)
    kept, opening = [], True
    for index, line in enumerate(lines):
        credit = _wire_byline(lines, index)
        if credit:
            kept.append(credit[0])
            if credit[1]:
                skip.add(index + 1)
        elif index not in skip and not _is_furniture(lines, index, opening):
            kept.append(_TIME_STAMP.sub("", _QUOTE_MARK.sub("", line)))
        opening = opening and not (kept and kept[-1].strip())
    return kept


_BROKEN_WORD = re.compile(r"(?<=[^\W\d_]{2})-$")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


# The first parts of English compounds written with a hyphen ("well-known", "self-assessment",
# "so-called"), and the second parts they take: a word broken after one of them at a line's end
# keeps its hyphen when the second part is listed (or, after the heads that begin few plain
# words, is five letters or more); "so-"/"cial", "short-"/"ages", "recom-"/"mend" are joined.
_COMPOUND_HEADS = frozenset(
    [
        "well",
        "self",
        "half",
        "full",
        "long",
        "short",
        "high",
        "low",
        "all",
        "ill",
        "ever",
        "so",
        "non",
        "cross",
    ]
)
_FREE_HEADS = frozenset(["well", "self", "half", "non", "cross"])
_COMPOUND_TAILS = frozenset(
    [
        "known",
        "called",
        "term",
        "time",
        "based",
        "scale",
        "hearted",
        "party",
        "year",
        "old",
        "run",
        "standing",
        "being",
        "made",
        "up",
        "off",
        "level",
        "wide",
        "free",
        "led",
        "owned",
        "funded",
        "range",
        "lasting",
        "size",
        "sized",
        "style",
        "minded",
        "aged",
        "income",
        "paid",
        "profile",
    ]
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _keeps_hyphen(head, tail, paragraph):
    """Whether a word broken at a line's end ("well-" / "known…") is a hyphenated compound: the
    text writes it so elsewhere, or does not write it joined and its parts form a compound."""
    hyphened, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
    elsewhere = paragraph.lower()
    if re.search(rf"\b{re.escape(hyphened)}\b", elsewhere):
        return True
    if re.search(rf"\b{re.escape(joined)}\b", elsewhere):
        return False
    head, tail = head.lower(), tail.lower()
    return head in _COMPOUND_HEADS and (tail in _COMPOUND_TAILS or (head in _FREE_HEADS and len(tail) >= 5))


def _rejoined(before, line, paragraph):
    """The line before a broken word's second part: its hyphen kept before a capital ("Kita-" /
    "Finanzierung") or in a compound, else taken off."""
    if line[:1].isupper():
        return before
    head = _FIRST_WORD.findall(before)[-1]
    tail = _FIRST_WORD.match(line)
    return before if tail and _keeps_hyphen(head, tail.group(0), paragraph) else before[:-1]


def join_wrapped(lines):
    """Hard-wrapped lines as one paragraph: a word broken at a line's end is rejoined (its hyphen
    kept before a capital, "Kita-" / "Finanzierung", and in a compound, "well-" / "known"),
    Chinese and Japanese lines meet without a space, other lines with one."""
    parts, paragraph = [], None
    for line in lines:
        before = parts[-1] if parts else ""
        if not parts or not line:
            parts.append(line)
        elif _BROKEN_WORD.search(before[-3:]) and line[:1].isalpha():
            paragraph = "\n".join(lines) if paragraph is None else paragraph
            parts[-1] = _rejoined(before, line, paragraph)
            parts.append(line)
        elif before and _CJK.match(before[-1]) and _CJK.match(line[:1]):
            parts.append(line)
        else:
            parts.append(" " + line)
    return "".join(parts)


_EMBED = re.compile(r"!\[\[[^\[\]\n]{0,300}\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|#\n]{0,300})(?:#[^\[\]|\n]{0,300})?(?:\|([^\[\]\n]{0,300}))?\]\]")
_COMMENT = re.compile(r"%%.*?%%", re.S)
_CALLOUT = re.compile(r"^(\s*>\s*)\[![\w-]+\][+-]?[ \t]*(.*)$", re.M)
_BLOCK_ID = re.compile(r"[ \t]+\^[A-Za-z0-9-]+[ \t]*$", re.M)
_TAG = re.compile(r"#[^\W\d][\w/-]*")


def _callout(match):
    """A callout's title is a paragraph of its own inside the quote (it names the note)."""
    prefix, title = match.group(1), match.group(2).strip()
    return f"{prefix}{title}\n{prefix.rstrip()}" if title else prefix.rstrip()


def unvault(body):
    """An Obsidian note as plain Markdown: embeds and comments out, a wiki link its words, a
    callout's marker off, block ids and a line's trailing tags gone."""
    if "[[" not in body and "[!" not in body and "%%" not in body:
        return body  # not a vault's note: a hashtag at a line's end may be a tweet's words
    body = _COMMENT.sub("", _EMBED.sub("", body))
    body = _CALLOUT.sub(_callout, _WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), body))
    return "\n".join(_without_trailing_tags(line) for line in _BLOCK_ID.sub("", body).split("\n"))


def _without_trailing_tags(line):
    """The line without the tags ending it ("… shows. #fact-check #tax"), read word by word."""
    if "#" not in line:
        return line
    words = line.rstrip().split(" ")
    count = len(words)
    while len(words) > 1 and _TAG.fullmatch(words[-1]):
        words.pop()
    return " ".join(words) if len(words) < count else line


_NOTION_PROPERTY = re.compile(
    r"^(?:Created|Created by|Created time|Last edited|Last edited time|Last edited by|Tags|Status|"
    r"Owner|Assignee|Type|Category|Date|Date created|Property|URL): \S.*$"
)


def is_notion_properties(lines):
    """A block of two or more "Created: …", "Tags: …" lines: a Notion page's properties."""
    lines = [line for line in lines if line.strip()]
    return len(lines) >= 2 and all(_NOTION_PROPERTY.match(line.strip()) for line in lines)
