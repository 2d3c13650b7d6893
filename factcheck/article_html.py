"""The article's text as HTML, written in Python: its sections, paragraphs, lists and tables, each
statement with its verdicts in place.

Why not a template: the article loops over every statement (thousands in a long one), and the
template engine's cost per node and per `{% include %}` made the uncached page cost ~150 ms for
500 statements (bench/render_profile.py). This writes the same markup as the templates did
(briefings/statement.html, includes/verdict.html and includes/wording_changed.html, which the
other pages still use), escaping every value as autoescape would; tests/public compare it.
"""

import html
from functools import lru_cache

from django.utils.safestring import mark_safe

from briefings.bidi import closed

from .links import paths_for
from .models import Evidence

BLOCKS = {  # block kind: (opening, before each statement, after each, closing)
    "list": ('<ul class="article-list">', "<li>", "</li>", "</ul>"),
    "table": ('<table class="article-table"><tbody>', "<tr><td>", "</td></tr>", "</tbody></table>"),
    "quote": ('<blockquote><div class="paragraph">', "", " ", "</div></blockquote>"),
    "paragraph": ('<div class="paragraph">', "", " ", "</div>"),
}
STANCES = dict(Evidence.Stance.choices)


def escape(text):
    """django.utils.html.escape without its check for lazy strings, which cost as much as the
    escaping on a page that escapes fifty thousand values; every value here is a plain str. Most
    hold none of the five characters, and looking for them first is twice as fast as replacing."""
    text = str(text)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text)
    return text


def run(text):
    """A run of the article's or a checker's text, escaped, its open bidirectional controls
    closed at its end (briefings.bidi): an override left open in one statement reverses
    nothing after it. The `bidi_closed` filter does the same in the templates."""
    return escape(closed(text))


@lru_cache(maxsize=256)
def verdict(rating):
    """includes/verdict.html (a RatingSnapshot, frozen: its markup is kept, a page repeats it)."""
    return (
        f'<span class="verdict" style="--verdict: {escape(rating.colour)}"><span class="verdict-symbol"'
        f' aria-hidden="true">{escape(rating.symbol)}</span> {escape(rating.name)}</span>\n'
    )


def _evidence(cited):
    items = []
    for evidence in cited:
        publisher = f", {run(evidence.publisher)}" if evidence.publisher else ""
        excerpt = f": “{run(evidence.excerpt)}”" if evidence.excerpt else ""
        stance = STANCES.get(evidence.stance, evidence.stance)
        items.append(
            f'\n      <li><span class="stance stance-{escape(evidence.stance)}">{escape(stance)}</span>'
            f' <a href="{escape(evidence.url)}" rel="nofollow noopener">{run(evidence.title)}</a>'
            f"{publisher}{excerpt}</li>"
        )
    return f'<ul class="evidence-list">{"".join(items)}</ul>' if items else ""


def _lines(text):
    """Django's `linebreaksbr` filter with autoescape (each line end a <br>), without its checks
    for lazy and safe strings, which cost more than the work on a page of a thousand verdicts."""
    return escape(text.replace("\r\n", "\n").replace("\r", "\n")).replace("\n", "<br>")


def _claim_summary(version, verdict_html, link):
    rating = version.rating
    notice = (
        '<p class="wording-notice" role="note"><strong>The article’s wording changed after this'
        f" check.</strong> The wording checked: “{run(version.statement_text)}”</p>\n"
        if version.wording_changed
        else ""
    )
    return (
        '\n  <div class="claim-summary">\n'
        f'    <p class="claim-line"><span class="label">Claim:</span> {run(version.text)}</p>\n'
        f"    {notice}\n"
        f'    <p>{verdict_html} <span class="definition">{escape(rating.definition)}</span></p>\n'
        f"    <p>{_lines(version.rationale)}</p>\n"
        f"    {_evidence(version.cited_evidence)}\n"
        f'    <p><a href="{link(version.claim_id)}">The full fact-check</a></p>\n'
        "  </div>\n"
    )


def _checked(statement, site_lang, link):
    claims = statement.public_claims
    verdicts = [verdict(claim.rating) for claim in claims]
    summaries = "".join(
        _claim_summary(claim, label, link) for claim, label in zip(claims, verdicts, strict=True)
    )
    return (
        f'<details class="statement checked" id="{escape(statement.anchor)}"><summary>{run(statement.text)}'
        f" <span{site_lang}>{''.join(verdicts)}</span></summary>\n"
        f'<div class="statement-panel"{site_lang}>\n{summaries}\n</div></details>'
    )


def statement_html(statement, *, only, site_lang, link):
    """briefings/statement.html: a checked statement opens on its verdicts (unless the reader
    filters them out); any other is plain text, marked as not yet checked."""
    aliases = (
        "".join(f'<span id="{escape(alias)}" class="alias"></span>' for alias in statement.alias_anchors)
        if statement.aliases
        else ""
    )
    claims = statement.public_claims
    if claims and (not only or only in statement.rating_slugs):
        return aliases + _checked(statement, site_lang, link)
    if claims:
        return (
            f'{aliases}<span class="statement checked-hidden" id="{escape(statement.anchor)}">'
            f"{run(statement.text)}</span>"
        )
    return aliases + _unchecked(statement, site_lang)


def _unchecked(statement, site_lang):
    return (
        f'<span class="statement" id="{escape(statement.anchor)}" title="Not yet checked">{run(statement.text)}'
        f'<span class="visually-hidden"{site_lang}> (not yet checked)</span></span>'
    )


def article_html(article, *, article_lang, site_lang, only, preview):
    """The article's sections as HTML; `article_lang` and `site_lang` are the attributes (or "")
    of the languages filters, `only` the rating slug the reader filters by (or ""). Most
    statements carry neither a verdict nor an alias, and are written without the detour through
    statement_html."""
    link = paths_for("claim-preview" if preview else "claim")
    parts = []
    for section in article.sections:
        label = f' aria-label="{escape(section.heading)}"' if section.heading else ""
        parts.append(f'\n    <section class="article-section"{article_lang}{label}>\n      ')
        if section.heading:
            parts.append(f"<h2>{escape(section.heading)}</h2>")
        for block in section.blocks:
            opening, before, after, closing = BLOCKS[block.kind]
            parts.append(f"\n      \n        {opening}")
            for statement in block.statements:
                if statement.public_claims or statement.aliases:
                    html = statement_html(statement, only=only, site_lang=site_lang, link=link)
                else:
                    html = _unchecked(statement, site_lang)
                parts.append(f"{before}{html}\n{after}")  # "\n": as the template's include ended
            parts.append(closing)
        parts.append("\n      \n    </section>\n  ")
    return mark_safe("".join(parts))
