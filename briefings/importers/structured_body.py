"""The rest of a truncated article from its JSON-LD `articleBody` (a sixth outside test, 2026-12).

A page rendered by JavaScript often holds only the article's first paragraph in its HTML (a
skeleton loader stands for the rest), while its schema.org `NewsArticle` in a
`<script type="application/ld+json">` holds the whole text, which the page's script shows. The
structured body is a fallback, never a source of text a reader cannot see next to a complete
body (docs/security.md, hidden text); it is read only when all of these hold:

- the object is the page's own article: a top-level object (or one of its `@graph`), of an
  article type, whose `headline` is the page's visible `<h1>` (an `ItemList` of other
  articles, nested in it, is never read);
- it is not marked `isAccessibleForFree: false` (a paywalled body: the reader sees the teaser);
- the visible body is clearly truncated: every paragraph of it that ends a sentence is in the
  structured body, in order, and the visible body is under half its length.

Then the structured body's text after the last visible paragraph is the rest of the article.
"""

import json
import re

from .document import clean_inline

_ARTICLE_TYPES = frozenset(
    [
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "backgroundnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "report",
    ]
)
_NOT_FREE = frozenset([False, "false", "False", "FALSE", "no", "No"])
_TRUNCATED = 0.5  # the visible body's share of the structured one, at most
_SENTENCE_MIN = 30  # characters: a visible paragraph that must be found in the structured body
_SENTENCE_ENDS = tuple(".!?。！？।۔؟…»”\"')")
_LINES = re.compile(r"\s*\n\s*")


def _objects(tree):
    """The top-level JSON-LD objects of the page, and those of their `@graph`s."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            graph = item.get("@graph") if isinstance(item, dict) else None
            yield from (graph if isinstance(graph, list) else [item])


def _is_article(item):
    kinds = item.get("@type") if isinstance(item, dict) else None
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES for kind in kinds)


def structured_paragraphs(tree, headline):
    """The paragraphs of the page's own free article body in its JSON-LD, or []."""
    for item in _objects(tree):
        if not _is_article(item) or _not_free(item.get("isAccessibleForFree")):
            continue
        body, title = item.get("articleBody"), item.get("headline")
        if isinstance(body, str) and isinstance(title, str) and _same(title, headline):
            return [text for text in (clean_inline(line) for line in _LINES.split(body)) if text]
    return []


def _not_free(mark):
    """Whether a JSON-LD `isAccessibleForFree` says the body is paywalled. Any JSON may stand
    there: a list or an object is no answer (and would not hash)."""
    return isinstance(mark, (bool, str)) and mark in _NOT_FREE


def _same(one, other):
    return bool(other) and clean_inline(one).casefold() == clean_inline(other).casefold()


def rest_of_article(tree, headline, visible):
    """The paragraphs of the structured body after the `visible` ones, when the visible body is
    clearly truncated (see the module's docstring); else []."""
    paragraphs = structured_paragraphs(tree, headline)
    whole = " ".join(paragraphs)
    shown = [text for text in visible if len(text) >= _SENTENCE_MIN and text.endswith(_SENTENCE_ENDS)]
    if not shown or len(" ".join(visible)) > _TRUNCATED * len(whole):
        return []
    end = 0
    for text in shown:
        found = whole.find(text, end)
        if found < 0:
            return []  # not this article's body, or not its beginning
        end = found + len(text)
    return _after(paragraphs, end)


def _after(paragraphs, end):
    """The paragraphs' text after offset `end` of their join by spaces, as paragraphs."""
    rest, start = [], 0
    for paragraph in paragraphs:
        stop = start + len(paragraph)
        if stop > end:
            rest.append(paragraph[max(0, end - start) :].strip())
        start = stop + 1
    return [text for text in rest if text]
