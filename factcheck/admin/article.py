"""The article as the desk shows it: a page of headings and numbered statements with their
claims, each statement marked with what an editor may correct there (briefings.editing).

Shared by the briefing desk (which shows it) and the split desk (which sends the editor back to
the page holding the statement just corrected)."""

import re

from django.db.models import Prefetch

from briefings.editing import merges_with
from briefings.models import Statement

from ..models import Claim

STATEMENTS_PER_PAGE = 200
WORDS_AROUND_A_SPLIT = 4
WORD = re.compile(r"\S+")


def split_points(text):
    """Where a statement can be cut: the start of every word but the first, each as (offset,
    "…last words ¦ next words…") for the split form's menu. The service takes the offset as a
    character index and drops the whitespace around it, so a menu of word boundaries can offer
    nothing it refuses."""
    matches = list(WORD.finditer(text))
    words = [match.group() for match in matches]
    points = []
    for number, match in enumerate(matches[1:], start=1):
        before = " ".join(words[max(0, number - WORDS_AROUND_A_SPLIT) : number])
        after = " ".join(words[number : number + WORDS_AROUND_A_SPLIT])
        lead = "…" if number > WORDS_AROUND_A_SPLIT else ""
        tail = "…" if number + WORDS_AROUND_A_SPLIT < len(words) else ""
        points.append((match.start(), f"{lead}{before} ¦ {after}{tail}"))
    return points


def _mark(statements, *, editing, text):
    """Tell each statement whether it merges with the next (the service's own rule,
    briefings.editing.merges_with), whether it can be hidden and, for an editor, where it can be
    split."""
    for statement, following in zip(statements, [*statements[1:], None], strict=True):
        statement.merges_with_next = following is not None and merges_with(statement, following, text=text)
        statement.split_points = split_points(statement.text) if editing else []
        # the service refuses to hide a published verdict's statement; the claims are prefetched
        statement.hideable = not any(claim.live_version_id for claim in statement.claims.all())
    return statements


def article_sections(briefing, page=1, *, editing=False):
    """One page of the article as the desk works it: headings, numbered statements and their
    claims. A page holds STATEMENTS_PER_PAGE statements, so a long briefing's page stays quick.
    Each section's statements are in `section.rows`, marked for the editor's corrections."""
    first = (page - 1) * STATEMENTS_PER_PAGE + 1
    shown = {"position__gte": first, "position__lt": first + STATEMENTS_PER_PAGE}
    claims = Prefetch("claims", queryset=Claim.objects.select_related("rating", "assignee").order_by("id"))
    statements = Statement.objects.filter(**shown).order_by("position").prefetch_related(claims)
    sections = briefing.sections.filter(
        **{f"statements__{key}": value for key, value in shown.items()}
    ).distinct()
    sections = list(
        sections.order_by("position").prefetch_related(Prefetch("statements", queryset=statements))
    )
    for section in sections:
        section.rows = _mark(list(section.statements.all()), editing=editing, text=briefing.text)
    return sections


def page_of(statement):
    """The page of the desk's article that holds `statement`."""
    return (statement.position - 1) // STATEMENTS_PER_PAGE + 1


def statement_pages(request, briefing):
    """The page of statements asked for (?statements=N) and the pages there are."""
    total = briefing.statements.count()
    pages = max(1, -(-total // STATEMENTS_PER_PAGE))
    try:
        page = min(max(1, int(request.GET.get("statements", 1))), pages)
    except ValueError:
        page = 1
    return page, pages, total
