"""One call from a user's request to a page of results: `search(engine, SearchRequest)`."""
from __future__ import annotations

import dataclasses
import math
import time
from datetime import date
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from .engine import FACETS, Columns, Engine, prefix_expander, record
from .vectors import Evaluator, date_mask
from .model import id_key
from .query import QueryError, date_range, has_text, highlight_terms, parse_query, passage_words
from .query import Filter, Or
from .results import FacetValue, Result, SearchPage, Sibling, Snippet
from .snippets import SNIPPET_CHARS, highlight, match_spans

SORTS = ("relevance", "newest", "oldest", "delay")
MAX_PAGE_SIZE = 100
MAX_PAGE = 500
MAX_FACET_LIMIT = 10_000
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
    facet_limit: int = 50  # values per facet, most frequent first; selected values always kept


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
    if not 1 <= req.facet_limit <= MAX_FACET_LIMIT:
        raise QueryError(f"facet_limit {req.facet_limit} : choisissez entre 1 et {MAX_FACET_LIMIT}")
    return SearchRequest(req.q or "", filters, req.date_from or None, req.date_to or None,
                         req.sort, req.page, req.size, req.facet_limit)


@dataclass
class Matching:
    """What a results page, the statistics and the export share."""
    node: object  # the query tree, None for an empty query
    scores: np.ndarray  # per question docnum
    base: np.ndarray  # mask: the query and the dates
    per_facet: dict[str, np.ndarray]  # mask per active facet filter
    matched: np.ndarray  # mask: all of it
    expand: object
    cols: Columns
    qs: object
    ps: object
    passages: object  # PassageMap


def matching(engine: Engine, req: SearchRequest) -> Matching:
    """Parse and evaluate a request's query; masks of the questions it selects."""
    gen, qs, ps = engine.searchers()
    cols = gen.columns(qs)
    node = parse_query(req.q)
    expand = prefix_expander(qs.reader())
    base, scores = Evaluator(gen.postings(qs), cols, qs, expand).run(node)
    if req.date_from or req.date_to:
        base &= date_mask(cols, *date_range(req.date_from or "", req.date_to or ""))
    per_facet = {name: cols.facets[name].having(set(values), cols.size) for name, values in req.filters.items()}
    matched = base.copy()
    for mask in per_facet.values():
        matched &= mask
    return Matching(node, scores, base, per_facet, matched, expand, cols, qs, ps, gen.passage_map(ps, cols))


def search(engine: Engine, req: SearchRequest) -> SearchPage:
    """A page of results, one per question (siblings folded), with facets and snippets."""
    started = time.perf_counter()
    req = normalize(req)
    key = (engine.store.current(), req.q, tuple(sorted((k, tuple(v)) for k, v in req.filters.items())),
           req.date_from, req.date_to, req.sort, req.page, req.size, req.facet_limit)
    cached = engine.cache.get(key)
    if cached is not None:
        return dataclasses.replace(cached, took_ms=round((time.perf_counter() - started) * 1000, 1))
    page = _search(engine, req, started)
    engine.cache.put(key, page)
    return page


def _search(engine: Engine, req: SearchRequest, started: float) -> SearchPage:
    m = matching(engine, req)
    cols = m.cols
    facets = count_facets(cols, m.base, m.per_facet, req.filters, req.facet_limit)
    redirect = _redirect(m.node, cols)
    groups = int(np.unique(cols.group[m.matched]).size)
    first = (req.page - 1) * req.size
    page_docs = ranked(m, req.sort, first + req.size)[first:]
    results = [_result(m.qs, cols, d, score, m.matched) for d, score in page_docs]
    _attach_snippets(m, results, [d for d, _ in page_docs])
    return SearchPage(
        query=req.q, total=groups, questions=int(m.matched.sum()), page=req.page, size=req.size,
        pages=max(1, math.ceil(groups / req.size)), sort=req.sort, results=results, facets=facets,
        filters=req.filters, date_from=req.date_from, date_to=req.date_to,
        took_ms=round((time.perf_counter() - started) * 1000, 1), redirect=redirect,
    )


def count_facets(cols: Columns, base: np.ndarray, per_facet: dict, filters: dict,
                 limit: int = MAX_FACET_LIMIT) -> dict[str, list[FacetValue]]:
    """Per facet, counts over the questions that every *other* active facet lets through."""
    out = {}
    for name in FACETS:
        docs = base
        for other, allowed in per_facet.items():
            if other != name:
                docs = docs & allowed
        facet = cols.facets[name]
        counts = facet.count(docs)
        chosen = set(filters.get(name, ()))
        pairs = [(facet.values[i], int(counts[i])) for i in np.flatnonzero(counts).tolist()]
        pairs += [(v, 0) for v in chosen if v not in facet.values or counts[facet.values.index(v)] == 0]
        pairs.sort(key=lambda kv: (-kv[1], kv[0]))
        pairs = pairs[:limit] + [kv for kv in pairs[limit:] if kv[0] in chosen]
        if name in ("year", "legislature"):
            pairs.sort(key=lambda kv: kv[0], reverse=True)
        out[name] = [FacetValue(v, c, v in chosen) for v, c in pairs]
    return out


