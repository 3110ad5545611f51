"""Hostile requests, timed: every one of them through every route of the site, in one process.

    python bench/hostile.py                 # on the index in index/ (or --index DIR)
    python bench/hostile.py --index /tmp/senate-bench/index-50000

Prints the slowest answers; bench/run.py reports the slowest at its query size. A hostile
request (a huge query, a prefix over most of the vocabulary, 300 filter values) must be
answered, a page or a 400, within about a second on the pages and the API: what
tests/system/test_hostile.py once asserted with a clock, measured here instead. The exports are
timed too, apart: a query that matches every question (`q=%00`) exports all of them, which
takes seconds at 50,000 (README, "/export.xlsx").
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ("/", "/api/search", "/stats", "/feed.atom")
EXPORTS = ("/export.csv", "/export.xlsx")  # all of a selection: a query that matches everything is long by nature
ROUTES = PAGES + EXPORTS
HOSTILE = [
    ("q=" + "x" * 10_000, 400, "requête trop longue"),
    ("q=" + "(" * 1000 + "a" + ")" * 1000, 400, "requête trop longue"),
    ("q=" + "(" * 400 + "a" + ")" * 400, 400, "parenthèses imbriquées"),
    ("q=*", 400, "au moins 2 lettres"),
    ("q=a*", 400, "au moins 2 lettres"),
    ("q=de*", 200, None),  # a prefix over much of the vocabulary: capped, answered
    ('q="médias', 400, "guillemet"),
    ("q=couleur:rouge", 400, "champ inconnu"),
    ("q=" + " OU ".join(["asile"] * 100), 400, "trop complexe"),
    ("page=1000000000", 400, "page 1000000000"),
    ("page=" + "9" * 40, 400, "nombre trop grand"),
    ("size=1000000", 400, "taille de page"),
    ("page=-3", 400, "page -3"),
    ("size=-1", 400, "taille de page"),
    ("page=1e9", 400, "nombre entier"),
    ("q=asile%00prison", 200, None),
    ("q=%00", 400, "ni lettre ni chiffre"),
    ("q=%ZZ%", 200, None),
    ("q=%FF%FE%FD", 200, None),
    ("q=asile&q=prison&page=1&page=2", 200, None),
    ("sort=%3Cscript%3E", 400, " ; choix : "),  # a results page's order, or the statistics' (tri, ordre)
    ("from=2013-13-45", 400, "écrivez 2013"),
    ("status=" + "&status=".join(["pending"] * 300), 200, None),
    ("status=" + "&status=".join(["x"] * 300), 400, "valeur « x » inconnue pour le filtre statut"),
    ("facet_limit=100000000", 400, "facet_limit"),
    ("q=5-99999999", 200, None),
]


def time_hostile(index: Path, rounds: int = 1) -> list[tuple[float, str, str]]:
    """(seconds, route, request) of every hostile request on every route, slowest first (result cache off)."""
    from web import create_app

    client = create_app({"INDEX_DIR": str(index), "TESTING": True, "RESULT_CACHE": 0}).test_client()
    client.get("/api/search?q=question")  # the first request's one-time costs are not a hostile request's
    timings = []
    for _ in range(rounds):
        for query, _, _ in HOSTILE:
            for route in ROUTES:
                started = time.perf_counter()
                response = client.get(route + "?" + quote(query, safe="=&%*()-:"))
                response.get_data()
                timings.append((time.perf_counter() - started, route, query))
    return sorted(timings, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=str(ROOT / "index"), help="the index to time them on")
    parser.add_argument("--rounds", type=int, default=1, help="times each request is sent on each route")
    args = parser.parse_args()
    timings = time_hostile(Path(args.index), args.rounds)
    seconds = [t for t, _, _ in timings]
    pages = [t for t in timings if t[1] in PAGES]
    print(f"{len(HOSTILE)} hostile requests x {len(ROUTES)} routes x {args.rounds}: median {statistics.median(seconds) * 1000:.1f} ms; "
          f"slowest on the pages and the API {pages[0][0] * 1000:.0f} ms, of all {seconds[0] * 1000:.0f} ms")
    for elapsed, route, query in timings[:10]:
        print(f"  {elapsed * 1000:7.1f} ms  {route:<13} {query[:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
