"""Two commits measured side by side on one machine, in alternation: the library's bench mix (warm), the
HTTP search page and question pages (`serve`, 8 clients, result cache off), each commit with its own index of the
same corpus.

    python bench/ab.py d065b19 HEAD --size 50000 --rounds 3

Each commit is checked out into a worktree under --work and runs its own code and its own bench/run.py
(its query mix, its server); the corpus is bench/run.py's, the one bench/peers.py measures, written once per
version of the generator (with it, the old corpus's indexes go). Alternating the commits round by round spreads
the machine's noise over both; the medians of the rounds are compared. Prints the figures and appends
them to BENCHMARKS.md (--output).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
import run  # noqa: E402  (bench/run.py: the corpus, as bench/peers.py's)

LIBRARY = """
import json, sys
from pathlib import Path
sys.path[:0] = [{root!r}, {root!r} + "/bench"]
import run
mix = run.query_mix(Path({corpus!r}))
print(json.dumps(run.bench_library(Path({index!r}), mix)["warm"]))
"""
HTTP = """
import json, sys
from pathlib import Path
sys.path[:0] = [{root!r}, {root!r} + "/bench"]
import run
mix = run.query_mix(Path({corpus!r}))
row = run.bench_http(Path({index!r}), [run.url_of(r) for r in mix], {requests}, 8, 0, "search")
print(json.dumps({{k: row[k] for k in ("rps", "p50", "p95", "p99", "errors")}}))
"""
QUESTION = """
import json, random, sys
from pathlib import Path
sys.path[:0] = [{root!r}, {root!r} + "/bench"]
import run
gen = run.Engine(Path({index!r})).generation()
rows = random.Random(run.SEED + 3).sample(range(gen.size), min({requests} + 32, gen.size))  # bench/peers.py's pages
row = run.bench_http(Path({index!r}), [f"/question/{{gen.id_of(r)}}" for r in rows], {requests}, 8, 0, "question")
print(json.dumps({{k: row[k] for k in ("rps", "p50", "p95", "p99", "errors")}}))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def python(code: str, root: Path) -> dict:
    """Run `code` with `root`'s package first on the path, in `root` (so `-m search` finds that version)."""
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(root)})
    if out.returncode:
        raise SystemExit(f"{root}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the commit before (e.g. d065b19)")
    parser.add_argument("head", help="the commit after (e.g. HEAD)")
    parser.add_argument("--size", type=int, default=50_000, help="questions in the corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=2000, help="HTTP requests per measurement")
    parser.add_argument("--work", default="/tmp/senate-ab", help="worktrees, corpus and indexes (reused)")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    commits = {name: git("rev-parse", "--short", ref) for name, ref in (("base", args.base), ("head", args.head))}
    corpus = run.corpus(work, args.size)  # the corpus bench/peers.py measures (written anew, it drops old indexes)
    roots, indexes = {}, {}
    for name, commit in commits.items():
        roots[name] = work / f"tree-{commit}"
        if not roots[name].is_dir():
            git("worktree", "add", "--detach", str(roots[name]), commit)
        indexes[name] = work / f"index-{commit}-{args.size}"
        if not indexes[name].is_dir():
            subprocess.run([sys.executable, "-m", "search", "build", "--seeds", str(corpus), "--index",
                            str(indexes[name])], cwd=roots[name], check=True, env={**os.environ,
                                                                                   "PYTHONPATH": str(roots[name])})
    rows: dict[str, list] = {"base": [], "head": []}
    for round_ in range(1, args.rounds + 1):
        for name in ("base", "head"):
            fill = dict(root=str(roots[name]), corpus=str(corpus), index=str(indexes[name]), requests=args.requests)
            library, http = python(LIBRARY.format(**fill), roots[name]), python(HTTP.format(**fill), roots[name])
            page = python(QUESTION.format(**fill), roots[name])
            rows[name].append((library, http, page))
            print(f"round {round_} {name} {commits[name]}: library p50 {library['p50']:.1f} p95 {library['p95']:.1f} "
                  f"p99 {library['p99']:.1f} ms; search page {http['rps']:.0f} req/s p50 {http['p50']:.0f} "
                  f"p95 {http['p95']:.0f} p99 {http['p99']:.0f} ms, errors {http['errors']}; question page "
                  f"{page['rps']:.0f} req/s p99 {page['p99']:.0f} ms, errors {page['errors']}", flush=True)
    med = {name: {"lib_p50": statistics.median(r[0]["p50"] for r in rows[name]),
                  "lib_p95": statistics.median(r[0]["p95"] for r in rows[name]),
                  "lib_p99": statistics.median(r[0]["p99"] for r in rows[name]),
                  "rps": statistics.median(r[1]["rps"] for r in rows[name]),
                  "http_p99": statistics.median(r[1]["p99"] for r in rows[name]),
                  "q_rps": statistics.median(r[2]["rps"] for r in rows[name]),
                  "q_p99": statistics.median(r[2]["p99"] for r in rows[name])} for name in rows}
    lines = [f"## {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} — `python bench/ab.py {args.base} {args.head} "
             f"--size {args.size} --rounds {args.rounds}`", "",
             f"{commits['base']} against {commits['head']}, {args.size:,} questions, {args.rounds} rounds in alternation; "
             "medians of the rounds (library: the bench mix warm; HTTP: the search page over the mix and question "
             f"pages, each once ({args.requests:,} of them), 8 clients, cache off).", "",
             "| | library p50 ms | library p95 ms | library p99 ms | search page req/s | search page p99 ms | "
             "question page req/s | question page p99 ms |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    keys = ("lib_p50", "lib_p95", "lib_p99", "rps", "http_p99", "q_rps", "q_p99")
    for name in ("base", "head"):
        m = med[name]
        lines.append(f"| {commits[name]} | " + " | ".join(f"{m[k]:.1f}" if k.startswith("lib") else f"{m[k]:.0f}"
                                                         for k in keys) + " |")
    b, h = med["base"], med["head"]
    lines.append("| ratio | " + " | ".join(f"{h[k] / b[k]:.2f}" for k in keys) + " |")
    lines.append("")
    text = "\n".join(lines)
    print(text)
    output = Path(args.output)
    old = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n"
    head, sep, rest = old.partition("\n## ")
    output.write_text(head.rstrip("\n") + "\n\n" + text + ("\n## " + rest if sep else ""), encoding="utf-8")


if __name__ == "__main__":
    main()
