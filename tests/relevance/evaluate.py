"""Relevance of the search on the judged corpora: recall@10, precision@10 and nDCG@10.

    python -m tests.relevance.evaluate              # this project, French and Dutch sets, by kind of query
    python -m tests.relevance.evaluate --compare    # and stock Whoosh French and SQLite FTS5, same queries
    python -m tests.relevance.evaluate --verbose    # every query, with what it missed
    python -m tests.relevance.evaluate --set nl     # one set

Two sets: the French one (tests/relevance/pages/, queries.py) and the Dutch one (pages_nl/, dutch.py,
queries_nl.py). Each is also reported on its "ranking" queries, those that match more than ten
questions, where the order of the results (weights, proximity, title and descriptor terms) decides
what reaches the first ten, not only what is found.

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


@dataclass
class JudgedSet:
    name: str
    pages: Path
    questions: Callable[[], list[Q]]
    queries: list[Query]


def judged_sets() -> dict[str, JudgedSet]:
    from .dutch import PAGES_NL, questions as questions_nl
    from .queries_nl import QUERIES_NL

    return {"fr": JudgedSet("French", PAGES, questions, QUERIES), "nl": JudgedSet("Dutch", PAGES_NL, questions_nl, QUERIES_NL)}


def evaluate(run: Callable[[str], list[str]], corpus: list[Q] = None,
             queries: list[Query] = None) -> dict[str, tuple[Scores, list]]:
    """Per query: its scores and what it returned."""
    corpus = corpus if corpus is not None else questions()
    out = {}
    for query in (queries if queries is not None else QUERIES):
        ranked = run(query.text)
        out[query.text] = (score(ranked, judgments(query, corpus)), ranked)
    return out


def means(results: dict, kind: str = None, queries: list[Query] = None, texts=None) -> Scores:
    kinds = {q.text: q.kind for q in (queries if queries is not None else QUERIES)}
    chosen = [s for text, (s, _) in results.items()
              if (kind is None or kinds.get(text) == kind) and (texts is None or text in texts)]
    return Scores(mean(s.recall for s in chosen), mean(s.precision for s in chosen), mean(s.ndcg for s in chosen))


def ranking_queries(index: Path, queries: list[Query]) -> list[str]:
    """The queries that match more than K questions (every word): where the ranking decides the first ten."""
    from search.api import Engine, QueryError, SearchRequest, search

    engine, out = Engine(index), []
    for query in queries:
        try:
            page = search(engine, SearchRequest(query.text, size=1))
        except QueryError:
            continue
        if (page.all_words if page.all_words is not None else page.questions) > K:
            out.append(query.text)
    return out


def build_index(dest: Path, pages: Path = PAGES) -> Path:
    from search.api import build

    index = dest / "index"
    build(pages, index)
    return index


def _line(name: str, s: Scores, n: int) -> str:
    return f"{name:<28} {s.recall:>9.3f} {s.precision:>9.3f} {s.ndcg:>9.3f} {n:>8}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="also stock Whoosh French and SQLite FTS5")
    parser.add_argument("--verbose", action="store_true", help="every query, with its scores and misses")
    parser.add_argument("--set", choices=("fr", "nl", "all"), default="all", help="which judged set")
    parser.add_argument("--no-descriptors", action="store_true",
                        help="the pages without their descriptors: only their words can find them")
    args = parser.parse_args(argv)
    for key, judged in judged_sets().items():
        if args.set in (key, "all"):
            report(judged, args.compare, args.verbose, args.no_descriptors)
    return 0


def without_descriptors(judged: JudgedSet, dest: Path) -> Path:
    """The set's pages written again without their descriptor lines (as recent pages and print versions come)."""
    from dataclasses import replace

    from . import dutch, pages as french

    writer = dutch.page if judged.pages == dutch.PAGES_NL else french.page
    dest.mkdir(parents=True, exist_ok=True)
    for q in judged.questions():
        (dest / f"{q.id}.txt").write_text(writer(replace(q, descriptors="")), encoding="utf-8")
    return dest


def report(judged: JudgedSet, compare: bool, verbose: bool, no_descriptors: bool = False) -> None:
    corpus = judged.questions()
    with tempfile.TemporaryDirectory() as tmp:
        if no_descriptors:
            judged = JudgedSet(judged.name + " (no descriptors)", without_descriptors(judged, Path(tmp) / "pages"),
                               judged.questions, judged.queries)
        index = build_index(Path(tmp), judged.pages)
        systems = {"this project": ours(index)}
        ranking = ranking_queries(index, judged.queries)
        if compare:
            systems["stock Whoosh French"] = stock_whoosh(judged.pages, Path(tmp) / "stock")
            systems["SQLite FTS5"] = fts5(judged.pages)
        results = {name: evaluate(run, corpus, judged.queries) for name, run in systems.items()}
    print(f"{judged.name}: {len(judged.queries)} queries, {len(corpus)} questions; mean over the queries, at {K} results\n")
    print(f"{'':<28} {'recall':>9} {'precision':>9} {'nDCG':>9} {'queries':>8}")
    for name, res in results.items():
        print(_line(name, means(res, queries=judged.queries), len(res)))
    print()
    ours_res = results["this project"]
    for kind in dict.fromkeys(q.kind for q in judged.queries):
        n = sum(1 for q in judged.queries if q.kind == kind)
        print(_line(f"  this project, {kind}", means(ours_res, kind, judged.queries), n))
    if ranking:
        for name, res in results.items():
            print(_line(f"  {name}, ranking (>{K} match)", means(res, queries=judged.queries, texts=set(ranking)),
                        len(ranking)))
    if verbose:
        print()
        relevant_of = {q.text: judgments(q, corpus) for q in judged.queries}
        for text, (s, ranked) in ours_res.items():
            missed = sorted(set(relevant_of[text]) - set(ranked[:K]))
            print(f"{s.recall:5.2f} {s.precision:5.2f} {s.ndcg:5.2f}  {text!r}  missed {missed or '-'}")
    print()


if __name__ == "__main__":
    sys.exit(main())
