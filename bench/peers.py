"""The engine beside its peers, in one run on one corpus: this project, tantivy-py (Rust) and SQLite FTS5.

    python bench/peers.py --sizes 10000 50000          (pip install -e '.[bench]' for tantivy-py)

For each size: the build (wall time, peak RSS of the process tree, index size) and the bench mix of
bench/run.py, per request the median of two warm passes after a cold one; in each pass a request runs on this
project and on tantivy-py in turn (the order turning from request to request), so that the machine's drift
falls on both alike. This project answers the full request (top 10
questions, exact count, every facet counted, up to 3 snippets per result). tantivy-py indexes the same passages and heads
(simple tokenizer, lowercase, ASCII folding, French stop words and stemmer), with the facets the parsed
record carries as fast fields (this project's 13, each question's values as search.facets gives them: the
ministry is the title's portfolios, not the one the question concerns), and answers top 10 passages, the exact
count, a terms aggregation per facet and a snippet per hit; it is timed a second time with the 8 facets that
earlier runs of this bench gave it (status, legislature, year, author, party, addressee, language, descriptors),
so that those runs' figures can be compared. FTS5 is bench/run.py's (text part of the mix, no facets). The peers see only the
text part of a request (fields, dates and filters have no peer); their counts are of passages, ours of
questions. Our build reads and parses the files; tantivy-py is built twice, from the same files read and parsed
by this project's parser in its process (the like-for-like figure: a user of tantivy would have to parse the
pages too) and from the rows already parsed (loaded from a pickle; the engine's own cost); FTS5's time is its
inserts alone. Prints the figures and adds a section to BENCHMARKS.md (--output).
"""
from __future__ import annotations

import argparse
import dataclasses
import pickle
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402  (bench/run.py: the corpus, the mix, the measures)

from search.facets import FACETS as OURS

FACETS = tuple(f.name for f in OURS)  # the 13 that this project counts for every request
EARLIER = ("status", "legislature", "year", "author", "party", "addressee", "language", "descriptors")  # runs before 8be6376


def rows_of(seeds: Path) -> list[dict]:
    """The passages and heads of every question, with the question's facet values."""
    out = []
    for path in sorted(seeds.glob("*.txt")):
        try:
            q = run.parse_file(path)
        except run.ParseError:
            continue
        facets = {f.name: [str(v) for v in f.values(q) if v is not None] for f in OURS}
        out.append({"qid": q.id, "text": q.title + "\n" + "\n".join(q.descriptors), **facets})
        out += [{"qid": q.id, "text": p.text, **facets} for p in q.passages]
    return out


def _tantivy_index(folder: Path):
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("qid", stored=True, tokenizer_name="raw")
    builder.add_text_field("text", stored=True, tokenizer_name="fr")
    for name in FACETS:
        builder.add_text_field(name, stored=False, tokenizer_name="raw", fast=True)
    schema = builder.build()
    folder.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(schema, path=str(folder))
    analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
                .filter(tantivy.Filter.ascii_fold()).filter(tantivy.Filter.stopword("french"))
                .filter(tantivy.Filter.stemmer("french")).build())
    index.register_tokenizer("fr", analyzer)
    return tantivy, index


def tantivy_build(source: str, folder: str) -> None:
    """Run in a process of its own (its peak memory is measured): index the rows of `source`, a pickle of
    parsed rows, or a seeds folder, read and parsed here as this project's build does."""
    rows = rows_of(Path(source)) if Path(source).is_dir() else pickle.loads(Path(source).read_bytes())
    shutil.rmtree(folder, ignore_errors=True)
    tantivy, index = _tantivy_index(Path(folder))
    writer = index.writer(heap_size=256_000_000, num_threads=2)
    for row in rows:
        writer.add_document(tantivy.Document(**{k: (v if isinstance(v, list) else [v]) for k, v in row.items()}))
    writer.commit()
    writer.wait_merging_threads()


def tantivy_query(req) -> str | None:
    match = run.fts_query(req)
    return None if match is None else match.replace('"*', '"')


def _tantivy_build_measured(source: Path, folder: Path) -> tuple[float, int]:
    seconds, peak, _ = run.run_measured([sys.executable, "-c", (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import peers; "
        f"peers.tantivy_build({str(source)!r}, {str(folder)!r})")])
    return seconds, peak


def tantivy_builds(work: Path, n: int, rows_file: Path) -> dict:
    """tantivy-py built twice, each in a process of its own: from parsed rows, then from the files (the index kept)."""
    folder = work / f"tantivy-{n}"
    rows_s, rows_peak = _tantivy_build_measured(rows_file, folder)
    seconds, peak = _tantivy_build_measured(run.corpus(work, n), folder)
    row = {"build_s": seconds, "peak_rss_mb": peak / 1024, "rows_build_s": rows_s, "rows_peak_rss_mb": rows_peak / 1024,
           "index_mb": run.du_mb(folder)}
    print(f"tantivy-py: build {seconds:.1f} s from the files ({rows_s:.1f} s from parsed rows), peak RSS "
          f"{row['peak_rss_mb']:.0f} MB ({row['rows_peak_rss_mb']:.0f}), index {row['index_mb']:.0f} MB", flush=True)
    return row


