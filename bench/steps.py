"""What the relevance steps cost: the bench mix through the library with them on, then off, one index.

    python bench/steps.py                  # 50k questions (builds the synthetic archive once, as run.py does)
    python bench/steps.py --size 10000

The steps: the title-and-descriptors term and proximity (every AND of words), then, on a page
that is not full, the questions holding part of the words and those on the same subject, and
the spelling check of every query. Off means their switches in search.query.scoring set to 0
and the searching functions replaced by ones that do nothing, in this process. Rounds alternate
on/off so that a noisy neighbour weighs on both; it prints medians and the ratio.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import indexed, percentile, query_mix  # noqa: E402
from search.api import Engine, SearchRequest, search  # noqa: E402

EXTRA = ["alocations familiales", "surpopulation carcerale prisons belges", "penssion de survie veuves",
         "combien de detenus dorment par terre dans les prisons", "fraude fiscale internationale gouvernement"]


def switches(on: bool) -> None:
    import search.service.search as page
    from search.matching import scoring
    from search.widening.widen import Widening

    original = switches.__dict__.setdefault("original", (scoring.PROXIMITY_WEIGHT, scoring.SUBJECT_WEIGHT,
                                                          page.widen, page.suggest))
    if on:
        scoring.PROXIMITY_WEIGHT, scoring.SUBJECT_WEIGHT, page.widen, page.suggest = original
    else:
        scoring.PROXIMITY_WEIGHT = scoring.SUBJECT_WEIGHT = 0.0
        page.widen = lambda sel, wanted: (sel, Widening())
        page.suggest = lambda *args: None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="questions in the synthetic archive")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each, alternating")
    parser.add_argument("--work", default="/tmp/senate-bench", help="where corpora and indexes go (shared with run.py)")
    args = parser.parse_args()
    seeds, index = indexed(Path(args.work), args.size)
    mix = query_mix(seeds) + [SearchRequest(q) for q in EXTRA]
    engine = Engine(index)
    search(engine, SearchRequest("ministre"))
    times: dict[str, list[float]] = {"on": [], "off": []}
    for i in range(args.rounds * 2):
        label = ("on", "off")[(i + i // 2) % 2]  # on off off on on off: each half as often first
        switches(label == "on")
        for req in mix:
            started = time.perf_counter()
            search(engine, req)
            times[label].append((time.perf_counter() - started) * 1000)
    switches(True)
    print(f"{args.size} questions, {len(mix)} requests x {args.rounds} rounds each, result cache off")
    for label, values in times.items():
        print(f"  steps {label:3}: p50 {statistics.median(values):6.1f} ms  p95 {percentile(values, 95):6.1f} ms  "
              f"p99 {percentile(values, 99):6.1f} ms")
    print(f"  on / off: p50 {statistics.median(times['on']) / statistics.median(times['off']):.2f}x, "
          f"p95 {percentile(times['on'], 95) / percentile(times['off'], 95):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