def _redirect(node, cols: Columns) -> Optional[str]:
    if isinstance(node, Or) and isinstance(node.nodes[0], Filter) and node.nodes[0].field == "id":
        qid = node.nodes[0].value
        return qid if qid in cols.docnum_of else None
    return None


def ranked(m: Matching, sort: str, n: int) -> list[tuple[int, float]]:
    """The first `n` (docnum, score), one per sibling group, in the order `sort` asks."""
    if sort == "relevance" and has_text(m.node):
        docs = np.flatnonzero(m.matched)
        want = n * 4 + 10
        while True:
            if docs.size > want:
                top = docs[np.argpartition(-m.scores[docs], want)[:want]]
            else:
                top = docs
            top = top[np.lexsort((top, -m.scores[top]))]
            folded = _fold(((d, float(m.scores[d])) for d in top.tolist()), m.cols)
            if len(folded) >= n or top.size == docs.size:
                return folded[:n]
            want *= 4
    return _fold(((d, 0.0) for d in sorted_docs(m.matched, m.cols, sort)), m.cols, n)


def sorted_docs(matched: np.ndarray, cols: Columns, sort: str) -> list[int]:
    """Docnums of `matched` by date (newest first unless `sort` says otherwise) or by delay."""
    docs = np.flatnonzero(matched)
    if sort == "oldest":
        key = cols.asked_on[docs]
    elif sort == "delay":
        key = -cols.delay[docs]
    else:
        key = -cols.asked_on[docs]
    return docs[np.lexsort((docs, key))].tolist()


def _fold(pairs, cols: Columns, limit: Optional[int] = None) -> list[tuple[int, float]]:
    """One (docnum, score) per sibling group, groups in the order of their best member.

    The group is shown by its best answered member when one matched: a reader
    looking at a question sent to 19 ministers wants an answer to read.
    """
    answered = cols.facets["status"].values.index("answered") if "answered" in cols.facets["status"].values else -2
    groups: dict[int, list[tuple[int, float]]] = {}
    for docnum, score in pairs:
        groups.setdefault(int(cols.group[docnum]), []).append((docnum, score))
        if limit is not None and len(groups) > limit:
            break
    out = []
    for members in list(groups.values())[:limit]:
        best = [x for x in members if cols.facets["status"].first[x[0]] == answered]
        out.append((best or members)[0])
    return out


def _result(qs, cols: Columns, docnum: int, score: float, matched: np.ndarray) -> Result:
    rec = record(qs, docnum)
    return Result(
        id=rec["id"], title=rec["title"], author=rec["author"], party=rec["party"],
        addressee=rec["addressee"], asked_on=rec["asked_on"], answered_on=rec["answered_on"],
        answer_due=rec["answer_due"], status=rec["status"], legislature=rec["legislature"],
        descriptors=rec["descriptors"], delay=rec["delay"], score=round(float(score), 3),
        matching_passages=0, siblings=siblings(qs, cols, rec, docnum, matched),
    )


def siblings(qs, cols: Columns, rec: dict, docnum: int, matched: Optional[np.ndarray] = None) -> list[Sibling]:
    """Every other question of the "Aussi posée à" group, indexed or only named in a link.

    Read from the columns, not the stored records: a group has up to 19 members and a page
    20 results."""
    out = {}
    for member in cols.members.get(int(cols.group[docnum]), []):
        if member != docnum:
            qid = cols.ids[member]
            out[qid] = Sibling(qid, _value(cols, "addressee", member), _value(cols, "status", member),
                               _answered_on(cols, member), True,
                               bool(matched[member]) if matched is not None else False)
    for link in rec["links"]:
        if link["relation"] == "also_asked_to" and link["id"] not in out:
            out[link["id"]] = Sibling(link["id"], None, None, None, False)
    return [out[k] for k in sorted(out, key=id_key)]


def _value(cols: Columns, facet: str, docnum: int) -> Optional[str]:
    code = cols.facets[facet].first[docnum]
    return cols.facets[facet].values[code] if code >= 0 else None


def _answered_on(cols: Columns, docnum: int) -> Optional[str]:
    delay = int(cols.delay[docnum])
    return date.fromordinal(int(cols.asked_on[docnum]) + delay).isoformat() if delay >= 0 else None


def _attach_snippets(m: Matching, results: list[Result], docnums: list[int]) -> None:
    """Up to 3 passages per result: those holding the most query words, matches marked."""
    if not results:
        return
    words = passage_words(m.node, m.expand)
    terms = highlight_terms(m.node)
    best = m.passages.best(docnums, words, SNIPPETS_PER_RESULT) if words else {}
    for result, docnum in zip(results, docnums):
        count, chosen = best.get(docnum, (0, []))
        result.matching_passages = count
        if not chosen and m.passages.opening[docnum] >= 0:
            chosen = [int(m.passages.opening[docnum])]
        fields = sorted((m.ps.stored_fields(d) for d in chosen), key=lambda f: f["position"])
        result.snippets = [_snippet(f, terms) for f in fields]


def _snippet(fields: dict, terms) -> Snippet:
    text = fields["raw"]
    html = highlight(text, match_spans(text, *terms), SNIPPET_CHARS)
    return Snippet(fields["position"], fields["part"], str(html), f"p-{fields['position']}")
