"""One call from a user's request to a page of results: `search(engine, SearchRequest)`.

search.matching selects and orders the questions, search.widening adds what a short page
lacks; here they become a page: facets, one result per question, snippets.
"""
from __future__ import annotations

import dataclasses
import math
import time
from datetime import date
from typing import Optional

import numpy as np

from .facets import FACETS
from .live import Engine
from .matching import Matching, count_groups, matching, ranked
from .model import id_key
from .query.language import Filter, Or
from .query.spelling import suggest
from .query.terms import has_text, highlight_terms, passage_words
from .request import MAX_FACET_LIMIT, SearchRequest, normalize
from .results import FacetValue, Result, SearchPage, Sibling, Snippet
from .snippets import SNIPPET_CHARS, Matcher, best_passages, highlight
from .widening import alternatives, widen

SNIPPETS_PER_RESULT = 3


def search(engine: Engine, req: SearchRequest) -> SearchPage:
    """A page of results, one per question (siblings folded), with facets and snippets."""
    started = time.perf_counter()
    req = normalize(req)
    gen = engine.generation()
    key = (gen.path, req.q, tuple(sorted((k, tuple(v)) for k, v in req.filters.items())),
           req.date_from, req.date_to, req.sort, req.page, req.size, req.facet_limit, req.spell)
    cached = engine.cache.get(key)
    if cached is not None:
        return dataclasses.replace(cached, took_ms=round((time.perf_counter() - started) * 1000, 1))
    page = _search(gen, req, started)
    if not page.partial:
        engine.cache.put(key, page)
    return page


def _search(gen, req: SearchRequest, started: float) -> SearchPage:
    m = matching(gen, req)
    all_words = count_groups(gen, m.matched) if has_text(m.node) else None
    suggestion = suggest(gen, m.node, req.q) if req.spell and has_text(m.node) and not m.partial else None
    if suggestion and not all_words:  # nothing holds every word: the corrected query's results, if it has any
        corrected = _search(gen, dataclasses.replace(req, q=suggestion, spell=False), started)
        if corrected.all_words:
            corrected.corrected_from = req.q
            return corrected
    widen(m, req)
    facets = count_facets(gen, m.base, m.per_facet, req.filters, req.facet_limit)
    groups = count_groups(gen, m.matched)
    first = (req.page - 1) * req.size
    page_rows = ranked(m, req.sort, first + req.size)[first:]
    results = [_result(gen, row, score, m.matched) for row, score in page_rows]
    for result, (row, _) in zip(results, page_rows):
        if m.subject is not None and m.subject.mask[row]:
            result.subject = [d for d, c in zip(m.subject.descriptors, m.subject.codes) if _holds(gen, row, c)]
        elif m.relaxed is not None and m.relaxed.mask[row]:
            result.missing = [w.text for w, held in zip(m.relaxed.words, m.relaxed.held) if not held[row]]
    partial = m.partial
    if m.expired() and results:
        partial = True  # no time left for snippets: the openings stand in
        _attach_snippets(m, results, [r for r, _ in page_rows], words=False)
    else:
        _attach_snippets(m, results, [r for r, _ in page_rows])
    return SearchPage(
        query=req.q, total=groups, questions=int(m.matched.sum()), page=req.page, size=req.size,
        pages=max(1, math.ceil(groups / req.size)), sort=req.sort, results=results, facets=facets,
        filters=req.filters, date_from=req.date_from, date_to=req.date_to,
        took_ms=round((time.perf_counter() - started) * 1000, 1), redirect=_redirect(m.node, gen), partial=partial,
        all_words=all_words, same_subject=m.subject.descriptors if m.subject is not None else [],
        suggestion=suggestion,
        without_one_word=[] if results or partial else alternatives(gen, req, m.node, m.deadline),
    )


