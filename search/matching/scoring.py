"""The one scoring model: BM25F, with every field's weight and length normalisation here.

A word's occurrences in each field are length-normalised, weighted and summed into one
pseudo-frequency per question, which then saturates once (BM25F: Robertson, Zaragoza and
Taylor, 2004): a word in the title counts as WEIGHTS["title"] words of body, but ten
mentions do not outweigh a rarer word. Search, the choice of snippets and "similar
questions" all score through this module.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

K1 = 1.2
# unfielded words: the fields they are looked for in, and what one occurrence there weighs
WEIGHTS = {"title": 3.0, "descriptors": 2.0, "question": 1.0, "answer": 1.0, "author": 0.5, "addressee": 0.3}
# length normalisation per field (0: none; short fields barely vary)
B = {"title": 0.3, "descriptors": 0.3, "question": 0.75, "answer": 0.75, "author": 0.0, "party": 0.0,
     "addressee": 0.3, "exact": 0.75, "text": 0.75}
PHRASE_WEIGHT = 1.0  # a quoted phrase's occurrences, on top of its words' score
# what a question is about: a word in its title or descriptors scores again, apart from its body,
# so that a body that repeats a word does not outweigh the indexer's filing (BM25F saturates once)
SUBJECT_FIELDS = {"title": 1.5, "descriptors": 1.0}
SUBJECT_WEIGHT = 1.0
# words near each other (search.matching.proximity): where their positions are read, and what a near pair weighs
PROXIMITY_FIELDS = {"title": 1.0, "descriptors": 1.0, "exact": 0.25}  # the body: a passing phrase counts less
PROXIMITY_WEIGHT = 1.0
SIMILAR_FIELDS = {"title": 3.0, "descriptors": 2.0, "question": 1.0}  # "similar questions" compare these


def idf(df: int, count: int) -> float:
    return math.log(1 + (count - df + 0.5) / (df + 0.5))


def saturate(tf: np.ndarray) -> np.ndarray:
    return tf * (K1 + 1) / (tf + K1)


def norm(gen, field) -> np.ndarray:
    """Per row, 1 / (1 - b + b * length / average length) of `field` (a reader Field), kept per generation."""
    def make() -> np.ndarray:
        lengths = np.asarray(field.lengths, dtype=np.float32)
        live = gen.p_live if field is gen.passage_text else gen.live
        average = float(lengths[live].mean()) if live.any() else 1.0
        b = B.get(field.name, 0.75)
        return (1.0 / ((1 - b) + b * lengths / max(average, 1e-6))).astype(np.float32)

    return gen.cached(("norm", field.name, id(field)), make)


class Accumulator:
    """BM25F of one word (its accent variants), over chosen fields with their weights; and, from the
    same postings, the second BM25F over the fields that say what a question is about (SUBJECT_FIELDS).
    A field's part is added at the rows that hold the word only: a word costs passes over every row once
    (scores), not once per field."""

    def __init__(self, gen, size: int):
        self.gen, self.size = gen, size
        self.tf = np.zeros(size, dtype=np.float32)
        self.about: Optional[np.ndarray] = None

    def add(self, field, variants, weight: float, about: float = 0.0) -> None:
        """The word's occurrences in `field`: the best of its variants (they share positions), counted
        with `weight` in the word's BM25F and with `about` in the subject one."""
        found = []
        for variant in variants:
            docs, tf = field.postings(variant)
            if docs.size:
                found.append((docs, tf))
        if not found:
            return
        if len(found) == 1:  # one variant: its rows are distinct
            docs, best = found[0][0], found[0][1].astype(np.float32, copy=False)
        else:
            every = np.zeros(self.size, dtype=np.float32)
            for docs, tf in found:
                every[docs] = np.maximum(every[docs], tf)
            docs = (every > 0).nonzero()[0]  # a mask first: nonzero over float32 is ten times slower (130 µs)
            best = every[docs]
        normed = best * norm(self.gen, field)[docs]
        self.tf[docs] += weight * normed
        if about:
            if self.about is None:
                self.about = np.zeros(self.size, dtype=np.float32)
            self.about[docs] += about * normed

    def scores(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        """(mask of the rows holding the word, their BM25F scores)."""
        mask = (self.tf > 0) & self.gen.live  # rows an update replaced count for nothing, df included
        return mask, self._bm25(self.tf, mask, count)

    def about_scores(self, count: int) -> np.ndarray:
        """The subject BM25F (zero where the title and descriptors lack the word)."""
        if self.about is None:
            return np.zeros(self.size, dtype=np.float32)
        return self._bm25(self.about, (self.about > 0) & self.gen.live, count)

    def _bm25(self, tf: np.ndarray, mask: np.ndarray, count: int) -> np.ndarray:
        scores = np.zeros(self.size, dtype=np.float32)
        docs = np.flatnonzero(mask)
        if docs.size:
            scores[docs] = idf(docs.size, count) * saturate(tf[docs])
        return scores


def word_scores(gen, term: str, weights: dict[str, float], count: int,
                scratch: Optional[tuple[np.ndarray, np.ndarray]] = None) -> tuple[np.ndarray, np.ndarray]:
    """An Accumulator's BM25F of one term over the fields of `weights`, then its scores(count), figured over
    the rows that hold the term: (those rows, distinct, in no set order; their scores). The same numbers, in
    the same order of float32 sums ("similar questions" ask it for a dozen terms). The fields' parts are summed
    at the term's rows only, never in a pass over every row: in `scratch` (scratch_for(gen): a zeroed float32
    array of every row, which it leaves zeroed, and an int32 one), or in arrays of its own."""
    found = []
    for name, weight in weights.items():
        field = gen.fields[name]
        docs, tf = field.postings(term)
        if docs.size:
            found.append((docs, weight * (tf * norm(gen, field)[docs])))
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    if len(found) == 1:  # one field: its rows are distinct
        rows, tf = found[0]
        tf = tf.astype(np.float32, copy=False)
    else:
        every, slot = scratch if scratch is not None else scratch_for(gen)
        for docs, part in found:  # a field's rows are distinct: one addition per row and field, in the fields' order
            every[docs] += part
        held = np.concatenate([docs for docs, _ in found])
        places = np.arange(held.size, dtype=np.int32)
        slot[held] = places  # a row held by several fields keeps one of its places (whichever numpy wrote last):
        # it is kept at that one only
        rows = held[slot[held] == places]
        tf = every[rows]
        every[rows] = 0
    keep = (tf > 0) & gen.live[rows]  # rows an update replaced count for nothing, df included
    rows, tf = rows[keep], tf[keep]
    return rows, idf(rows.size, count) * saturate(tf)


def scratch_for(gen) -> tuple[np.ndarray, np.ndarray]:
    """word_scores' working arrays for one caller (a thread's own: they are written)."""
    return np.zeros(gen.size, dtype=np.float32), np.zeros(gen.size, dtype=np.int32)


def bm25(gen, field, docs: np.ndarray, tf: np.ndarray, df: int, count: int, weight: float = 1.0) -> np.ndarray:
    """Scores of `docs` holding something `tf` times in one field (a phrase, a prefix's word)."""
    if not docs.size:
        return np.zeros(0, dtype=np.float32)
    return (weight * idf(df, count) * saturate(tf * norm(gen, field)[docs])).astype(np.float32)


def tiered(scores: np.ndarray, tier: Optional[np.ndarray], docs: np.ndarray) -> np.ndarray:
    """The rank of rows: by tier first when a search was widened (every word, then one word
    missing, two…, then the same subject), by score within a tier."""
    if tier is None:
        return scores
    return scores - tier * (float(scores[docs].max(initial=0)) + 1)


def descriptor_weight(share: float, df: int, count: int) -> float:
    """What a descriptor shared by the best results weighs (search.widening.subjects): how much
    of them it covers (`share`, the best weighing most) times its rarity."""
    return share * math.log(count / df)
