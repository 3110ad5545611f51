"""One call from a user's request to a page of results: `search(engine, SearchRequest)`."""
from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from whoosh import query as wq

from .engine import FACETS, Columns, Engine, record
from .model import id_key
from .query import QueryError, date_range, highlight_terms, parse_query, to_passage_query, to_question_query
from .query import Filter, Or
from .results import FacetValue, Result, SearchPage, Sibling, Snippet
from .snippets import SNIPPET_CHARS, highlight, match_spans

SORTS = ("relevance", "newest", "oldest", "delay")
MAX_PAGE_SIZE = 100
MAX_PAGE = 500
SNIPPETS_PER_RESULT = 3
FACET_ALIASES = {"descriptor": "descriptors", "descripteur": "descriptors", "ministre": "addressee",
                 "auteur": "author", "parti": "party", "annee": "year", "statut": "status"}


@dataclass
class SearchRequest:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    sort: str = "relevance"
    page: int = 1
    size: int = 20


def normalize(req: SearchRequest) -> SearchRequest:
    """Check a request's bounds and names; QueryError says what to change."""
    if req.sort not in SORTS:
        raise QueryError(f"tri inconnu « {req.sort} » ; choix : {', '.join(SORTS)}")
    if not 1 <= req.size <= MAX_PAGE_SIZE:
        raise QueryError(f"taille de page {req.size} : choisissez entre 1 et {MAX_PAGE_SIZE}")
    if not 1 <= req.page <= MAX_PAGE:
        raise QueryError(f"page {req.page} : choisissez entre 1 et {MAX_PAGE}")
    filters = {}
    for name, values in req.filters.items():
        key = FACET_ALIASES.get(name, name)
        if key not in FACETS:
            raise QueryError(f"filtre inconnu « {name} » ; filtres possibles : {', '.join(FACETS)}")
        kept = [v for v in values if v]
        if kept:
            filters[key] = list(dict.fromkeys(filters.get(key, []) + kept))
    return SearchRequest(req.q or "", filters, req.date_from or None, req.date_to or None,
                         req.sort, req.page, req.size)


def matching(engine: Engine, req: SearchRequest):
    """Everything a results page and the statistics share: the tree, the question
    query, the base docnums (query and dates) and one docnum set per active facet."""
    gen, qs, ps = engine.searchers()
    cols = gen.columns(qs)
    node = parse_query(req.q)
    qquery = to_question_query(node)
    if req.date_from or req.date_to:
        start, end = date_range(req.date_from or "", req.date_to or "")
        qquery = wq.And([qquery, wq.DateRange("asked_on", start, end.replace(hour=23, minute=59) if end else None)])
    base = set(qs.docs_for_query(qquery))
    chosen = {name: set(values) for name, values in req.filters.items()}
    per_facet = {name: {d for d in base if not wanted.isdisjoint(cols.values[name][d])}
                 for name, wanted in chosen.items()}
    matched = set(base)
    for docs in per_facet.values():
        matched &= docs
    return node, qquery, base, per_facet, matched, (gen, qs, ps, cols)


def search(engine: Engine, req: SearchRequest) -> SearchPage:
    """A page of results, one per question (siblings folded), with facets and snippets."""
    started = time.perf_counter()
    req = normalize(req)
    node, qquery, base, per_facet, matched, (gen, qs, ps, cols) = matching(engine, req)
    facets = count_facets(cols, base, per_facet, req.filters)
    redirect = _redirect(node, cols)
    order = _ranked(qs, qquery, matched, cols, req, scored=to_passage_query(node) is not None)
    groups = len({cols.group[d] for d in matched})
    first = (req.page - 1) * req.size
    page_docs = order(first + req.size)[first:]
    results = [_result(qs, cols, d, score, matched) for d, score in page_docs]
    _attach_snippets(ps, node, results)
    return SearchPage(
        query=req.q, total=groups, questions=len(matched), page=req.page, size=req.size,
        pages=max(1, math.ceil(groups / req.size)), sort=req.sort, results=results, facets=facets,
        filters=req.filters, date_from=req.date_from, date_to=req.date_to,
        took_ms=round((time.perf_counter() - started) * 1000, 1), redirect=redirect,
    )


def count_facets(cols: Columns, base: set, per_facet: dict, filters: dict) -> dict[str, list[FacetValue]]:
    """Per facet, counts over the questions that every *other* active facet lets through."""
    out = {}
    for name in FACETS:
        docs = set(base)
        for other, allowed in per_facet.items():
            if other != name:
                docs &= allowed
        column = cols.values[name]
        counts = Counter(v for d in docs for v in column[d])
        chosen = set(filters.get(name, ()))
        for value in chosen:
            counts.setdefault(value, 0)
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if name in ("year", "legislature"):
            ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
        out[name] = [FacetValue(v, c, v in chosen) for v, c in ordered]
    return out


