"""Below a search that found fewer than a page: what else to show, marked, and what to try instead.

The questions holding part of the words (search.widening.relax), then those filed under the
descriptors the best results share (search.widening.subjects; for a two-word query, these come
before those holding one word of the two), then those holding several words the best results
share (search.widening.feedback): `widen` takes a Selection and returns a new one with those rows
below, and what brought each in. For a search that found
nothing, `alternatives` tries the query without each of its words.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Optional

import numpy as np

from ..matching.evaluator import Evaluator
from ..matching.selection import Selection, count_groups, ranked, select
from ..query.language import WORD, Node, query_text
from ..query.terms import has_text
from ..query.terms import word_groups
from .feedback import Feedback, feedback
from .relax import Relaxed, Split, relax, required_mask, split, without_each_word
from .subjects import Subject, filed_under, same_subject

SUBJECT_SEEDS = 5  # best results whose shared descriptors bring in the questions on the same subject
SUBJECT_TIER = 99  # questions on the same subject come after every question holding words of the query
PAIR_TIER = 100  # but before those holding one word of two: a subject says more than half of two words
FEEDBACK_TIER = 101  # the words the best results share, last (search.widening.feedback)
FEEDBACK = False  # measured, not kept (README, "Relevance"): +0.005 recall on pages without descriptors, a section more on most short pages
MAX_ALTERNATIVES = 8  # a search that found nothing is tried again without each word, for this many words at most


@dataclass(frozen=True)
class Widening:
    """What `widen` added below the questions holding every word, and why."""
    relaxed: Optional[Relaxed] = None  # the rows holding part of the words
    subject: Optional[Subject] = None  # the rows on the same subject
    related: Optional[Feedback] = None  # the rows holding words the best results share


def widen(sel: Selection, wanted: int) -> tuple[Selection, Widening]:
    """`sel` with, below it, the questions holding part of its words, then those on its subject, while it
    makes fewer than `wanted` results; unchanged for most searches (a full page)."""
    if sel.partial or not has_text(sel.node) or sel.groups >= wanted:
        return sel, Widening()  # most searches: a full page, nothing to add and nothing more to evaluate
    parts = split(sel.node)
    if parts is None:
        return sel, Widening()
    allowed = required_mask(Evaluator(sel.gen, sel.deadline), parts) & sel.dates
    if len(parts.words) == 2:  # one word of two tells less than a subject the best results share: that first
        sel, subject = _same_subject(sel, parts, allowed, wanted)
        sel, relaxed = _part_of_the_words(sel, parts, allowed, wanted)
    else:
        sel, relaxed = _part_of_the_words(sel, parts, allowed, wanted)
        sel, subject = _same_subject(sel, parts, allowed, wanted)
    related = None
    plain = len(parts.words) >= 2 and all(w.kind == WORD for w in parts.words)  # not a phrase, a prefix, one word
    if FEEDBACK and plain and sel.groups < wanted and not sel.expired():
        best = [row for row, _ in ranked(replace(sel, matched=sel.base), "relevance", SUBJECT_SEEDS)]
        terms = {t for w in parts.words for g in word_groups(w.text) for t in g["french"]}
        related = feedback(sel.gen, best, terms, allowed & ~sel.base)
        if related is not None:
            sel = sel.below(related.mask, related.scores, FEEDBACK_TIER)
    return sel, Widening(relaxed, subject, related)


def _part_of_the_words(sel: Selection, parts: Split, allowed: np.ndarray, wanted: int):
    """When a query of three words or more finds fewer than `wanted`, the questions that lack one of its words."""
    if sel.groups >= wanted:
        return sel, None
    found = relax(Evaluator(sel.gen, sel.deadline), parts, allowed, sel.base, sel.facets, wanted,
                  lambda mask: count_groups(sel.gen, mask))
    if found is None:
        return sel, None
    tier = found.missing if len(parts.words) > 2 else np.where(found.mask, PAIR_TIER, 0).astype(np.int16)
    return sel.below(found.mask, found.scores, tier), found


def _same_subject(sel: Selection, parts: Split, allowed: np.ndarray, wanted: int):
    """When a search still finds fewer than `wanted`, the questions filed under the descriptors its best results share."""
    if sel.groups >= wanted or sel.expired():
        return sel, None
    # the query tells the subject, the filters what of it is shown: seeds are taken before the facets
    best = [row for row, _ in ranked(replace(sel, matched=sel.base), "relevance", SUBJECT_SEEDS * 4)]
    about = filed_under(Evaluator(sel.gen, sel.deadline), parts.words)
    seeds = [row for row in best if about[row]] or best  # a passing mention does not tell the subject
    found = same_subject(sel.gen, seeds[:SUBJECT_SEEDS], allowed & ~sel.base)
    if found is None:
        return sel, None
    return sel.below(found.mask, found.scores, SUBJECT_TIER), found


def alternatives(gen, node: Optional[Node], filters: dict, date_from: Optional[str], date_to: Optional[str],
                 budget: float, deadline: Optional[float]) -> list[tuple[str, str, int]]:
    """For a search that found nothing: (word dropped, the query without it, results it finds) for those that
    find something, the most first (as many as the time budget allows). The query's tree loses the word
    (not its text, parsed again); query_text writes what is left for the link."""
    parts = split(node)
    if parts is None or not 2 <= len(parts.words) <= MAX_ALTERNATIVES:
        return []
    out = []
    for dropped, rest in without_each_word(node, parts):
        if deadline is not None and time.perf_counter() > deadline:
            break
        found = select(gen, rest, filters, date_from, date_to, time.perf_counter() + budget if budget else None)
        total = found.groups
        if total:
            out.append((dropped, query_text(rest), total))
    return sorted(out, key=lambda a: -a[2])
