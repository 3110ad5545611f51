"""Below a search that found fewer than a page: what else to show, marked, and what to try instead.

The questions holding part of the words (search.query.relax), then those filed under the
descriptors the best results share (search.query.subjects); for a search that found
nothing, the query without each of its words.
"""
from __future__ import annotations

import dataclasses
import time
from typing import Optional

import numpy as np

from .errors import QueryError
from .matching import Matching, count_groups, matching, ranked
from .query.evaluator import Evaluator
from .query.relax import relax, required_mask, split, without_each_word
from .query.subjects import filed_under, same_subject
from .query.terms import has_text
from .request import SearchRequest
from .results import Alternative

SUBJECT_SEEDS = 5  # best results whose shared descriptors bring in the questions on the same subject
SUBJECT_TIER = 99  # questions on the same subject come after every question holding words of the query


def add_part_of_the_words(m: Matching, req: SearchRequest, parts, allowed, facets) -> None:
    """When a query of three words or more finds fewer than a page, add the questions that lack
    one of its words (search.query.relax) to `m`."""
    if count_groups(m.gen, m.matched) >= req.size:
        return
    found = relax(Evaluator(m.gen, m.deadline), parts, allowed, m.base, facets, req.size,
                  lambda mask: count_groups(m.gen, mask))
    if found is not None:
        m.relaxed = found
        m.add(found.mask, found.scores, found.missing, facets)


def add_same_subject(m: Matching, req: SearchRequest, parts, allowed, facets) -> None:
    """When a search still finds fewer than a page, add the questions filed under the descriptors
    its best results share (search.query.subjects)."""
    if count_groups(m.gen, m.matched) >= req.size or m.expired():
        return
    # the query tells the subject, the filters what of it is shown: seeds are taken before the facets
    best = [row for row, _ in ranked(dataclasses.replace(m, matched=m.base), "relevance", SUBJECT_SEEDS * 4)]
    about = filed_under(Evaluator(m.gen, m.deadline), parts.words)
    seeds = [row for row in best if about[row]] or best  # a passing mention does not tell the subject
    seeds = seeds[:SUBJECT_SEEDS]
    found = same_subject(m.gen, seeds, allowed & ~m.base)
    if found is not None:
        m.subject = found
        m.add(found.mask, found.scores, SUBJECT_TIER, facets)


def widen(m: Matching, req: SearchRequest) -> None:
    """Below a search that found fewer than a page: the questions holding part of its words, then those on
    its subject."""
    if m.partial or not has_text(m.node) or count_groups(m.gen, m.matched) >= req.size:
        return  # most searches: a full page, nothing to add and nothing more to evaluate
    parts = split(m.node)
    if parts is None:
        return
    evaluator = Evaluator(m.gen, m.deadline)
    allowed = required_mask(evaluator, parts) & m.dates
    facets = np.ones(m.gen.size, dtype=bool)
    for mask in m.per_facet.values():
        facets &= mask
    add_part_of_the_words(m, req, parts, allowed, facets)
    add_same_subject(m, req, parts, allowed, facets)


MAX_ALTERNATIVES = 8  # a search that found nothing is tried again without each word, for this many words at most


def alternatives(gen, req: SearchRequest, node, deadline: Optional[float]) -> list[Alternative]:
    """For a search that found nothing: the query without each of its words, those that find something
    (as many as the time budget allows)."""
    parts = split(node)
    if parts is None or not 2 <= len(parts.words) <= MAX_ALTERNATIVES:
        return []
    out = []
    for dropped, query in without_each_word(req.q, parts):
        if deadline is not None and time.perf_counter() > deadline:
            break
        try:
            total = count_groups(gen, matching(gen, dataclasses.replace(req, q=query)).matched)
        except QueryError:
            continue
        if total:
            out.append(Alternative(dropped, query, total))
    return sorted(out, key=lambda a: -a.total)