def _redirect(node, cols: Columns) -> Optional[str]:
    if isinstance(node, Or) and isinstance(node.nodes[0], Filter) and node.nodes[0].field == "id":
        qid = node.nodes[0].value
        return qid if qid in cols.docnum_of else None
    return None


def _ranked(qs, qquery, matched: set, cols: Columns, req: SearchRequest, scored: bool):
    """A function giving the first n (docnum, score) pairs, one per sibling group."""
    if req.sort == "relevance" and scored:
        def top(n: int):
            want = n * 4 + 10
            while True:
                hits = qs.search(qquery, filter=matched, limit=want)
                pairs = [(hit.docnum, hit.score) for hit in hits]
                folded = _fold(pairs, cols)
                if len(folded) >= n or len(pairs) < want:
                    return folded[:n]
                want *= 4
        return top
    if req.sort == "delay":
        key = lambda d: (-cols.delay[d], cols.ids[d])
    elif req.sort == "oldest":
        key = lambda d: (cols.asked_on[d], cols.ids[d])
    else:  # newest; also relevance without words
        key = lambda d: (-cols.asked_on[d], cols.ids[d])
    ordered = sorted(matched, key=key)
    return lambda n: _fold(((d, 0.0) for d in ordered), cols, n)


def _fold(pairs, cols: Columns, limit: Optional[int] = None) -> list[tuple[int, float]]:
    """One (docnum, score) per sibling group, groups in the order of their best member.

    The group is shown by its best answered member when one matched: a reader
    looking at a question sent to 19 ministers wants an answer to read.
    """
    groups: dict[str, list[tuple[int, float]]] = {}
    for docnum, score in pairs:
        groups.setdefault(cols.group[docnum], []).append((docnum, score))
        if limit is not None and len(groups) > limit:
            break
    out = []
    for members in list(groups.values())[:limit]:
        answered = [m for m in members if cols.values["status"][m[0]] == ("answered",)]
        out.append((answered or members)[0])
    return out


def _result(qs, cols: Columns, docnum: int, score: float, matched: set) -> Result:
    rec = record(qs, docnum)
    return Result(
        id=rec["id"], title=rec["title"], author=rec["author"], party=rec["party"],
        addressee=rec["addressee"], asked_on=rec["asked_on"], answered_on=rec["answered_on"],
        answer_due=rec["answer_due"], status=rec["status"], legislature=rec["legislature"],
        descriptors=rec["descriptors"], delay=rec["delay"], score=round(float(score), 3),
        matching_passages=0, siblings=siblings(qs, cols, rec, docnum, matched),
    )


def siblings(qs, cols: Columns, rec: dict, docnum: int, matched: frozenset = frozenset()) -> list[Sibling]:
    """Every other question of the "Aussi posée à" group, indexed or only named in a link."""
    out = {}
    for member in cols.members.get(cols.group[docnum], []):
        other = record(qs, member)
        if other["id"] != rec["id"]:
            out[other["id"]] = Sibling(other["id"], other["addressee"], other["status"], other["answered_on"],
                                       True, member in matched)
    for link in rec["links"]:
        if link["relation"] == "also_asked_to" and link["id"] not in out:
            out[link["id"]] = Sibling(link["id"], None, None, None, False)
    return [out[k] for k in sorted(out, key=id_key)]


def _attach_snippets(ps, node, results: list[Result]) -> None:
    if not results:
        return
    pquery = to_passage_query(node)
    terms = highlight_terms(node)
    ids = wq.Or([wq.Term("qid", r.id) for r in results])
    by_qid: dict[str, list] = {}
    if pquery is not None:
        for hit in ps.search(wq.And([pquery, ids]), limit=None):
            by_qid.setdefault(hit["qid"], []).append(hit)
    firsts = {}
    missing = [r.id for r in results if r.id not in by_qid]
    if missing:
        opening = wq.And([wq.Or([wq.Term("qid", q) for q in missing]), wq.NumericRange("position", 0, 0)])
        firsts = {hit["qid"]: hit for hit in ps.search(opening, limit=None)}
    for r in results:
        hits = by_qid.get(r.id, [])
        r.matching_passages = len(hits)
        chosen = hits[:SNIPPETS_PER_RESULT] or ([firsts[r.id]] if r.id in firsts else [])
        chosen.sort(key=lambda h: h["position"])
        r.snippets = [_snippet(h, terms) for h in chosen]


def _snippet(hit, terms) -> Snippet:
    text = hit["text"]
    html = highlight(text, match_spans(text, *terms), SNIPPET_CHARS)
    return Snippet(hit["position"], hit["part"], str(html), f"p-{hit['position']}")
