"""Where a query's time goes: the bench mix through the library, each stage of a results page timed.

    python bench/stages.py                  # 50k questions (builds the synthetic archive once, as run.py does)
    python bench/stages.py --size 10000 --size-of-page 20

The stages are the functions search.service.search calls for a page (the selection, the spelling,
the widening, the ranking, the facets' counts, the results with their records, best passages and
snippets), each wrapped with a timer in this process: a stage called inside another counts in both
(the selection inside `chosen`, the snippets inside `_results`). The mix runs once before it is timed,
then --rounds times; it prints, per stage, the mean milliseconds a query, its share of the whole, and
its calls a query. What a stage costs, not how fast a query is: bench/run.py and bench/peers.py time
those, without the timers' overhead.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import indexed, query_mix  # noqa: E402
from search.api import Engine, search  # noqa: E402
from search.service import search as page  # noqa: E402

# the stages of a page: the functions search.service.search calls, in the order it runs them
STAGES = ("chosen", "selection", "suggest", "shown", "ranked", "count_facets", "_results",
          "best_passages", "question_fields", "siblings", "_snippet")


def timed(module=page, stages=STAGES) -> tuple[dict[str, float], dict[str, int]]:
    """Wrap each stage with a timer: (seconds per stage, calls per stage), filled as searches run."""
    seconds: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    for name in stages:
        inner = getattr(module, name)

        def wrapper(*args, _inner=inner, _name=name, **kwargs):
            started = time.perf_counter()
            try:
                return _inner(*args, **kwargs)
            finally:
                seconds[_name] += time.perf_counter() - started
                calls[_name] += 1

        setattr(module, name, wrapper)
    return seconds, calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="questions in the synthetic archive")
    parser.add_argument("--size-of-page", type=int, default=10, help="results a page (the site shows 20)")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the mix")
    parser.add_argument("--work", default="/tmp/senate-bench", help="where corpora and indexes go (shared with run.py)")
    args = parser.parse_args()
    seeds, index = indexed(Path(args.work), args.size)
    mix = [dataclasses.replace(req, size=args.size_of_page) for req in query_mix(seeds)]
    engine = Engine(index)
    seconds, calls = timed()
    for req in mix:  # warm: the generation's caches, the stems
        search(engine, req)
    seconds.clear()
    calls.clear()
    started = time.perf_counter()
    for _ in range(args.rounds):
        for req in mix:
            search(engine, req)
    queries = len(mix) * args.rounds
    whole = (time.perf_counter() - started) / queries * 1000
    print(f"{args.size} questions, {len(mix)} requests x {args.rounds} rounds, {args.size_of_page} results a page, "
          f"result cache off: {whole:.2f} ms a query (timers included)")
    print(f"  {'stage':<16} {'ms/query':>9} {'share':>6} {'calls/query':>12}")
    for name, spent in sorted(seconds.items(), key=lambda kv: -kv[1]):
        ms = spent / queries * 1000
        print(f"  {name:<16} {ms:9.2f} {ms / whole:6.0%} {calls[name] / queries:12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
