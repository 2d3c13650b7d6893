"""Reading a response as a browser would, for what no template wrote: an element, an attribute,
an event handler or a script address that came from stored text.

Factdesk's own pages carry no inline script, no event handler attribute and no javascript:,
data: or vbscript: address (the Content-Security-Policy forbids them), so any of these on a page
is injection; so is any element from the corpus's own markup (payloads.INJECTED_CLASS, or a tag
the pages never use). Besides the parse, the raw text is searched for each payload's opening
markup, verbatim: escaped, it can never appear.
"""

import json
import re

from lxml import etree
from lxml import html as lxml_html

from .payloads import INJECTED_CLASS, PAYLOADS

SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")
URL_ATTRIBUTES = {
    "action",
    "background",
    "cite",
    "codebase",
    "data",
    "dynsrc",
    "formaction",
    "href",
    "longdesc",
    "lowsrc",
    "manifest",
    "ping",
    "poster",
    "src",
    "srcset",
    "to",
    "values",
    "xlink:href",
}
FOREIGN_TAGS = {
    "animate",
    "applet",
    "audio",
    "base",
    "embed",
    "frame",
    "frameset",
    "iframe",
    "isindex",
    "marquee",
    "math",
    "mglyph",
    "mtext",
    "noscript",
    "object",
    "plaintext",
    "set",
    "source",
    "video",
    "x",
    "xmp",
    "xss",
}
DANGER_WORDS = ("__xss", "javascript", "vbscript", "expression(", "binding", "behavior", "@import", "alert(")
# Browsers ignore ASCII whitespace and C0 controls around and inside a URL's scheme.
IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")
DATA_BLOCKS = {"application/ld+json", "application/json"}
JSON_LD = '//script[@type="application/ld+json"]'


def signature(text):
    """A payload's opening markup up to its sentinel (`<img src=x onerror=window.__xss`), or
    None when it has no markup before one."""
    start = text.find("<")
    ends = [(text.find(word, start), word) for word in ("__xss", "alert", "javascript")]
    ends = [end + len(word) for end, word in ends if end > start >= 0]
    return text[start : min(ends)] if ends else None


SIGNATURES = {payload.id: signature(payload.text.replace("\x00", "")) for payload in PAYLOADS}
SIGNATURES = {id: text for id, text in SIGNATURES.items() if text}


def dangerous(text):
    lowered = (text or "").lower()
    return any(word in lowered for word in DANGER_WORDS)


def script_address(value):
    return IGNORED_IN_SCHEME.sub("", value or "").lower().startswith(SCRIPT_SCHEMES)


def attribute_problems(element):
    problems = []
    for name, value in element.attrib.items():
        name = name.lower()
        handler = name.startswith("on") or name == "srcdoc"
        address = name in URL_ATTRIBUTES and script_address(value)
        styled = name == "style" and dangerous(value)
        marked = name == "class" and INJECTED_CLASS in value
        if handler or address or styled or marked:
            problems.append(f"<{element.tag} {name}={value!r}>")
    return problems


def script_problem(element):
    """A script is the site's own (an address on this site, nothing inline) or a data block
    (JSON-LD, or the browsable API's JSON), which no browser runs."""
    if (element.get("type") or "").lower() in DATA_BLOCKS:
        return None
    src = element.get("src") or ""
    if src.startswith("/") and not src.startswith("//") and not (element.text or "").strip():
        return None
    return f"<script src={src!r}>{(element.text or '')[:80]}</script>"


def element_problems(element):
    if not isinstance(element.tag, str):  # a comment or processing instruction
        return [f"<!--{element.text[:80]}-->"] if dangerous(element.text) else []
    tag = element.tag.lower()
    problems = attribute_problems(element)
    if tag in FOREIGN_TAGS:
        problems.append(f"<{tag}> element")
    elif tag == "script":
        problems.append(script_problem(element))
    elif tag == "style" and dangerous(element.text_content()):
        problems.append(f"<style>{element.text_content()[:80]}</style>")
    elif tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
        problems.append(f"<meta http-equiv=refresh content={element.get('content')!r}>")
    return [problem for problem in problems if problem]


def parse_html(content):
    return lxml_html.document_fromstring(content)


def injections(content):
    """Everything in the HTML `content` (bytes or text) that a payload made: a list of short
    descriptions, empty when the page is clean."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    problems = [f"raw {id}: {mark!r}" for id, mark in SIGNATURES.items() if mark in text]
    if not text.strip():
        return problems
    root = parse_html(text)
    for element in root.iter():
        problems += element_problems(element)
    return problems


def fragment_tags(markup):
    """The tags an HTML fragment (a feed item's description) makes."""
    if not markup.strip():
        return []
    root = lxml_html.fragment_fromstring(markup, create_parent="div")
    return [element.tag for element in root.iter() if isinstance(element.tag, str)][1:]


def json_ld_texts(content):
    """The raw text of each JSON-LD block, split where a browser would split it."""
    root = parse_html(content)
    return [script.text or "" for script in root.xpath(JSON_LD)]


def json_ld_problems(text):
    """What is wrong with one JSON-LD block's raw text: a way out of its script element, a line
    separator a JavaScript reader chokes on, or JSON that does not parse."""
    problems = [f"raw {mark!r}" for mark in ("</", "<!--", "\u2028", "\u2029") if mark in text]
    try:
        json.loads(text)
    except ValueError as error:
        problems.append(f"not JSON: {error}")
    return problems


def parse_xml(content):
    """A feed or sitemap as XML (never HTML): raises when it is not well-formed."""
    return etree.fromstring(content, parser=etree.XMLParser(resolve_entities=False, no_network=True))
