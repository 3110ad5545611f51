"""One call from a user's request to a page of results: `search(engine, SearchRequest)`.

The request goes down once: its query is parsed and evaluated with its filters into a
Selection (search.matching), the spelling is checked and the selection widened when it is
short (search.widening), the facets are counted, the page's rows ranked and collected with
their snippets, and a SearchPage comes back: plain data, never changed afterwards.
"""
from __future__ import annotations

import dataclasses
import math
import time
from datetime import date
from typing import Optional

import numpy as np

from ..facets import count_facets
from ..matching.selection import Selection, ranked
from ..model import id_key
from ..query.language import Filter, Or, query_text
from ..query.terms import has_text, highlight_terms, passage_words
from ..widening.spelling import suggest
from ..widening.widen import Widening, alternatives, widen
from .engine import Engine
from .request import SearchRequest, normalize, selection
from .rows import question_fields
from .results import Alternative, Result, SearchPage, Sibling, Snippet
from .snippets import SNIPPET_CHARS, Matcher, best_passages, highlight

SNIPPETS_PER_RESULT = 3
WIDEN_BELOW = 20  # a search that finds fewer results than this is widened (the site's page)


def search(engine: Engine, req: SearchRequest) -> SearchPage:
    """A page of results, one per question (siblings folded), with facets and snippets."""
    started = time.perf_counter()
    req = normalize(req)
    gen = engine.generation()
    key = (gen.path, req.key())
    cached = engine.cache.get(key)
    if cached is not None:
        return dataclasses.replace(cached, took_ms=round((time.perf_counter() - started) * 1000, 1))
    page = _page(gen, req, started)
    if not page.partial:
        engine.cache.put(key, page)
    return page


@dataclasses.dataclass(frozen=True)
class Chosen:
    """What a request selects once its spelling is settled: the page, its feed and its exports start here."""
    sel: Selection
    req: SearchRequest  # as run: its query corrected when `corrected_from` is set
    all_words: Optional[int]  # results holding every word (None: no word in the query)
    corrected_from: Optional[str] = None  # the query typed, when nothing held its words and the correction did
    suggestion: Optional[str] = None  # a correction offered, not run (the words typed found something)


def chosen(gen, req: SearchRequest) -> Chosen:
    """The questions a checked request selects; when nothing holds every word typed and the spelling's
    suggestion finds some, the suggestion's."""
    sel = selection(gen, req)
    all_words = sel.groups if has_text(sel.node) else None
    fixed = suggest(gen, sel.node) if req.spell and has_text(sel.node) and not sel.partial else None
    suggestion = query_text(fixed) if fixed is not None else None
    if fixed is not None and not all_words:  # nothing holds every word: the corrected query's, if it finds some
        other = selection(gen, req, fixed)  # the tree corrected, not its text parsed again
        found = other.groups if has_text(other.node) else None
        if found:
            return Chosen(other, dataclasses.replace(req, q=suggestion, spell=False), found, corrected_from=req.q)
    return Chosen(sel, req, all_words, suggestion=suggestion)


def shown(ch: Chosen) -> tuple[Selection, Widening]:
    """The selection a results page shows: widened when it is short (not the page's size: the CLI's 10 and the
    site's 20 count the same), unless the request says not to (a feed, as the exports)."""
    return widen(ch.sel, WIDEN_BELOW) if ch.req.widen else (ch.sel, Widening())


def _page(gen, req: SearchRequest, started: float) -> SearchPage:
    ch = chosen(gen, req)
    req, all_words, suggestion = ch.req, ch.all_words, ch.suggestion
    sel, widening = shown(ch)
    first = (req.page - 1) * req.size
    rows = ranked(sel, req.sort, first + req.size)[first:]
    groups = sel.groups
    facets = count_facets(gen, sel.base, sel.per_facet, req.filters, req.facet_limit, req.count)
    out_of_time = sel.expired() and bool(rows)  # no time left for snippets: the openings stand in
    results = _results(sel, widening, rows, words=not out_of_time)
    return SearchPage(
        query=req.q, total=groups, questions=int(sel.matched.sum()), page=req.page, size=req.size,
        pages=max(1, math.ceil(groups / req.size)), sort=req.sort, results=results, facets=facets,
        filters=req.filters, date_from=req.date_from, date_to=req.date_to,
        took_ms=round((time.perf_counter() - started) * 1000, 1), redirect=_redirect(sel.node, gen),
        partial=sel.partial or out_of_time, all_words=all_words,
        same_subject=widening.subject.descriptors if widening.subject is not None else [],
        suggestion=suggestion, corrected_from=ch.corrected_from,
        without_one_word=[] if sel.partial or (results and all_words != 0) else [
            Alternative(*found) for found in alternatives(gen, sel.node, req.filters, req.date_from,
                                                          req.date_to, req.budget, sel.deadline)],
    )


def _results(sel: Selection, widening: Widening, rows: list[tuple[int, float]], words: bool) -> list[Result]:
    """The page's results: each question's record, siblings, why a widened one is there, and up to 3
    passages the scoring model ranks first for the query's words (the first passage without them)."""
    gen = sel.gen
    wanted = passage_words(sel.node, lambda p: gen.fields["exact"].expand(p, 200)) if words and rows else []
    terms = Matcher(*highlight_terms(sel.node))
    best = best_passages(gen, [r for r, _ in rows], wanted, SNIPPETS_PER_RESULT) if wanted else {}
    out = []
    for row, score in rows:
        rec = gen.record(row)
        count, chosen = best.get(row, (0, []))
        if not chosen and gen.pcount[row] > 0:
            chosen = [int(gen.pstart[row])]
        start = int(gen.pstart[row])
        texts = gen.passages(row) if chosen else []
        stored = sorted((texts[p - start] for p in chosen), key=lambda f: f["position"])
        subject, missing = [], []
        related = widening.related is not None and bool(widening.related.mask[row])
        if widening.subject is not None and widening.subject.mask[row]:
            subject = [d for d, c in zip(widening.subject.descriptors, widening.subject.codes) if _holds(gen, row, c)]
        elif widening.relaxed is not None and widening.relaxed.mask[row]:
            relaxed = widening.relaxed
            missing = [w.text for w, held in zip(relaxed.words, relaxed.held) if not held[row]]
        out.append(Result(
            **question_fields(gen, rec, row), score=round(float(score), 3), matching_passages=count,
            snippets=[_snippet(f, terms) for f in stored], siblings=siblings(gen, rec, row, sel.matched),
            missing=missing, subject=subject, related=related,
        ))
    return out


def _redirect(node, gen) -> Optional[str]:
    if isinstance(node, Or) and isinstance(node.nodes[0], Filter) and node.nodes[0].field == "id":
        qid = node.nodes[0].value
        return qid if gen.row_of(qid) is not None else None
    return None


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


def _snippet(fields: dict, terms: Matcher) -> Snippet:
    text = fields["raw"]
    html = highlight(text, terms.spans(text, SNIPPET_CHARS), SNIPPET_CHARS)
    return Snippet(fields["position"], fields["part"], str(html), f"p-{fields['position']}")
