"""suite.py's one table, built from each database's measurements (measure.py's JSON). No Django
here, so tests build a table from a made-up run."""

BASELINE = "bare Django (startproject middleware)"
HEADER = (
    "| measure | database | value | × bare Django | worker CPU ms per request | × bare Django by CPU "
    "| p50 ms | p99 ms | p50 ms @32 | p99 ms @32 | p99/p50 @32 |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
)


def _row(measure, database, value, ratio="", latencies=("",) * 7):
    return f"| {measure} | {database} | {value} | {ratio} | " + " | ".join(latencies) + " |"


def _latencies(load):
    """p50 and p99 in ms; a dash when no request finished within the run."""
    if not load["requests"]:
        return ("—", "—")
    return (f"{load['p50_ms']:,.1f}", f"{load['p99_ms']:,.1f}")


def _mean(run, figure):
    """The bare baseline's `figure` at 16 connections: the mean of its runs before and after the pages."""
    values = [load["at16"][figure] for load in run["loads"] if load["name"].startswith(BASELINE)]
    return sum(values) / len(values)


def _desk_row(database, load, cpu):
    """A run at a few connections (an editor's desk): its own requests/s, CPU and latencies; no
    ratio of requests/s (the baseline's is at 16 connections) and nothing at 32."""
    desk = load["desk"]
    value = f"{desk['requests_per_second']:,.0f} req/s"
    if desk["errors"]:
        value += f", {desk['errors']:,} errors"
    by_cpu = (f"{desk['cpu_ms']:,.2f}", f"{cpu / desk['cpu_ms']:.3f}")
    shown = (*by_cpu, *_latencies(desk), "", "", "")
    return _row(f"load: {load['name']}, {load['connections']} connections", database, value, "", shown)


def _load_rows(database, run):
    rate, cpu = _mean(run, "requests_per_second"), _mean(run, "cpu_ms")
    for load in run["loads"]:
        if "desk" in load:
            yield _desk_row(database, load, cpu)
            continue
        at16, at32 = load["at16"], load["at32"]
        value = f"{at16['requests_per_second']:,.0f} req/s"
        if at16["tool"] != "wrk":
            value += f" ({at16['tool']})"
        errors = at16["errors"] + at32["errors"]
        if errors:
            value += f", {errors:,} errors"
        spread = f"{at32['p99_ms'] / at32['p50_ms']:.1f}×" if at32["requests"] else "—"
        by_cpu = (f"{at16['cpu_ms']:,.2f}", f"{cpu / at16['cpu_ms']:.3f}")
        shown = (*by_cpu, *_latencies(at16), *_latencies(at32), spread)
        yield _row(
            f"load: {load['name']}", database, value, f"{at16['requests_per_second'] / rate:.3f}", shown
        )


def _process_rows(database, run):
    made, imported = run["generated"], run["imported"]
    rate = made["statements"] / made["seconds"]
    yield _row(
        f"generate_bench_data ({made['summary']})",
        database,
        f"{made['seconds']:.1f} s, {rate:,.0f} statements/s",
    )
    rate = imported["statements"] / imported["seconds"]
    yield _row(
        f"import a {imported['statements']:,}-statement document", database, f"{rate:,.0f} statements/s"
    )
    for name, page in run["rendered"].items():
        yield _row(
            f"in-process: {name} ({page['path']})",
            database,
            f"{page['ms']:,.1f} ms, {page['queries']} queries",
        )


def table(runs):
    """The table's lines: `runs` maps a database's name to what measure.py measured on it; rows of
    the same measure sit together, one per database."""
    rows = {}
    for database, run in runs.items():
        for kind in (_process_rows, _load_rows):
            for line in kind(database, run):
                rows.setdefault(line.split(" | ")[0], []).append(line)
        memory = ", ".join(f"{mb:.0f}" for mb in run["memory_mb"])
        rows.setdefault("| memory", []).append(
            _row("resident memory of each worker after the load", database, f"{memory} MB")
        )
    return [*HEADER, *(line for lines in rows.values() for line in lines)]
