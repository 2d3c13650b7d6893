"""The article as the desk shows it: a page of headings and numbered statements with their
claims, each statement marked with what an editor may correct there (briefings.editing).

Shared by the briefing desk (which shows it) and the split desk (which sends the editor back to
the page holding the statement just corrected)."""

import re
from types import SimpleNamespace

from django.db.models import F, Prefetch
from django.urls import reverse

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


def _mark(statements, *, editing, text, in_order=True):
    """Tell each statement whether it merges with the next (the service's own rule,
    briefings.editing.merges_with; only in article order, where the next one is shown beside it),
    whether it can be hidden and, for an editor, where it can be split."""
    for statement, following in zip(statements, [*statements[1:], None], strict=True):
        statement.merges_with_next = (
            in_order and following is not None and merges_with(statement, following, text=text)
        )
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
    statements = Statement.objects.filter(**shown).order_by("position").prefetch_related(_claims())
    sections = briefing.sections.filter(
        **{f"statements__{key}": value for key, value in shown.items()}
    ).distinct()
    sections = list(
        sections.order_by("position").prefetch_related(Prefetch("statements", queryset=statements))
    )
    for section in sections:
        section.rows = _mark(list(section.statements.all()), editing=editing, text=briefing.text)
    return sections


def _claims():
    return Prefetch("claims", queryset=Claim.objects.select_related("rating", "assignee").order_by("id"))


def chosen_sections(briefing, *, by_worthiness, minimum=None, editing=False):
    """The article's statements most check-worthy first (unscored last, ties in article order)
    or in article order, those below `minimum` left out: the first STATEMENTS_PER_PAGE, as one
    section without a heading, so the desk's template shows them like the article."""
    statements = briefing.statements.prefetch_related(_claims())
    if minimum is not None:
        statements = statements.filter(check_worthiness__gte=minimum)
    order = (F("check_worthiness").desc(nulls_last=True), "position") if by_worthiness else ("position",)
    rows = list(statements.order_by(*order)[:STATEMENTS_PER_PAGE])
    section = SimpleNamespace(heading="", pk=None, position=None)
    section.rows = _mark(rows, editing=editing, text=briefing.text, in_order=False)
    return [section] if rows else []


MOST_CHECK_WORTHY = "worthiness"
ORDERS = {"article": "Article order", MOST_CHECK_WORTHY: "Most check-worthy first"}


def worthiness_choice(request):
    """The desk's ?order= and ?min_worthiness= as asked, and a message for what cannot be read
    (the article order and no minimum are used instead)."""
    order, given = request.GET.get("order", "article"), request.GET.get("min_worthiness", "").strip()
    problems = []
    if order not in ORDERS:
        problems.append(
            "The desk sorts statements in article order or most check-worthy first; shown in article order."
        )
        order = "article"
    minimum = None
    if given:
        try:
            minimum = int(given)
        except ValueError:
            minimum = -1
        if not 0 <= minimum <= 100:
            problems.append(
                "The lowest check-worthiness to show is a whole number from 0 to 100; all are shown."
            )
            minimum = None
    ranked = order == MOST_CHECK_WORTHY or minimum is not None
    return {"order": order, "min_worthiness": minimum, "ranked": ranked, "problems": problems}


def page_of(statement):
    """The page of the desk's article that holds `statement`."""
    return (statement.position - 1) // STATEMENTS_PER_PAGE + 1


def on_the_desk(briefing_id, statement=None):
    """The briefing's desk page holding `statement`, scrolled to it; the top of the page without one."""
    url = reverse("admin:briefings_briefing_change", args=[briefing_id])
    if statement is None:
        return url
    page = page_of(statement)
    return f"{url}{f'?statements={page}' if page > 1 else ''}#{statement.anchor}"


def statement_pages(request, briefing):
    """The page of statements asked for (?statements=N) and the pages there are."""
    total = briefing.statements.count()
    pages = max(1, -(-total // STATEMENTS_PER_PAGE))
    try:
        page = min(max(1, int(request.GET.get("statements", 1))), pages)
    except ValueError:
        page = 1
    return page, pages, total