def count_facets(gen, base: np.ndarray, per_facet: dict, filters: dict,
                 limit: int = MAX_FACET_LIMIT) -> dict[str, list[FacetValue]]:
    """Per facet, counts over the questions that every *other* active facet lets through."""
    out = {}
    rows_of: dict[tuple, tuple] = {}  # the facets that apply the same filters count the same rows
    for spec in FACETS:
        name = spec.name
        others = tuple(other for other in per_facet if other != name)
        if others not in rows_of:
            docs = base
            for other in others:
                docs = docs & per_facet[other]
            rows_of[others] = (docs, np.flatnonzero(docs))
        docs, rows = rows_of[others]
        column = gen.facets[name]
        counts = column.count(docs, rows)
        chosen = set(filters.get(name, ()))
        nonzero = np.flatnonzero(counts)
        order = nonzero[np.lexsort((column.rank[nonzero], -counts[nonzero]))]  # most frequent, then A-Z
        pairs = [(column.values[i], int(counts[i])) for i in order[:limit].tolist()]
        shown = {v for v, _ in pairs}
        pairs += [(column.values[i], int(counts[i])) for i in order[limit:].tolist() if column.values[i] in chosen]
        pairs += [(v, 0) for v in sorted(chosen) if v not in shown and v not in {p for p, _ in pairs}]
        if spec.order == "value":
            pairs.sort(key=lambda kv: kv[0], reverse=True)
        out[name] = [FacetValue(v, c, v in chosen) for v, c in pairs]
    return out


def _redirect(node, gen) -> Optional[str]:
    if isinstance(node, Or) and isinstance(node.nodes[0], Filter) and node.nodes[0].field == "id":
        qid = node.nodes[0].value
        return qid if gen.row_of(qid) is not None else None
    return None


def _result(gen, row: int, score: float, matched: np.ndarray) -> Result:
    rec = gen.record(row)
    return Result(
        id=rec["id"], title=rec["title"], author=rec["author"], party=rec["party"],
        addressee=rec["addressee"], asked_on=rec["asked_on"], answered_on=rec["answered_on"],
        answer_due=rec["answer_due"], status=rec["status"], legislature=rec["legislature"],
        descriptors=rec["descriptors"], delay=rec["delay"], score=round(float(score), 3),
        matching_passages=0, siblings=siblings(gen, rec, row, matched),
        language=rec.get("language", "fr"), other_language=rec.get("other_language"),
    )


def siblings(gen, rec: dict, row: int, matched: Optional[np.ndarray] = None) -> list[Sibling]:
    """Every other question of the "Aussi posée à" group, indexed or only named in a link.

    Read from the columns, not the stored records: a group has up to 19 members and a page
    20 results."""
    out = {}
    for member in gen.members(int(gen.group[row])).tolist():
        if member != row:
            qid = gen.id_of(member)
            out[qid] = Sibling(qid, gen.facets["addressee"].value(member), gen.facets["status"].value(member),
                               _answered_on(gen, member), True,
                               bool(matched[member]) if matched is not None else False)
    for link in rec["links"]:
        if link["relation"] == "also_asked_to" and link["id"] not in out:
            out[link["id"]] = Sibling(link["id"], None, None, None, False)
    return [out[k] for k in sorted(out, key=id_key)]


def _holds(gen, row: int, code: int) -> bool:
    col = gen.facets["descriptors"]
    return bool((col.val[col.row_ptr[row]:col.row_ptr[row + 1]] == code).any())


def _answered_on(gen, row: int) -> Optional[str]:
    delay = int(gen.delay[row])
    return date.fromordinal(int(gen.asked_on[row]) + delay).isoformat() if delay >= 0 else None


def _attach_snippets(m: Matching, results: list[Result], rows: list[int], words: bool = True) -> None:
    """Up to 3 passages per result: those the scoring model ranks first for the query's words."""
    if not results:
        return
    gen = m.gen
    wanted = passage_words(m.node, lambda p: gen.fields["exact"].expand(p, 200)) if words else []
    terms = Matcher(*highlight_terms(m.node))
    best = best_passages(gen, rows, wanted, SNIPPETS_PER_RESULT) if wanted else {}
    for result, row in zip(results, rows):
        count, chosen = best.get(row, (0, []))
        result.matching_passages = count
        if not chosen and gen.pcount[row] > 0:
            chosen = [int(gen.pstart[row])]
        stored = sorted((gen.passage(p) for p in chosen), key=lambda f: f["position"])
        result.snippets = [_snippet(f, terms) for f in stored]


def _snippet(fields: dict, terms: Matcher) -> Snippet:
    text = fields["raw"]
    html = highlight(text, terms.spans(text), SNIPPET_CHARS)
    return Snippet(fields["position"], fields["part"], str(html), f"p-{fields['position']}")
