"""Benchmarks at the size of the real archive; prints figures and appends them to BENCHMARKS.md.

    python bench/run.py            # 1k, 10k, 50k and 100k questions (about 25 minutes here)
    python bench/run.py --quick    # 1k questions, under a minute: the smoke check the tests run

Measured in one run, on this machine: full builds (seconds, passages/s, peak RSS of the
build's whole process tree, index size), an incremental update (10 changed + 10 new
documents), query latency over a fixed mix of 200 queries through the library and through
HTTP (the production server, 8 concurrent clients, result cache off and on), a second mix half
made of phrases of common words, the question page, the memory of the server's workers, and
the same passages and text queries in SQLite FTS5 (plain, and with a column of our analyzer's
terms) as the peer a user could pick instead. The report opens with issue 9's targets.
"""
from __future__ import annotations

import argparse
import http.client
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.hostile import HOSTILE, PAGES, time_hostile  # noqa: E402
from bench.procs import descendants, free_port, memory_kb, tree_rss_kb  # noqa: E402
from search.text.french import STOP_WORDS, french_groups  # noqa: E402
from search.text.tokens import base_words  # noqa: E402
from search.api import (Engine, IndexStore, ParseError, SearchRequest, build as build_index, missing_fields,  # noqa: E402
                        parse_file, search)
from search.tools.synth import VERSION as SYNTH_VERSION, synthesize  # noqa: E402

SEED = 20261122


# -- helpers ---------------------------------------------------------------------------------

