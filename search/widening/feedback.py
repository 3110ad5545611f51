"""Pseudo-relevance feedback (RM3's idea): words the best results share, looked for in the questions the
query's own words miss.

When a search, widened by part of its words and by subject, still fills less than a page, the words
that weigh most in its best results (frequent there, rare in the archive, not the query's) are taken
as a second query: a question that holds several of them is on the same matter in other words. It
comes last, marked. Measured on the judged sets (README, "Relevance") and kept only while it lifts
recall without costing precision.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..matching.scoring import Accumulator
from ..text.bilingual import FRENCH, analyse

SEEDS = 5  # best results the words are drawn from
TERMS = 10  # words drawn
AT_LEAST = 3  # of them, a question must hold this many


@dataclass
class Feedback:
    mask: np.ndarray
    scores: np.ndarray
    terms: list


def feedback(gen, seeds: list[int], query_terms: set[str], allowed: np.ndarray) -> Optional[Feedback]:
    """The rows of `allowed` that hold AT_LEAST of the TERMS words weighing most in the `seeds` rows."""
    if not seeds:
        return None
    counts: Counter = Counter()
    for row in seeds[:SEEDS]:
        texts = [gen.record(row).get("title") or ""] + [p["raw"] for p in gen.passages(row)]
        seen = {group[0] for text in texts for group in analyse(FRENCH, text) if group}
        counts.update(seen)  # in how many of the best results a word stands
    field = gen.fields["question"]
    n = max(gen.count, 1)
    weighed = []
    for term, shared in counts.items():
        df = field.df(term)
        if shared < 2 or term in query_terms or len(term) < 4 or df < 2:
            continue
        weighed.append((shared * math.log(n / df), term))
    chosen = [t for _, t in sorted(weighed, reverse=True)[:TERMS]]
    if len(chosen) < AT_LEAST:
        return None
    held = np.zeros(gen.size, dtype=np.int16)
    scores = np.zeros(gen.size, dtype=np.float32)
    for term in chosen:
        acc = Accumulator(gen, gen.size)
        for name in ("title", "question", "answer"):
            acc.add(gen.fields[name], (term,), 1.0)
        here, score = acc.scores(gen.count)
        held += here
        scores += score
    mask = allowed & (held >= AT_LEAST)
    if not mask.any():
        return None
    return Feedback(mask, np.where(mask, scores, 0).astype(np.float32), chosen)
