"""What one public-cache hit's read of its dependencies' tokens costs with Redis, in CPU: through
the thread's own connection (config.cache, what a hit does) against through redis-py's client and
its pool (what it did before), alternated, and a bare round trip on one connection for the floor.

    .venv/bin/python bench/redis_reads.py [--redis=redis://127.0.0.1:6379/7] [--reads 5000] [--repeat 7]
"""

import argparse
import functools
import os
import statistics
import sys
import time
from pathlib import Path

from django.core.cache.backends.redis import RedisCacheClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: A claim page's dependencies: its briefing, the site, and WRITES with its time.
NAMES = ["briefing:12", "site", "public", "ratings"]


def arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/7")
    parser.add_argument("--reads", type=int, default=5000, help="reads per timing (5,000)")
    parser.add_argument("--repeat", type=int, default=7, help="timings of each way; the median counts (7)")
    return parser.parse_args(argv)


def cpu_per_read(read, reads):
    started = time.process_time()
    for _ in range(reads):
        read()
    return (time.process_time() - started) / reads * 1e6


def ways(store, generations):
    """The three ways of reading NAMES' tokens, as functions of no argument."""
    client = store._cache
    keys = [store.make_and_validate_key(generations.key(name)) for name in NAMES]
    connection = client._reader()
    packed = connection.pack_command("MGET", *keys)

    def through_the_pool():  # the same read with Django's RedisCacheClient.get_many
        client.get_many = functools.partial(RedisCacheClient.get_many, client)
        try:
            return generations.current(NAMES)
        finally:
            del client.get_many

    def round_trip():
        connection.send_packed_command(packed)
        return connection.read_response()

    return {
        "own connection (a hit now)": lambda: generations.current(NAMES),
        "redis-py's client and pool (before)": through_the_pool,
        "bare round trip on one connection": round_trip,
    }


def main(argv=None):
    args = arguments(argv if argv is not None else sys.argv[1:])
    os.environ.update(REDIS_URL=args.redis, DJANGO_SETTINGS_MODULE="config.settings", DJANGO_DEBUG="1")
    import django

    django.setup()
    from factcheck.caching import generations

    generations.current(NAMES)
    timed = ways(generations.store(), generations)
    results = {name: [] for name in timed}
    for _ in range(args.repeat):
        for name, read in timed.items():
            results[name].append(cpu_per_read(read, args.reads))
    print(f"| read of {len(NAMES)} tokens | CPU µs, median of {args.repeat} | range |")
    print("| --- | ---: | ---: |")
    for name, figures in results.items():
        print(f"| {name} | {statistics.median(figures):.1f} | {min(figures):.1f}–{max(figures):.1f} |")


if __name__ == "__main__":
    main()