def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def summary(values: list[float]) -> dict:
    return {"p50": statistics.median(values), "p95": percentile(values, 95), "p99": percentile(values, 99),
            "mean": statistics.fmean(values), "n": len(values)}


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """(seconds, peak RSS of the process tree in kB, stdout) of a command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.1)
    out, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err}")
    return time.perf_counter() - started, peak, out


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def machine() -> dict:
    cpu = "?"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = "?"
    try:
        mem = f"{int(next(l.split()[1] for l in open('/proc/meminfo') if l.startswith('MemTotal'))) / 2**20:.0f} GiB"
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "commit": commit + ("+changes" if dirty else ""), "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


# -- the corpus and the query mix ---------------------------------------------------------------

def corpus(work: Path, n: int) -> Path:
    """The synthetic archive of `n` questions under `work`, written once per seed and version of the generator:
    one an older generator wrote is written again, and the indexes built from it under `work` go (this bench's
    `index-N`, bench/ab.py's `index-COMMIT-N`), to be built again."""
    folder = work / f"corpus-{n}"
    marker, made = folder / ".complete", f"{SEED} {SYNTH_VERSION}"
    if not marker.exists() or marker.read_text() != made:
        shutil.rmtree(folder, ignore_errors=True)
        for index in (work / f"index-{n}", *work.glob(f"index-*-{n}")):
            shutil.rmtree(index, ignore_errors=True)
        synthesize(n, folder, seed=SEED)
        marker.write_text(made)
    return folder


def indexed(work: Path, n: int) -> tuple[Path, Path]:
    """The synthetic archive of `n` questions under `work` and its index, each made once (the index again when
    this version cannot read it: an older format): (seeds, index)."""
    seeds, index = corpus(work, n), work / f"index-{n}"
    current = IndexStore(index).current()
    if current is None or missing_fields(current):
        shutil.rmtree(index, ignore_errors=True)
        build_index(seeds, index)
    return seeds, index


def query_mix(folder: Path, count: int = 200) -> list[SearchRequest]:
    """A fixed mix: words, 2-3 word AND, phrases, prefixes, fields, dates, facets; page 1 and 5."""
    rng = random.Random(SEED)
    files = sorted(folder.glob("*.txt"))
    sample = [parse_file(p) for p in rng.sample(files, min(120, len(files)))]
    words = [w for q in sample for p in q.passages for w in re.findall(r"[^\W\d_]{5,}", p.text)
             if w.lower() not in STOP_WORDS]
    rng.shuffle(words)
    phrases = []
    for q in sample:
        tokens = re.findall(r"[^\W\d_]{3,}", q.passages[0].text)
        if len(tokens) >= 2:
            i = rng.randrange(len(tokens) - 1)
            phrases.append(f'"{tokens[i]} {tokens[i + 1]}"')
    authors = sorted({q.author.split()[-1] for q in sample if q.author})
    portfolios = ["justice", "intérieur", "finances", "santé", "mobilité", "emploi", "défense", "pensions"]
    descriptors = sorted({d for q in sample for d in q.descriptors})
    mix: list[SearchRequest] = []
    kinds = ["word"] * 40 + ["and"] * 40 + ["phrase"] * 25 + ["prefix"] * 20 + ["field"] * 25 + \
        ["date"] * 20 + ["facet"] * 30
    for i, kind in enumerate(kinds[:count]):
        w = words[i % len(words)]
        if kind == "word":
            q = w if i % 3 else w.lower().translate(str.maketrans("éèêàâçôîû", "eeeaacoiu"))
        elif kind == "and":
            q = " ".join(words[(i * 3 + k) % len(words)] for k in range(2 + i % 2))
        elif kind == "phrase":
            q = phrases[i % len(phrases)]
        elif kind == "prefix":
            q = w[:4].lower() + "*"
        elif kind == "field":
            q = [f"auteur:{rng.choice(authors)}", f"ministre:{rng.choice(portfolios)}", "statut:en-attente",
                 f"legislature:{rng.randint(4, 7)}", f"titre:{w.lower()}", f'descripteur:"{rng.choice(descriptors)}"'][i % 6]
        elif kind == "date":
            year = rng.randint(2008, 2023)
            q = f"{w} date:{year}" if i % 2 else f"{w} date:{year}-03..{year + 1}-06"
        else:
            q = w
        filters = {}
        if kind == "facet":
            filters = [{"status": ["answered"]}, {"legislature": ["5", "6"]}, {"status": ["pending", "lapsed"]},
                       {"year": [str(rng.randint(2008, 2023))]}][i % 4]
        mix.append(SearchRequest(q, filters, page=5 if i % 5 == 4 else 1, size=20))
    return mix


def phrase_mix(folder: Path, count: int = 200) -> list[SearchRequest]:
    """A second mix, half of it phrases of the most common word pairs and triples (stop words
    included: "ont été", "de la sécurité"), the rest words and 3-word ANDs: the worst case
    for a phrase evaluator."""
    rng = random.Random(SEED + 2)
    files = sorted(folder.glob("*.txt"))
    sample = [parse_file(p) for p in rng.sample(files, min(200, len(files)))]
    pairs: dict[str, int] = {}
    triples: dict[str, int] = {}
    words = []
    for q in sample:
        for p in q.passages:
            tokens = re.findall(r"[^\W\d_]+", p.text.lower())
            words += [t for t in tokens if len(t) > 4 and t not in STOP_WORDS]
            for i in range(len(tokens) - 2):
                pairs[" ".join(tokens[i:i + 2])] = pairs.get(" ".join(tokens[i:i + 2]), 0) + 1
                triples[" ".join(tokens[i:i + 3])] = triples.get(" ".join(tokens[i:i + 3]), 0) + 1
    common = sorted(pairs, key=lambda k: -pairs[k])[:60] + sorted(triples, key=lambda k: -triples[k])[:40]
    mix = []
    for i in range(count):
        if i % 2 == 0:
            q = f'"{common[(i // 2) % len(common)]}"'
        elif i % 4 == 1:
            q = rng.choice(words)
        else:
            q = " ".join(rng.choice(words) for _ in range(3))
        mix.append(SearchRequest(q, page=5 if i % 10 == 9 else 1, size=20))
    return mix


def url_of(req: SearchRequest) -> str:
    pairs = [("q", req.q)] + [(k, v) for k, values in req.filters.items() for v in values]
    if req.page != 1:
        pairs.append(("page", str(req.page)))
    return "/?" + urlencode(pairs)


# -- the measurements ---------------------------------------------------------------------------

def bench_build(work: Path, n: int) -> dict:
    seeds, index = corpus(work, n), work / f"index-{n}"
    shutil.rmtree(index, ignore_errors=True)
    seconds, peak, out = run_measured([sys.executable, "-m", "search", "build", "--seeds", str(seeds), "--index", str(index)])
    passages = int(re.search(r"(\d+) passages", out).group(1))
    skipped = int(re.search(r"(\d+) skipped", out).group(1))
    size = du_mb(IndexStore(index).current())
    row = {"questions": n, "passages": passages, "skipped": skipped, "seconds": seconds, "passages_per_s": passages / seconds,
           "peak_rss_mb": peak / 1024, "index_mb": size}
    print(f"build {n:>7} questions: {seconds:7.1f} s, {row['passages_per_s']:7.0f} passages/s, "
          f"peak RSS {row['peak_rss_mb']:6.0f} MB, index {size:6.0f} MB, {skipped} skipped", flush=True)
    return row


def bench_update(work: Path, n: int) -> dict:
    seeds, index = corpus(work, n), work / f"index-{n}"
    files = sorted(seeds.glob("*.txt"))
    rng = random.Random(SEED + 1)
    changed = rng.sample(files, 10)
    saved = {p: p.read_bytes() for p in changed}
    added = []
    try:
        for p in changed:
            p.write_text(p.read_text(encoding="utf-8") + "\nUne phrase ajoutée pour la mise à jour.\n", encoding="utf-8")
        for k, p in enumerate(rng.sample(files, 10)):
            text = p.read_text(encoding="utf-8")
            qid = re.search(r"Question écrite n° (\d+-\d+)", text).group(1)
            target = seeds / f"added_{k}.txt"
            target.write_text(text.replace(qid, f"9-{k + 1}"), encoding="utf-8")
            added.append(target)
        seconds, peak, out = run_measured([sys.executable, "-m", "search", "update", "--seeds", str(seeds), "--index", str(index)])
    finally:
        for p, data in saved.items():
            p.write_bytes(data)
        for p in added:
            p.unlink(missing_ok=True)
    print(f"update {n:>6} questions, 10 changed + 10 added: {seconds:5.2f} s ({out.strip()})", flush=True)
    return {"questions": n, "seconds": seconds, "summary": out.strip()}


def bench_library(index: Path, mix: list[SearchRequest]) -> dict:
    engine = Engine(index)
    started = time.perf_counter()
    search(engine, SearchRequest("ministre"))
    load = time.perf_counter() - started
    first, warm = [], []
    for req in mix:
        t = time.perf_counter()
        search(engine, req)
        first.append((time.perf_counter() - t) * 1000)
    for req in mix:
        t = time.perf_counter()
        search(engine, req)
        warm.append((time.perf_counter() - t) * 1000)
    row = {"load_s": load, "first": summary(first), "warm": summary(warm),
           "slowest": sorted(zip(warm, (r.q for r in mix)), reverse=True)[:3]}
    print(f"library: index load {load:.2f} s; first pass p50 {row['first']['p50']:.1f} ms p95 {row['first']['p95']:.1f} ms; "
          f"warm p50 {row['warm']['p50']:.1f} ms p95 {row['warm']['p95']:.1f} ms p99 {row['warm']['p99']:.1f} ms", flush=True)
    return row


def bench_http(index: Path, urls: list[str], requests: int, clients: int, cache: int, label: str) -> dict:
    """`requests` GETs of `urls` in turn by `clients` concurrent clients against `python -m search serve`, after
    4 × `clients` warming ones: the timed requests go on from where the warm-up stopped, so that `urls` as long as
    both ask each address once (question pages: what a cache of terms or records would flatter is not asked
    twice)."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "search", "serve", "--index", str(index), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,  # as a user runs it
                              env={**os.environ, "SEARCH_RESULT_CACHE": str(cache)})
    try:
        for _ in range(200):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("GET", "/?q=ministre")
                conn.getresponse().read()
                break
            except OSError:
                time.sleep(0.1)
        warm = iter(range(4 * clients))  # every worker process opens its index before the clock starts

        def warm_up() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for i in warm:
                conn.request("GET", urls[i % len(urls)])
                conn.getresponse().read()

        helpers = [threading.Thread(target=warm_up) for _ in range(clients)]
        for t in helpers:
            t.start()
        for t in helpers:
            t.join()
        latencies: list[float] = []
        errors = []
        lock = threading.Lock()
        counter = iter(range(4 * clients, 4 * clients + requests))

        def client() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for i in counter:
                t = time.perf_counter()
                try:
                    conn.request("GET", urls[i % len(urls)])
                    response = conn.getresponse()
                    response.read()
                    ok = response.status in (200, 302)  # 302: a page past the last redirects to it
                except OSError as exc:
                    ok, conn = False, http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    errors.append(str(exc))
                with lock:
                    latencies.append((time.perf_counter() - t) * 1000)
                    if not ok:
                        errors.append(urls[i % len(urls)])

        threads = [threading.Thread(target=client) for _ in range(clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        workers = [memory_kb(pid) for pid in descendants(server.pid)]
    finally:
        server.terminate()
        server.wait(timeout=10)
    workers = [w for w in workers if w.get("Rss")]
    row = {"label": label, "cache": cache, "requests": len(latencies), "errors": len(errors), "rps": len(latencies) / wall,
           "workers": workers, **summary(latencies)}
    memory = ", ".join(f"RSS {w['Rss'] / 1024:.0f} MB (PSS {w.get('Pss', 0) / 1024:.0f})" for w in workers)
    print(f"http {label} (cache {'on' if cache else 'off'}, {clients} clients): {row['rps']:.0f} req/s, "
          f"p50 {row['p50']:.0f} ms, p95 {row['p95']:.0f} ms, p99 {row['p99']:.0f} ms, "
          f"errors {row['errors']}/{row['requests']}; workers: {memory}", flush=True)
    return row


FTS_TOKEN = re.compile(r'(?:[^\s:"]+:)?"[^"]*"|\S+')


def fts_query(req: SearchRequest) -> str | None:
    """The text part of a request in FTS5 syntax (fields, dates and facets have no FTS5 peer)."""
    parts = []
    for token in FTS_TOKEN.findall(req.q):
        if ":" in token.strip('"'):
            field, _, value = token.partition(":")
            if field in ("titre", "auteur", "ministre", "descripteur") and value:
                token = value
            else:
                continue
        if token.startswith('"'):
            words = re.findall(r"\w+", token)
            if words:
                parts.append('"' + " ".join(words) + '"')
        elif token.endswith("*"):
            parts.append('"' + token[:-1].replace('"', "") + '"*')
        else:
            parts.append('"' + token.replace('"', "") + '"')
    return " ".join(parts) or None


def stemmed_query(match: str) -> str:
    """An FTS5 query on the `stems` column: each word becomes the OR of our analyzer's variants."""
    parts = []
    for token in re.findall(r'"[^"]*"\*?|\S+', match):
        if token.endswith("*") or " " in token.strip('"'):
            parts.append("text:" + token)  # prefixes and phrases: the unstemmed column, as ours does
            continue
        for group in french_groups(base_words(token.strip('"'))):
            parts.append("stems:(" + " OR ".join(f'"{v}"' for v in group) + ")")
    return " AND ".join(parts)


def bench_fts5(work: Path, n: int, mix: list[SearchRequest], stemmed: bool = False) -> dict:
    seeds = corpus(work, n)
    path = work / f"fts5-{n}{'-stemmed' if stemmed else ''}.db"
    path.unlink(missing_ok=True)
    questions = []
    for p in sorted(seeds.glob("*.txt")):
        try:
            questions.append(parse_file(p))
        except ParseError:
            pass
    db = sqlite3.connect(path)
    started = time.perf_counter()
    db.execute(f"CREATE VIRTUAL TABLE passages USING fts5(qid UNINDEXED, part UNINDEXED, text{', stems' if stemmed else ''}, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    rows = [(q.id, "head", q.title + "\n" + "\n".join(q.descriptors)) for q in questions]
    rows += [(q.id, p.part, p.text) for q in questions for p in q.passages]
    if stemmed:  # the same analyzer's terms in a second column: like for like with ours
        rows = [(*row, " ".join(t for g in french_groups(base_words(row[2])) for t in g)) for row in rows]
    db.executemany(f"INSERT INTO passages VALUES (?, ?, ?{', ?' if stemmed else ''})", rows)
    db.commit()
    build = time.perf_counter() - started
    latencies = []
    for req in mix:
        match = fts_query(req)
        if match is None:
            continue
        if stemmed:
            match = stemmed_query(match)
        offset = (req.page - 1) * req.size
        t = time.perf_counter()
        try:
            db.execute("SELECT count(DISTINCT qid) FROM passages WHERE passages MATCH ?", (match,)).fetchone()
            page = [row[0] for row in db.execute(
                "SELECT qid, min(rank) FROM passages WHERE passages MATCH ? GROUP BY qid ORDER BY 2 LIMIT ? OFFSET ?",
                (match, req.size, offset))]
            marks = ",".join("?" * len(page))
            db.execute(f"SELECT qid, snippet(passages, 2, '<mark>', '</mark>', '…', 16) FROM passages "
                       f"WHERE passages MATCH ? AND qid IN ({marks}) ORDER BY rank", (match, *page)).fetchall()
        except sqlite3.OperationalError:
            continue
        latencies.append((time.perf_counter() - t) * 1000)
    db.close()
    row = {"build_s": build, "passages": len(rows), "db_mb": path.stat().st_size / 2**20, "stemmed": stemmed,
           **summary(latencies)}
    print(f"sqlite fts5{' (pre-stemmed column)' if stemmed else ''}: insert {len(rows)} passages {build:.1f} s ({len(rows) / build:.0f}/s), "
          f"{row['db_mb']:.0f} MB; {len(latencies)} text queries p50 {row['p50']:.1f} ms p95 {row['p95']:.1f} ms", flush=True)
    return row


# -- the report ---------------------------------------------------------------------------------

def _targets(builds, update, library, http_rows, query_size, hostile) -> list[str]:
    """Issue 9's targets at 50,000 questions, each with what this run measured."""
    at = next((b for b in builds if b["questions"] == query_size), builds[0])
    big = next((b for b in builds if b["questions"] == 100_000), None)
    pages = [t for t in hostile if t[1] in PAGES]
    exports = [t for t in hostile if t[1] not in PAGES] or [(0.0, "", "")]
    page = next(h for h in http_rows if h["label"] == "search" and not h["cache"])
    question = next(h for h in http_rows if h["label"] == "question")
    rows = [
        ("HTTP search page ≥ 120 req/s, 8 clients, p99 < 250 ms, 0 errors, cache off",
         f"{page['rps']:.0f} req/s, p99 {page['p99']:.0f} ms, {page['errors']} errors",
         page["rps"] >= 120 and page["p99"] < 250 and not page["errors"]),
        ("question page p95 < 50 ms, ≥ 150 pages/s, 8 clients",
         f"p95 {question['p95']:.0f} ms, {question['rps']:.0f} pages/s", question["p95"] < 50 and question["rps"] >= 150),
        ("library p50 < 5 ms, p95 < 25 ms, p99 < 60 ms (warm)",
         f"p50 {library['warm']['p50']:.1f}, p95 {library['warm']['p95']:.1f}, p99 {library['warm']['p99']:.1f} ms",
         library["warm"]["p50"] < 5 and library["warm"]["p95"] < 25 and library["warm"]["p99"] < 60),
        ("library first pass after opening p95 < 50 ms", f"p95 {library['first']['p95']:.1f} ms "
         f"(opening {library['load_s'] * 1000:.0f} ms)", library["first"]["p95"] < 50),
        ("build ≥ 2,000 passages/s", f"{at['passages_per_s']:,.0f} passages/s", at["passages_per_s"] >= 2000),
        ("build peak RSS < 1.5 GB, whole process tree", f"{at['peak_rss_mb']:,.0f} MB", at["peak_rss_mb"] < 1536),
        ("100k questions built in < 6 min", f"{big['seconds']:.0f} s" if big else "not measured",
         bool(big) and big["seconds"] < 360),
        ("`update` of 20 documents < 2 s", f"{update['seconds']:.2f} s, process start included", update["seconds"] < 2),
        (f"every hostile request ({len(HOSTILE)} × {len(PAGES)} pages and API routes) answered < 1 s, in process",
         f"slowest {pages[0][0] * 1000:.0f} ms (`{pages[0][1]}?{pages[0][2][:30]}`); exports, which a query "
         f"matching everything makes long by nature: slowest {exports[0][0] * 1000:.0f} ms", pages[0][0] < 1.0),
    ]
    if query_size != 50_000:
        rows = [(t, m + f" (at {query_size:,})", ok) for t, m, ok in rows]
    return ["| target | measured | |", "| --- | --- | --- |"] + [
        f"| {t} | {m} | {'met' if ok else '**not met**'} |" for t, m, ok in rows]


def report(args, info, builds, update, library, http_rows, fts_rows, query_size, command, hostile) -> str:
    same = next(b for b in builds if b["questions"] == query_size)
    lines = [f"## {info['date']} — `{command}`", "",
             f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; Python {info['python']}; "
             f"commit {info['commit']}.", "", f"### Targets at {query_size:,} questions", ""]
    lines += _targets(builds, update, library, http_rows, query_size, hostile)
    lines += ["", "### Full build", "",
              "| questions | passages | documents skipped | seconds | passages/s | peak RSS (MB, whole process tree) | index on disk (MB) |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for b in builds:
        lines.append(f"| {b['questions']:,} | {b['passages']:,} | {b['skipped']} | {b['seconds']:.1f} | "
                     f"{b['passages_per_s']:,.0f} | {b['peak_rss_mb']:,.0f} | {b['index_mb']:,.0f} |")
    lines += ["", f"### Incremental update at {update['questions']:,} questions (10 changed + 10 new documents)", "",
              f"{update['seconds']:.2f} s — `{update['summary']}`", "",
              f"### Queries at {query_size:,} questions, result cache off unless said", "",
              f"The bench mix: {library['warm']['n']} requests (words, 2-3 word AND, phrases, prefixes, fields, dates, "
              "facets; pages 1 and 5), facets, grouping and 3 snippets per result. The phrase mix: half phrases of "
              "the most common word pairs and triples, stop words included, half words and 3-word ANDs.", "",
              "| path | p50 ms | p95 ms | p99 ms | mean ms | req/s | errors |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
              f"| library, bench mix, first pass after opening | {library['first']['p50']:.1f} | "
              f"{library['first']['p95']:.1f} | {library['first']['p99']:.1f} | {library['first']['mean']:.1f} | | |",
              f"| library, bench mix, warm | {library['warm']['p50']:.1f} | {library['warm']['p95']:.1f} | "
              f"{library['warm']['p99']:.1f} | {library['warm']['mean']:.1f} | | |"]
    names = {"search": "HTTP search page, bench mix", "phrases": "HTTP search page, phrase mix",
             "question": "HTTP question page (`/question/<id>`, siblings, related, similar; each page once)"}
    for h in http_rows:
        lines.append(f"| {names[h['label']]}, `serve` (gunicorn), {args.clients} clients, result cache "
                     f"{'on' if h['cache'] else 'off'} ({h['requests']} requests) | {h['p50']:.0f} | {h['p95']:.0f} | "
                     f"{h['p99']:.0f} | {h['mean']:.0f} | {h['rps']:.0f} | {h['errors']} |")
    for fts in fts_rows:
        kind = "pre-stemmed column (our analyzer's terms), " if fts["stemmed"] else ""
        lines.append(f"| SQLite FTS5, {kind}same passages, text part of the bench mix ({fts['n']}), no facets or "
                     f"grouping | {fts['p50']:.1f} | {fts['p95']:.1f} | {fts['p99']:.1f} | {fts['mean']:.1f} | | |")
    page = next(h for h in http_rows if h["label"] == "search" and not h["cache"])
    lines += ["", f"Opening the index took {library['load_s'] * 1000:.0f} ms (memory maps, warm-up query included). "
              "Slowest warm library requests: " + ", ".join(f"`{q}` {ms:.0f} ms" for ms, q in library["slowest"]) + "."]
    if page["workers"]:
        lines += ["", "Memory of the server's workers after the bench-mix run (smaps_rollup): " + "; ".join(
            f"RSS {w['Rss'] / 1024:.0f} MB, of it shared {(w.get('Shared_Clean', 0) + w.get('Shared_Dirty', 0)) / 1024:.0f} MB, "
            f"PSS {w.get('Pss', 0) / 1024:.0f} MB" for w in page["workers"]) +
            ". PSS divides each shared page among the processes that map it: the query arrays are "
            "memory-mapped files, counted once for all workers."]
    for fts in fts_rows:
        lines.append("")
        lines.append(f"SQLite FTS5{' with the pre-stemmed column' if fts['stemmed'] else ''} inserted "
                     f"{fts['passages']:,} passages in {fts['build_s']:.1f} s ({fts['db_mb']:.0f} MB), parsing excluded; "
                     f"ours / FTS5: query p50 {library['warm']['p50'] / fts['p50']:.2f}×, "
                     f"p95 {library['warm']['p95'] / fts['p95']:.2f}×, build time {same['seconds'] / fts['build_s']:.1f}×.")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1k questions only, fewer HTTP requests: the CI smoke check")
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default 1000,10000,50000,100000; --quick: 1000)")
    parser.add_argument("--work", default="/tmp/senate-bench", help="where corpora and indexes go (reused between runs)")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"), help="the report to append to")
    parser.add_argument("--requests", type=int, help="HTTP requests per run (default 2000, --quick 200)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    args = parser.parse_args()
    sizes = [int(s) for s in (args.sizes or ("1000" if args.quick else "1000,10000,50000,100000")).split(",")]
    requests = args.requests or (200 if args.quick else 2000)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    command = "python bench/run.py" + (" --quick" if args.quick else "") + (f" --sizes {args.sizes}" if args.sizes else "")
    info = machine()
    print(f"{info['date']}: {info['cpu']}, {info['cores']} cores, {info['memory']}, commit {info['commit']}", flush=True)
    builds = [bench_build(work, n) for n in sizes]
    query_size = max([n for n in sizes if n <= 50_000] or sizes[:1])
    # the update runs on a fresh build at the query size (a larger build may have come after it)
    update = bench_update(work, query_size)
    mix = query_mix(corpus(work, query_size))
    phrases = phrase_mix(corpus(work, query_size))
    index = work / f"index-{query_size}"
    library = bench_library(index, mix)
    hostile = time_hostile(index)
    engine = Engine(index)
    gen = engine.generation()
    rng = random.Random(SEED + 3)
    question_urls = [f"/question/{gen.id_of(r)}"  # each page once (bench_http)
                     for r in rng.sample(range(gen.size), min(requests + 4 * args.clients, gen.size))]
    http_rows = [bench_http(index, [url_of(r) for r in mix], requests, args.clients, cache, "search")
                 for cache in (0, 256)]
    http_rows.append(bench_http(index, [url_of(r) for r in phrases], requests, args.clients, 0, "phrases"))
    http_rows.append(bench_http(index, question_urls, requests, args.clients, 0, "question"))
    fts_rows = [bench_fts5(work, query_size, mix), bench_fts5(work, query_size, mix, stemmed=True)]
    text = report(args, info, builds, update, library, http_rows, fts_rows, query_size, command, hostile)
    output = Path(args.output)
    previous = output.read_text(encoding="utf-8") if output.exists() else ""
    if not previous.startswith("# Benchmarks"):
        previous = ("# Benchmarks\n\nEach section is one run of `python bench/run.py` (newest first); reproduce a "
                    "section with the command in its heading. Machines are shared and noisy: compare figures within "
                    "one section.\n\n") + previous
    head, found, rest = previous.partition("\n## 20")  # runs are headed by their date; what precedes stays on top
    output.write_text(head.rstrip() + "\n\n" + text + ("\n## 20" + rest if found else ""), encoding="utf-8")
    print(f"appended to {output}")


if __name__ == "__main__":
    main()
