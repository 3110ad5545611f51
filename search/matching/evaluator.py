"""The one evaluator: a query tree -> (mask, scores) over every question row, on arrays.

Words are BM25F over their fields (search.matching.scoring); AND, OR, NOT and every filter
are boolean masks; phrases are checked against the positions the build stored, for
all candidate rows at once (no loop over documents). A deadline bounds the work: past
it, what is left of the tree is skipped and the evaluation says it is partial.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

import numpy as np

from ..errors import QueryError
from ..index.fields import BY_NAME
from ..query.language import MAX_PREFIX_TERMS, PHRASE, PREFIX, WORD, And, Filter, Node, Not, Or, Text
from ..query.terms import word_groups
from ..text.bilingual import analyse
from ..text.fold import fold
from . import proximity, scoring
from .proximity import query_words
from .scoring import PHRASE_WEIGHT, WEIGHTS, Accumulator, bm25

COMPOUNDS = True  # a word also finds the compounds it is a part of (Dutch writes them whole)


def compound_terms(field, terms: tuple[str, ...]) -> tuple[str, ...]:
    """`terms` and the compounds of the field that hold one of them (stems of five letters at least). Keeping
    only Dutch-looking ones (search.text.bilingual.leaning) was measured: it lost recall on both sets."""
    more = [c for t in terms if len(t) >= 5 for c in field.compounds(t)]
    return tuple(dict.fromkeys(terms + tuple(more)))

SHIFT = 2**24  # row * SHIFT + position: one integer per occurrence (positions stay below 16 million)


@dataclass
class Evaluation:
    mask: np.ndarray  # per row: it matches
    scores: np.ndarray  # per row: its score (0 where it does not match)
    partial: bool  # the deadline cut the evaluation short


class Evaluator:
    def __init__(self, gen, deadline: Optional[float] = None):
        self.gen, self.n = gen, gen.size
        self.deadline = deadline
        self.partial = False

    def expired(self) -> bool:
        if self.deadline is not None and time.perf_counter() > self.deadline:
            self.partial = True
        return self.partial

    def zeros(self) -> np.ndarray:
        return np.zeros(self.n, dtype=np.float32)

    def run(self, node: Optional[Node]) -> Evaluation:
        if node is None:
            return Evaluation(self.gen.live.copy(), self.zeros(), False)
        result = self.eval(node)
        if result is None:
            if self.partial:
                return Evaluation(np.zeros(self.n, dtype=bool), self.zeros(), True)
            raise QueryError("la requête ne contient que des mots trop courants (le, de, pour…) : ajoutez un mot précis")
        mask, scores = result
        mask = mask & self.gen.live
        return Evaluation(mask, np.where(mask, scores, 0).astype(np.float32), self.partial)

    def eval(self, node: Node):
        if isinstance(node, Text):
            if node.kind == PHRASE:
                return self.phrase(node.text, node.field)
            if node.kind == PREFIX:
                return self.prefix(node.text, node.field)
            return self.words(node.text, node.field)
        if isinstance(node, Filter):
            return self.filter(node), self.zeros()
        if isinstance(node, Not):
            inner = self.eval(node.node)
            return None if inner is None else (~inner[0], self.zeros())
        parts = []
        for child in node.nodes:
            if self.expired():
                break
            result = self.eval(child)
            if result is not None:
                parts.append(result)
        if not parts:
            return None
        scores = np.sum([s for _, s in parts], axis=0, dtype=np.float32)
        combine = np.logical_or if isinstance(node, Or) else np.logical_and
        mask = combine.reduce([m for m, _ in parts])
        if isinstance(node, And):
            words = query_words([c for c in node.nodes if isinstance(c, Text) and c.kind == WORD and c.field is None])
            scores += proximity.bonus(self.gen, words, mask & self.gen.live, scores, self.expired)
        return mask, np.where(mask, scores, 0).astype(np.float32)

    def words(self, text: str, field: Optional[str]):
        """Every word of `text` (ANDed), each scored by BM25F over its fields."""
        fields = {field: 1.0} if field else WEIGHTS
        groups = word_groups(text)
        if not groups:
            return None
        mask, scores = np.ones(self.n, dtype=bool), self.zeros()
        for i, terms in enumerate(groups):
            if i and self.expired():
                break
            acc = Accumulator(self.gen, self.n)
            for name, weight in fields.items():  # unfielded: what the question is about scores again
                about = scoring.SUBJECT_FIELDS.get(name, 0.0) if not field and scoring.SUBJECT_WEIGHT else 0.0
                wanted = terms[BY_NAME[name].analysis]
                if COMPOUNDS and BY_NAME[name].analysis == "french":
                    wanted = compound_terms(self.gen.fields[name], wanted)
                acc.add(self.gen.fields[name], wanted, weight, about)
            here, score = acc.scores(self.gen.count)
            mask &= here
            scores += score
            if acc.about is not None:
                scores += scoring.SUBJECT_WEIGHT * acc.about_scores(self.gen.count)
        return mask, scores

    def phrase(self, text: str, field: Optional[str]):
        """Rows where the words of `text` stand one after the other, checked on stored positions."""
        name = field or "exact"
        target = self.gen.fields[name]
        groups = analyse(BY_NAME[name].analysis, text)
        if not groups:
            return None
        candidates = np.ones(self.n, dtype=bool)
        sizes = []
        for group in groups:
            here = np.zeros(self.n, dtype=bool)
            for term in group:
                here[target.postings(term)[0]] = True
            sizes.append(int(here.sum()))
            candidates &= here
        if len(groups) > 1 and candidates.any():
            keys = None
            for i in sorted(range(len(groups)), key=sizes.__getitem__):  # rarest first: fewer positions to read
                if self.expired():
                    return None
                found = [target.positions(term, candidates) for term in groups[i]]
                rows = np.concatenate([r for r, _ in found])
                pos = np.concatenate([p for _, p in found]) - i
                ok = pos >= 0
                these = rows[ok] * SHIFT + pos[ok]  # sorted and distinct for one term: rows, then positions
                if len(found) > 1:
                    these = np.unique(these)
                keys = these if keys is None else _intersect(keys, these)
                candidates = np.zeros(self.n, dtype=bool)
                candidates[keys // SHIFT] = True
                if not keys.size:
                    break
            rows = keys // SHIFT
            starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1]))) if rows.size else \
                np.zeros(0, np.int64)
            docs, tf = rows[starts], np.diff(np.append(starts, rows.size))
        else:  # one word in quotes: its occurrences, unstemmed
            counts = np.zeros(self.n, dtype=np.float32)
            for term in groups[0]:
                rows, tf = target.postings(term)
                counts[rows] = np.maximum(counts[rows], tf)
            docs = np.flatnonzero(candidates)
            tf = counts[docs]
        live = self.gen.live[docs]
        docs, tf = docs[live], tf[live]
        scores = self.zeros()
        scores[docs] = bm25(self.gen, target, docs, tf.astype(np.float32), docs.size, self.gen.count, PHRASE_WEIGHT)
        words = self.words(text, field)
        if words is not None:
            scores += np.where(candidates, words[1], 0)
        return candidates, scores

    def prefix(self, text: str, field: Optional[str]):
        """Rows holding a word that starts with `text` (its MAX_PREFIX_TERMS most frequent)."""
        name = field or "exact"
        target = self.gen.fields[name]
        mask, scores = np.zeros(self.n, dtype=bool), self.zeros()
        for j, term in enumerate(target.expand(fold(text).lower().replace("’", "'"), MAX_PREFIX_TERMS)):
            if j % 16 == 15 and self.expired():
                break
            docs, tf = target.postings(term)
            live = self.gen.live[docs]
            docs, tf = docs[live], tf[live]
            mask[docs] = True
            scores[docs] += bm25(self.gen, target, docs, tf, docs.size, self.gen.count)
        return mask, scores

    def filter(self, node: Filter) -> np.ndarray:
        gen = self.gen
        if node.field in gen.facets:
            return gen.facets[node.field].having({str(node.value)}, self.n)
        if node.field == "id":
            mask = np.zeros(self.n, dtype=bool)
            row = gen.row_of(node.value)
            if row is not None:
                mask[row] = True
            return mask
        return date_mask(gen, *node.value)


def _intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The values of two sorted arrays of distinct values that are in both, sorted."""
    small, big = (a, b) if a.size <= b.size else (b, a)
    if not small.size:
        return small
    at = np.minimum(np.searchsorted(big, small), big.size - 1)
    return small[big[at] == small]


def date_mask(gen, start: Optional[datetime], end: Optional[datetime]) -> np.ndarray:
    """Questions asked between `start` and `end`, both included, either open."""
    mask = gen.live.copy()
    if start is not None:
        mask &= np.asarray(gen.asked_on) >= start.toordinal()
    if end is not None:
        mask &= np.asarray(gen.asked_on) <= end.toordinal()
    return mask
