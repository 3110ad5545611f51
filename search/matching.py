"""The questions a request selects, and in what order: masks and scores over every row of a generation.

What a results page, the statistics and the export share. `ranked` folds the questions sent to
several ministers into one result and puts those holding every word of the query first, then
those the widening steps added (search.widening).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .query.evaluator import Evaluator, date_mask
from .query.language import date_range, parse_query
from .query.relax import Relaxed
from .query.subjects import Subject
from .query.terms import has_text
from .request import SearchRequest


@dataclass
class Matching:
    """What a results page, the statistics and the export share."""
    node: object  # the query tree, None for an empty query
    scores: np.ndarray  # per row
    base: np.ndarray  # mask: the query and the dates
    per_facet: dict[str, np.ndarray]  # mask per active facet filter
    matched: np.ndarray  # mask: all of it
    gen: object  # the generation (search.index.reader.Generation)
    partial: bool  # the time budget cut the evaluation short
    deadline: Optional[float]
    dates: np.ndarray  # mask: the date range (every live row when there is none)
    relaxed: Optional[Relaxed] = None  # the rows holding part of the words, when they were added
    subject: Optional[Subject] = None  # the rows on the same subject, when they were added
    tier: Optional[np.ndarray] = None  # per row, when either was: 0 every word, k words missing, SUBJECT_TIER

    def add(self, mask: np.ndarray, scores: np.ndarray, tier, facets: np.ndarray) -> None:
        """Rows that come after those already matched: in the base, in the results, ranked by `tier`."""
        if self.tier is None:
            self.tier = np.zeros(self.gen.size, dtype=np.int16)
        self.tier = np.where(mask, tier, self.tier).astype(np.int16)
        self.base = self.base | mask
        self.matched = self.base & facets
        self.scores = np.where(mask, scores, self.scores).astype(np.float32)

    def expired(self) -> bool:
        return self.deadline is not None and time.perf_counter() > self.deadline


def matching(gen, req: SearchRequest) -> Matching:
    """Parse and evaluate a request's query over one generation; masks of the questions it selects."""
    deadline = time.perf_counter() + req.budget if req.budget else None
    node = parse_query(req.q)
    result = Evaluator(gen, deadline).run(node)
    dates = gen.live
    if req.date_from or req.date_to:
        dates = date_mask(gen, *date_range(req.date_from or "", req.date_to or ""))
    base = result.mask & dates
    per_facet = {name: gen.facets[name].having(set(values), gen.size) for name, values in req.filters.items()}
    matched = base.copy()
    for mask in per_facet.values():
        matched &= mask
    return Matching(node, result.scores, base, per_facet, matched, gen, result.partial, deadline, dates)


def count_groups(gen, mask: np.ndarray) -> int:
    """Results a mask makes: its questions, siblings folded into one."""
    return int(np.count_nonzero(np.bincount(gen.group[mask], minlength=len(gen.group_ids))))


def ranked(m: Matching, sort: str, n: int) -> list[tuple[int, float]]:
    """The first `n` (row, score), one per sibling group, in the order `sort` asks."""
    if sort == "relevance" and has_text(m.node):
        docs = np.flatnonzero(m.matched)
        rank = m.scores
        if m.tier is not None:  # every word first, then one missing, two…, then the same subject
            rank = m.scores - m.tier * (float(m.scores[docs].max(initial=0)) + 1)
        want = n * 4 + 10
        while True:
            top = docs[np.argpartition(-rank[docs], want)[:want]] if docs.size > want else docs
            top = top[np.lexsort((top, -rank[top]))]
            folded = _fold(((d, float(m.scores[d])) for d in top.tolist()), m.gen)
            if len(folded) >= n or top.size == docs.size:
                return folded[:n]
            want *= 4
    return _fold(((d, 0.0) for d in sorted_rows(m.matched, m.gen, sort, m.tier)), m.gen, n)


def sorted_rows(matched: np.ndarray, gen, sort: str, tier: Optional[np.ndarray] = None) -> list[int]:
    """Rows of `matched` by date asked (newest first unless `sort` says oldest), by delay, or by date
    answered (`answered`: the latest answers first); rows
    that lack words of the query, then those on its subject (`tier`), after those that hold them all."""
    docs = np.flatnonzero(matched)
    if sort == "oldest":
        key = gen.asked_on[docs]
    elif sort == "delay":
        key = -gen.delay[docs]
    elif sort == "answered":  # the latest answers first; unanswered questions last
        delay = gen.delay[docs].astype(np.int64)
        key = np.where(delay >= 0, -(gen.asked_on[docs].astype(np.int64) + delay), 1)
    else:
        key = -gen.asked_on[docs]
    keys = (docs, key) if tier is None else (docs, key, tier[docs])
    return docs[np.lexsort(keys)].tolist()


def _fold(pairs, gen, limit: Optional[int] = None) -> list[tuple[int, float]]:
    """One (row, score) per sibling group, groups in the order of their best member.

    The group is shown by its best answered member when one matched: a reader
    looking at a question sent to 19 ministers wants an answer to read.
    """
    status = gen.facets["status"]
    answered = status.values.index("answered") if "answered" in status.values else -2
    groups: dict[int, list[tuple[int, float]]] = {}
    for row, score in pairs:
        groups.setdefault(int(gen.group[row]), []).append((row, score))
        if limit is not None and len(groups) > limit:
            break
    out = []
    for members in list(groups.values())[:limit]:
        best = [x for x in members if status.first[x[0]] == answered]
        out.append((best or members)[0])
    return out