class Tantivy:
    """tantivy-py's answer to a request of the mix that has a text part: the query parsed, top 10 with the exact
    count, a terms aggregation per facet of `facets`, a snippet per hit."""

    def __init__(self, folder: Path, facets: tuple[str, ...]):
        self.tantivy, self.index = _tantivy_index(folder)
        self.index.reload()
        self.searcher = self.index.searcher()
        self.aggs = {name: {"terms": {"field": name, "size": 50}} for name in facets}

    def __call__(self, text: str) -> None:
        query = self.index.parse_query_lenient(text, ["text"], conjunction_by_default=True)[0]
        result = self.searcher.search(query, 10, count=True)
        self.searcher.aggregate(query, self.aggs)
        snippets = self.tantivy.SnippetGenerator.create(self.searcher, query, self.index.schema, "text")
        for _, address in result.hits:
            snippets.snippet_from_doc(self.searcher.doc(address)).to_html()


def queries(work: Path, n: int, mix, passes: int = 2) -> dict[str, list[float]]:
    """Milliseconds per request of the mix, for this project (every request), tantivy-py with the 13 facets and
    with the 8 of earlier runs (the requests with a text part): a cold pass, then `passes` warm ones in which each
    request runs on each engine in turn, the engines' order turning from request to request, so that the
    machine's drift and its noisy minutes fall on all of them alike; per request, the median of its warm passes."""
    engine = run.Engine(work / f"index-{n}")
    folder = work / f"tantivy-{n}"
    engines = {"ours": lambda req: run.search(engine, req), "tantivy": Tantivy(folder, FACETS),
               "earlier": Tantivy(folder, EARLIER)}
    texts = [tantivy_query(req) for req in mix]
    latencies: dict[str, dict[int, list[float]]] = {name: {} for name in engines}
    names = list(engines)
    for pass_ in range(1 + passes):
        for i, req in enumerate(mix):
            turn = names[(i + pass_) % len(names):] + names[:(i + pass_) % len(names)]
            for name in turn:
                if name != "ours" and texts[i] is None:
                    continue
                t = time.perf_counter()
                engines[name](req if name == "ours" else texts[i])
                if pass_:
                    latencies[name].setdefault(i, []).append((time.perf_counter() - t) * 1000)
    return {name: [statistics.median(v) for v in found.values()] for name, found in latencies.items()}


def one_size(work: Path, n: int) -> list[str]:
    """Every engine on the corpus of `n` questions: the section's lines for that size."""
    seeds = run.corpus(work, n)
    mix = [dataclasses.replace(req, size=10) for req in run.query_mix(seeds)]  # top 10, as the peers answer
    built = run.bench_build(work, n)
    rows_file = work / f"rows-{n}.pickle"
    rows_file.write_bytes(pickle.dumps(rows_of(seeds)))
    peer = tantivy_builds(work, n, rows_file)
    timed = queries(work, n, mix)
    mine = {"build_s": built["seconds"], "peak_rss_mb": built["peak_rss_mb"], "index_mb": built["index_mb"],
            "passages": built["passages"], **run.summary(timed["ours"])}
    peer.update(run.summary(timed["tantivy"]), earlier=run.summary(timed["earlier"]))
    for name, row in (("this project", mine), (f"tantivy-py ({len(FACETS)} facets)", peer),
                      (f"tantivy-py ({len(EARLIER)} facets)", peer["earlier"])):
        print(f"{name}: {row['n']} queries p50 {row['p50']:.1f} p95 {row['p95']:.1f} p99 {row['p99']:.1f} ms", flush=True)
    fts = run.bench_fts5(work, n, mix)
    lines = [f"### {n:,} questions ({mine['passages']:,} passages)", "",
             "| | build s | index MB | build peak RSS MB | p50 ms | p95 ms | p99 ms |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| this project (full request), from the files | {mine['build_s']:.1f} | {mine['index_mb']:.0f} | "
             f"{mine['peak_rss_mb']:.0f} | {mine['p50']:.1f} | {mine['p95']:.1f} | {mine['p99']:.1f} |",
             f"| tantivy-py (text part; {len(FACETS)} facets; passages), from the files | {peer['build_s']:.1f} | "
             f"{peer['index_mb']:.0f} | {peer['peak_rss_mb']:.0f} | {peer['p50']:.1f} | {peer['p95']:.1f} | {peer['p99']:.1f} |",
             f"| tantivy-py, the {len(EARLIER)} facets of earlier runs | | | | {peer['earlier']['p50']:.1f} | "
             f"{peer['earlier']['p95']:.1f} | {peer['earlier']['p99']:.1f} |",
             f"| tantivy-py, from parsed rows | {peer['rows_build_s']:.1f} | | {peer['rows_peak_rss_mb']:.0f} | | | |",
             f"| SQLite FTS5 (text part; no facets), inserts of parsed rows | {fts['build_s']:.1f} | {fts['db_mb']:.0f} | | "
             f"{fts['p50']:.1f} | {fts['p95']:.1f} | {fts['p99']:.1f} |", "",
             f"Ours / tantivy-py: p50 {mine['p50'] / peer['p50']:.2f}×, p95 {mine['p95'] / peer['p95']:.2f}×, "
             f"p99 {mine['p99'] / peer['p99']:.2f}× (against its {len(EARLIER)} facets of earlier runs: p50 "
             f"{mine['p50'] / peer['earlier']['p50']:.1f}×, p95 {mine['p95'] / peer['earlier']['p95']:.1f}×); build from the files {mine['build_s'] / peer['build_s']:.1f}× "
             f"({mine['build_s'] / peer['rows_build_s']:.1f}× its build from parsed rows), index "
             f"{mine['index_mb'] / peer['index_mb']:.1f}×, build peak RSS {mine['peak_rss_mb'] / peer['peak_rss_mb']:.1f}×. "
             f"Ours / FTS5: p50 {mine['p50'] / fts['p50']:.2f}×, p95 {mine['p95'] / fts['p95']:.2f}×, "
             f"p99 {mine['p99'] / fts['p99']:.2f}×.", ""]
    print("\n".join(lines), flush=True)
    return lines


