"""The questions a query selects, and in what order: masks and scores over every row of a generation.

What a results page, the statistics and the exports share. `select` evaluates a query, its
dates and its facet filters once into a `Selection`, a plain value that is never changed:
the widening steps (search.widening) return a new one with their rows added below. `ranked`
folds the questions sent to several ministers into one result, best first.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Optional

import numpy as np

from ..query.language import Node, date_range, parse_query
from ..query.terms import has_text
from . import scoring
from .evaluator import Evaluator, date_mask


@dataclass(frozen=True)
class Selection:
    """The rows a query selects in one generation, with their scores."""
    gen: object  # the generation (search.index.generation.Generation)
    node: Optional[Node]  # the query tree, None for an empty query
    scores: np.ndarray  # per row
    base: np.ndarray  # mask: the query and the dates (and, once widened, the rows added below)
    per_facet: dict  # facet name -> mask of its active filter
    facets: np.ndarray  # mask: every facet filter at once
    matched: np.ndarray  # mask: all of it
    dates: np.ndarray  # mask: the date range (every live row when there is none)
    partial: bool  # the time budget cut the evaluation short
    deadline: Optional[float]
    tier: Optional[np.ndarray] = None  # per row once widened: 0 every word, k words missing, then the same subject

    def expired(self) -> bool:
        return self.deadline is not None and time.perf_counter() > self.deadline

    @cached_property
    def groups(self) -> int:
        """The results it makes: count_groups of `matched`, counted once (a search asks it three times)."""
        return count_groups(self.gen, self.matched)

    def below(self, mask: np.ndarray, scores: np.ndarray, tier) -> "Selection":
        """This selection with the rows of `mask` added after those it holds, ranked by `tier`."""
        current = self.tier if self.tier is not None else np.zeros(self.gen.size, dtype=np.int16)
        base = self.base | mask
        return replace(self, base=base, matched=base & self.facets,
                       scores=np.where(mask, scores, self.scores).astype(np.float32),
                       tier=np.where(mask, tier, current).astype(np.int16))


def select(gen, query, filters: dict[str, list[str]], date_from: Optional[str] = None,
           date_to: Optional[str] = None, deadline: Optional[float] = None) -> Selection:
    """Evaluate a query (its text, parsed here, or a tree already parsed and rewritten: search.widening) with
    its facet filters (checked values) and dates over one generation."""
    node = parse_query(query) if isinstance(query, str) else query
    result = Evaluator(gen, deadline).run(node)
    dates = gen.live
    if date_from or date_to:
        dates = date_mask(gen, *date_range(date_from or "", date_to or ""))
    base = result.mask & dates
    per_facet = {name: gen.facets[name].having(set(values), gen.size) for name, values in filters.items()}
    facets = np.ones(gen.size, dtype=bool)
    for mask in per_facet.values():
        facets &= mask
    return Selection(gen, node, result.scores, base, per_facet, facets, base & facets, dates, result.partial, deadline)


def count_groups(gen, mask: np.ndarray) -> int:
    """Results a mask makes: its questions, siblings folded into one. A question alone in its group counts
    itself (one pass over the mask); only the rows of groups of several (a few percent) are folded, by their
    group (Generation.grouping): a bincount over every matched row took 0.1 ms of it at 50k. A selection's own
    count is Selection.groups (counted once)."""
    alone, grouped, code, codes = gen.grouping()
    found = int(np.count_nonzero(mask & alone))
    if codes:
        found += int(np.count_nonzero(np.bincount(code[mask[grouped]], minlength=codes)))
    return found


def ordered(sel: Selection, sort: str) -> list[int]:
    """Every row `sel` matches (siblings not folded), in the order `sort` asks: the one order of a page's
    results and of an export's rows (relevance: the score within its tier, the row number breaking ties)."""
    if sort == "relevance" and has_text(sel.node):
        docs = np.flatnonzero(sel.matched)
        rank = scoring.tiered(sel.scores, sel.tier, docs)
        return docs[np.lexsort((docs, -rank[docs]))].tolist()
    return sorted_rows(sel.matched, sel.gen, sort, sel.tier)


def ranked(sel: Selection, sort: str, n: int) -> list[tuple[int, float]]:
    """The first `n` (row, score), one per sibling group, in the order `sort` asks (`ordered`'s, read only as far
    as the page needs)."""
    if sort == "relevance" and has_text(sel.node):
        docs = np.flatnonzero(sel.matched)
        rank = scoring.tiered(sel.scores, sel.tier, docs)
        want = n * 4 + 10
        while True:
            top = _highest(docs, rank, want)
            top = top[np.lexsort((top, -rank[top]))][:want]  # ties broken by row, as `ordered` breaks them
            folded = _fold(((d, float(sel.scores[d])) for d in top.tolist()), sel.gen)
            if len(folded) >= n or top.size == docs.size:
                return folded[:n]
            want *= 4
    return _fold(((d, 0.0) for d in sorted_rows(sel.matched, sel.gen, sort, sel.tier)), sel.gen, n)


def _highest(docs: np.ndarray, rank: np.ndarray, want: int) -> np.ndarray:
    """The rows of `docs` that `rank` puts among its first `want`, with every row tied with the last of them (so
    that ordering them by rank, then row, begins as `ordered` does), in no order. Partitioned out of the rows that
    can be among them: those ranked at least as high as the few best of a sample of every 16th row, when they are
    enough (a tenth of the rows, or fewer, when there are many), else all of them; 15,000 rows: 165 µs for all."""
    ranks = rank[docs]
    can = None
    if docs.size > 16 * want:
        sample = ranks[::16]
        place = sample.size - (2 * -(-want // 16) + 4)  # the sample's few best: twice as many as the share wanted
        floor = np.partition(sample, place)[place]
        found = (ranks >= floor).nonzero()[0]
        if found.size >= want:  # every row ranked as high as the want-th is among them
            can = found
    held = ranks if can is None else ranks[can]
    if held.size > want:
        last = -np.partition(-held, want - 1)[want - 1]  # the want-th highest rank
        keep = (held >= last).nonzero()[0]
        can = keep if can is None else can[keep]
    return docs if can is None else docs[can]


def sorted_rows(matched: np.ndarray, gen, sort: str, tier: Optional[np.ndarray] = None) -> list[int]:
    """Rows of `matched` by date asked (newest first unless `sort` says oldest), by delay, by date
    answered (`answered`: the latest answers first), or by the build that last brought news of them (`changed`:
    a new question, a new status; search.indexer.history); rows that lack words of the query, then those on
    its subject (`tier`), after those that hold them all."""
    docs = np.flatnonzero(matched)
    if sort == "oldest":
        key = gen.asked_on[docs]
    elif sort == "delay":
        key = -gen.delay[docs]
    elif sort == "answered":  # the latest answers first; unanswered questions last
        delay = gen.delay[docs].astype(np.int64)
        key = np.where(delay >= 0, -(gen.asked_on[docs].astype(np.int64) + delay), 1)
    elif sort == "changed":  # the latest news first: a question's first appearance or its status's change
        changed = np.maximum(gen.seen_in[docs], gen.status_in[docs]).astype(np.int64)
        key = -(changed * 1_000_000 + gen.asked_on[docs].astype(np.int64))  # then the newest asked
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
