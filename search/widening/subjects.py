"""Questions on the same subject: below a page that found too few, those filed under the same descriptors.

The Senate's indexers file every question under Eurovoc descriptors, a controlled
vocabulary: `surpopulation carcérale` and `détenus` both sit under `établissement
pénitentiaire`, `réseaux sociaux` and `médias sociaux` under `médias sociaux`. When a
search finds fewer than a page, the descriptors its best results share (of those holding a
word of the query in their title or descriptors) tell what it is about, and the other
questions filed under them come last, marked with the descriptors
that brought them. A descriptor that most of the index carries says nothing, and is left out.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..matching.scoring import descriptor_weight
from ..query.language import WORD, Text

SEEDS = 5  # best results whose descriptors tell the subject
MAX_DESCRIPTORS = 3  # descriptors that bring questions in
MAX_SHARE = 0.05  # a descriptor on more than this share of the questions is too general


@dataclass
class Subject:
    mask: np.ndarray  # rows brought in: they hold a chosen descriptor, not the query
    scores: np.ndarray  # per row: the weight of the chosen descriptors it holds
    descriptors: list[str]  # the chosen ones, the weightiest first
    codes: list[int]


def _frequencies(gen) -> np.ndarray:
    """Per descriptor, the live questions filed under it or under its translation (a French descriptor and
    its Dutch label are one subject, too general or not in both languages); kept per generation."""
    return gen.cached("descriptor-df", lambda: _count_frequencies(gen))


def _count_frequencies(gen) -> np.ndarray:
    col = gen.facets["descriptors"]
    if not len(col.values):
        return np.zeros(0, np.int64)
    live = gen.live[col.doc]
    group = col.group if col.group is not None else np.arange(len(col.values))
    width = int(group.max()) + 1
    pairs = np.unique(col.doc[live].astype(np.int64) * width + group[col.val[live]].astype(np.int64))
    return np.bincount(pairs % width, minlength=width)[group]


def filed_under(evaluator, words) -> np.ndarray:
    """Rows holding a word of the query (`words`: search.widening.relax.Split.words) in their title or
    descriptors: those whose descriptors may tell the subject, not a passing mention."""
    mask = np.zeros(evaluator.n, dtype=bool)
    for word in words:
        if word.kind != WORD or word.field is not None or evaluator.expired():
            continue
        for field in ("title", "descriptors"):
            result = evaluator.eval(Text(WORD, word.text, field))
            if result is not None:
                mask |= result[0]
    return mask


def _codes(col, row: int) -> np.ndarray:
    return col.val[col.row_ptr[row]:col.row_ptr[row + 1]]


def same_subject(gen, seeds: list[int], allowed: np.ndarray) -> Optional[Subject]:
    """The rows of `allowed` filed under the descriptors that the `seeds` (best first) share."""
    col = gen.facets["descriptors"]
    if not seeds or not col.doc.size:
        return None
    df = _frequencies(gen)
    count = max(int(gen.live.sum()), 1)
    weight: dict[int, float] = {}
    holders: dict[int, int] = {}
    for rank, row in enumerate(seeds[:SEEDS]):
        for code in set(_codes(col, row).tolist()):
            weight[code] = weight.get(code, 0.0) + 1.0 / (rank + 1)
            holders[code] = holders.get(code, 0) + 1
    shared = 2 if len(seeds) > 1 else 1
    chosen = sorted(
        (code for code in weight if holders[code] >= shared and 1 < df[code] <= max(2, MAX_SHARE * count)),
        key=lambda c: -descriptor_weight(weight[c], df[c], count))[:MAX_DESCRIPTORS]
    if not chosen:
        return None
    has = np.zeros(gen.size, dtype=np.float32)
    for code in chosen:
        rows = col.doc[col.val == code]
        has[rows] += descriptor_weight(weight[code], df[code], count)
    mask = (has > 0) & allowed
    if not mask.any():
        return None
    return Subject(mask, np.where(mask, has, 0).astype(np.float32), [col.values[c] for c in chosen], chosen)
