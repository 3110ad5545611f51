"""Relevance of the search on the judged corpus: recall@10, precision@10 and nDCG@10.

    python -m tests.relevance.evaluate              # this project, by kind of query
    python -m tests.relevance.evaluate --compare    # and stock Whoosh French and SQLite FTS5, same queries
    python -m tests.relevance.evaluate --verbose    # every query, with what it missed

It builds an index of tests/relevance/pages/ in a temporary folder. One result of ours
stands for its question and for the siblings that matched with it ("Aussi posée à"):
the page lists them under it, so they count in its place, in that order.
"""
from __future__ import annotations

import argparse
import math
import re
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Callable

from .pages import PAGES, Q, questions
from .queries import QUERIES, Query

K = 10


@dataclass
class Scores:
    recall: float
    precision: float
    ndcg: float


def judgments(query: Query, corpus: list[Q]) -> dict[str, int]:
    """The questions that answer `query`, graded 2 (named, or filed under its subject first) or 1
    (filed under its subject too)."""
    out = {}
    for q in corpus:
        for wanted in query.relevant:
            if wanted == q.id:
                out[q.id] = 2
            elif wanted in q.subjects:
                out[q.id] = max(out.get(q.id, 0), 2 if q.subjects[0] == wanted else 1)
    return out


def score(ranked: list[str], relevant: dict[str, int]) -> Scores:
    """recall@K, precision@K and nDCG@K of one ranked list of question ids."""
    top = list(dict.fromkeys(ranked))[:K]
    hits = [qid for qid in top if qid in relevant]
    dcg = sum((2 ** relevant[qid] - 1) / math.log2(i + 2) for i, qid in enumerate(top) if qid in relevant)
    ideal = sorted(relevant.values(), reverse=True)[:K]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return Scores(len(hits) / len(relevant), len(hits) / K, dcg / idcg if idcg else 0.0)


def ours(index: Path) -> Callable[[str], list[str]]:
    from search.api import Engine, QueryError, SearchRequest, search

    engine = Engine(index)

    def run(text: str) -> list[str]:
        try:
            page = search(engine, SearchRequest(text, size=K))
        except QueryError:
            return []
        out = []
        for result in page.results:
            out.append(result.id)
            out += [s.id for s in result.siblings if s.matched]
        return out
    return run


def stock_whoosh(corpus_dir: Path, index: Path) -> Callable[[str], list[str]]:
    """Whoosh as it comes: its French LanguageAnalyzer, BM25F, the query parser's AND."""
    from whoosh import index as windex
    from whoosh.analysis import LanguageAnalyzer
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import MultifieldParser

    from search.api import parse_file

    fields = ("title", "descriptors", "question", "answer")
    schema = Schema(id=ID(stored=True, unique=True), **{f: TEXT(analyzer=LanguageAnalyzer("fr")) for f in fields})
    index.mkdir(parents=True, exist_ok=True)
    ix = windex.create_in(str(index), schema)
    with ix.writer() as writer:
        for path in sorted(corpus_dir.glob("*.txt")):
            q = parse_file(path)
            writer.add_document(id=q.id, title=q.title, descriptors=" ; ".join(q.descriptors),
                                question=q.question, answer=q.answer or "")
    parser = MultifieldParser(list(fields), ix.schema)
    searcher = ix.searcher()

    def run(text: str) -> list[str]:
        return [hit["id"] for hit in searcher.search(parser.parse(text), limit=K)]
    return run


def fts5(corpus_dir: Path) -> Callable[[str], list[str]]:
    """SQLite FTS5 as it comes: unicode61 without diacritics, every word required, bm25."""
    from search.api import parse_file

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE q USING fts5(id UNINDEXED, title, descriptors, question, answer,"
               " tokenize='unicode61 remove_diacritics 2')")
    for path in sorted(corpus_dir.glob("*.txt")):
        q = parse_file(path)
        db.execute("INSERT INTO q VALUES (?, ?, ?, ?, ?)",
                   (q.id, q.title, " ; ".join(q.descriptors), q.question, q.answer or ""))

    def run(text: str) -> list[str]:
        words = re.findall(r"\w+", text)
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = db.execute("SELECT id FROM q WHERE q MATCH ? ORDER BY bm25(q) LIMIT ?", (match, K))
        return [r[0] for r in rows]
    return run


def evaluate(run: Callable[[str], list[str]], corpus: list[Q] = None) -> dict[str, tuple[Scores, list]]:
    """Per query: its scores and what it returned."""
    corpus = corpus if corpus is not None else questions()
    out = {}
    for query in QUERIES:
        ranked = run(query.text)
        out[query.text] = (score(ranked, judgments(query, corpus)), ranked)
    return out


def means(results: dict, kind: str = None) -> Scores:
    chosen = [s for text, (s, _) in results.items() if kind is None or _kind(text) == kind]
    return Scores(mean(s.recall for s in chosen), mean(s.precision for s in chosen), mean(s.ndcg for s in chosen))


def _kind(text: str) -> str:
    return next(q.kind for q in QUERIES if q.text == text)


def build_index(dest: Path) -> Path:
    from search.api import build

    index = dest / "index"
    build(PAGES, index)
    return index


def _line(name: str, s: Scores, n: int) -> str:
    return f"{name:<28} {s.recall:>9.3f} {s.precision:>9.3f} {s.ndcg:>9.3f} {n:>8}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="also stock Whoosh French and SQLite FTS5")
    parser.add_argument("--verbose", action="store_true", help="every query, with its scores and misses")
    args = parser.parse_args(argv)
    corpus = questions()
    with tempfile.TemporaryDirectory() as tmp:
        systems = {"this project": ours(build_index(Path(tmp)))}
        if args.compare:
            systems["stock Whoosh French"] = stock_whoosh(PAGES, Path(tmp) / "stock")
            systems["SQLite FTS5"] = fts5(PAGES)
        results = {name: evaluate(run, corpus) for name, run in systems.items()}
    print(f"{len(QUERIES)} queries, {len(corpus)} questions; mean over the queries, at {K} results\n")
    print(f"{'':<28} {'recall':>9} {'precision':>9} {'nDCG':>9} {'queries':>8}")
    for name, res in results.items():
        print(_line(name, means(res), len(res)))
    print()
    ours_res = results["this project"]
    for kind in dict.fromkeys(q.kind for q in QUERIES):
        n = sum(1 for q in QUERIES if q.kind == kind)
        print(_line(f"  this project, {kind}", means(ours_res, kind), n))
    if args.verbose:
        print()
        relevant_of = {q.text: judgments(q, corpus) for q in QUERIES}
        for text, (s, ranked) in ours_res.items():
            missed = sorted(set(relevant_of[text]) - set(ranked[:K]))
            print(f"{s.recall:5.2f} {s.precision:5.2f} {s.ndcg:5.2f}  {text!r}  missed {missed or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
