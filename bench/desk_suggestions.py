"""The briefing's desk page with "Checked before" beside each statement (factcheck.admin.suggestions),
on a database that already holds the bench archive (`manage.py generate_bench_data`; use a copy):
a 100-statement article is imported (half its sentences the wording of public claims in the
archive, half new generated ones), then the editor's desk page is timed cold (the default cache
emptied: each view looks up what its LOOKUP_BUDGET allows, so the views until every statement
has been looked up are counted), warm (the look-ups kept, best and median of `--requests`), and
with no look-ups at all (SUGGESTED_AT_MOST = 0) for comparison; with each, its queries.

    .venv/bin/python bench/desk_suggestions.py DATABASE_URL VAR_DIRECTORY [--requests N]
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402

STATEMENTS = 100


def article(rng):
    from factcheck.benchdata import sentences
    from factcheck.models import ClaimVersion

    public = list(
        ClaimVersion.objects.public().order_by("?").values_list("text", flat=True)[: STATEMENTS // 2]
    )
    fresh = [sentences.sentence(rng) for _ in range(STATEMENTS - len(public))]
    lines = public + fresh
    rng.shuffle(lines)
    return "Desk suggestions bench\n\n" + "\n\n".join(lines) + "\n"


def timed(editor, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = editor.get(path)
        wall = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    return wall, len(queries), html.count('class="checked-before"'), "Not looked up yet" in html


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database_url")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--requests", type=int, default=5)
    args = parser.parse_args(argv)
    args.directory.mkdir(parents=True, exist_ok=True)
    measure.setup(measure.environment(args.directory, args.database_url))
    from django.core.cache import cache
    from django.urls import reverse

    from briefings.importers import import_briefing
    from factcheck.admin import suggestions
    from factcheck.models import Claim

    briefing = import_briefing(article(random.Random(18)), slug=f"desk-suggestions-{time.time_ns()}").briefing
    path = reverse("admin:briefings_briefing_change", args=[briefing.pk])
    editor = measure.editor_client()
    print(f"{Claim.objects.public().count():,} public claims; {briefing.statements.count()} statements")
    editor.get(path)  # the session's and the admin's first look-ups
    cache.clear()
    cold = [timed(editor, path)]
    while cold[-1][3]:
        cold.append(timed(editor, path))
    print(
        f"cold: {len(cold)} views until every statement was looked up: "
        + ", ".join(f"{wall:.0f} ms ({shown} shown, {queries} queries)" for wall, queries, shown, _ in cold)
    )
    warm = [timed(editor, path) for _ in range(args.requests)]
    suggestions.SUGGESTED_AT_MOST = 0
    off = [timed(editor, path) for _ in range(args.requests)]
    for name, runs in (("warm (kept)", warm), ("no look-ups", off)):
        walls = [wall for wall, *_ in runs]
        print(
            f"{name}: best {min(walls):.0f} ms, median {statistics.median(walls):.0f} ms, "
            f"{runs[0][1]} queries, {runs[0][2]} statements with 'Checked before'"
        )


if __name__ == "__main__":
    main()