def site(work: Path, n: int, mix, requests: int, clients: int) -> list[str]:
    """The site through the production server (`serve`, result cache off), in one run: a static file (the
    floor: what the server does with no search), the search page over the bench mix, question pages."""
    index = work / f"index-{n}"
    gen = run.Engine(index).generation()
    rng = random.Random(run.SEED + 3)
    # a page per request, none asked twice (run.bench_http): a page's cost, not a cache's
    questions = [f"/question/{gen.id_of(r)}" for r in rng.sample(range(gen.size), min(requests + 4 * clients, gen.size))]
    rows = [("static file (`/static/style.css`)", run.bench_http(index, ["/static/style.css"], requests, clients, 0, "static")),
            ("search page (the bench mix, 20 results)", run.bench_http(index, [run.url_of(r) for r in mix], requests,
                                                                       clients, 0, "search")),
            ("question page (siblings, links, similar questions; each page once)", run.bench_http(index, questions, requests, clients, 0,
                                                                                  "question"))]
    floor = rows[0][1]["rps"]
    lines = [f"### The site at {n:,} questions: `serve`, {clients} clients, {requests} requests each, result cache off", "",
             "| path | req/s | of the static floor | p50 ms | p95 ms | p99 ms | errors |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    lines += [f"| {name} | {row['rps']:.0f} | {row['rps'] / floor:.2f}× | {row['p50']:.0f} | {row['p95']:.0f} | "
              f"{row['p99']:.0f} | {row['errors']} |" for name, row in rows]
    print("\n".join(lines), flush=True)
    return lines + [""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000], help="questions in each synthetic corpus")
    parser.add_argument("--work", default="/tmp/senate-bench", help="where corpora and indexes go (reused)")
    parser.add_argument("--output", default=str(run.ROOT / "BENCHMARKS.md"), help="the report to add a section to")
    parser.add_argument("--site-size", type=int, help="the corpus the site is measured on (default: the largest "
                                                       "of --sizes up to 50,000; 0: not measured)")
    parser.add_argument("--requests", type=int, default=2000, help="HTTP requests per path")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    info = run.machine()
    print(f"{info['date']}: {info['cpu']}, {info['cores']} cores, {info['memory']}, commit {info['commit']}", flush=True)
    sizes = " ".join(str(n) for n in args.sizes)
    lines = [f"## {info['date']} — `python bench/peers.py --sizes {sizes}`", "",
             f"{info['cpu']}, {info['cores']} cores, {info['memory']}, Python {info['python']}, commit {info['commit']}; "
             "synthetic questions (`python -m search synth`), the bench mix of bench/run.py (200 requests, top 10), per "
             "request the median of two warm passes, in which each request runs on each engine in turn; peak RSS of the "
             "build's process tree.", ""]
    for n in args.sizes:
        lines += one_size(work, n)
    site_size = args.site_size if args.site_size is not None else max([n for n in args.sizes if n <= 50_000] or [0])
    if site_size:
        mix = run.query_mix(run.corpus(work, site_size))
        lines += site(work, site_size, mix, args.requests, args.clients)
    text = "\n".join(lines) + "\n"
    output = Path(args.output)
    previous = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n"
    head, found, rest = previous.partition("\n## 20")
    output.write_text(head.rstrip() + "\n\n" + text + ("\n## 20" + rest if found else ""), encoding="utf-8")
    print(f"added to {output}")


if __name__ == "__main__":
    main()
