"""Words near each other: a bonus for the questions where consecutive words of the query stand close.

`sécurité sociale` is about social security where the two words meet, and about something
else where `sécurité` opens the question and `sociale` closes the answer. For each pair of
consecutive words of the query, the occurrences that stand within WINDOW positions of each
other (in either order; a stop word between them does not count in the title and
descriptors, which are indexed without them) are counted per question, nearer ones more,
in the stemmed title and descriptors and in the unstemmed text of the whole question. The
count saturates like a term frequency and is weighted by the rarer word's rarity. It only
reorders the best TOP questions of a query: positions are read for those alone.
"""
from __future__ import annotations

import numpy as np

from ..query.terms import word_groups
from ..text.bilingual import ALL_STOP_WORDS
from ..text.fold import fold
from ..text.tokens import base_words
from . import scoring
from .scoring import idf, saturate

WINDOW = 3  # positions apart, at most
TOP = 300  # the best rows of a query that proximity reorders
SHIFT = 2**24  # row * SHIFT + position: one integer per occurrence


def query_words(texts) -> list[str]:
    """The words of consecutive unfielded word clauses, stop words left out, in the query's order."""
    return [w for t in texts for w in base_words(t.text) if w not in ALL_STOP_WORDS]


def _keys(field, terms, rows: np.ndarray) -> np.ndarray:
    """Sorted distinct row * SHIFT + position of every occurrence of any of `terms` in `rows` (sorted)."""
    found = [field.positions_in(term, rows) for term in terms]
    rows = np.concatenate([r for r, _ in found]) if found else np.zeros(0, np.int64)
    if not rows.size:
        return rows
    return np.unique(rows * SHIFT + np.concatenate([p for _, p in found]))


def _near(a: np.ndarray, b: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Per row of `docs` (sorted, holding every row of `a` and `b`): occurrences of `b` within WINDOW
    positions of one of `a`, either side, weighted 1/distance."""
    out = np.zeros(docs.size, dtype=np.float32)
    if not a.size or not b.size:
        return out
    for d in range(1, WINDOW + 1):
        for shifted in (b - d, b + d):
            at = np.minimum(np.searchsorted(a, shifted), a.size - 1)
            hit = shifted[a[at] == shifted]
            if hit.size:
                out += np.bincount(np.searchsorted(docs, hit // SHIFT), minlength=docs.size).astype(np.float32) / d
    return out


def bonus(gen, words: list[str], mask: np.ndarray, scores: np.ndarray, expired) -> np.ndarray:
    """Per row, the proximity bonus of `words` among the TOP rows of `mask` by `scores` (zero elsewhere)."""
    out = np.zeros(gen.size, dtype=np.float32)
    if len(words) < 2 or not scoring.PROXIMITY_WEIGHT:
        return out
    docs = np.flatnonzero(mask)
    if docs.size > TOP:
        docs = docs[np.argpartition(-scores[docs], TOP)[:TOP]]
    if not docs.size:
        return out
    docs = np.sort(docs)
    groups = [g for w in words for g in word_groups(w)]
    exact = gen.fields["exact"]
    rarity = [idf(max(exact.df(fold(w)), 1), gen.count) for w in words]
    near = np.zeros(docs.size, dtype=np.float32)  # per row of docs: positions are read for those alone
    for i in range(len(groups) - 1):
        if expired():
            break
        pair = np.zeros(docs.size, dtype=np.float32)
        for name, weight in scoring.PROXIMITY_FIELDS.items():
            field = gen.fields[name]
            analysis = "exact" if name == "exact" else "french"
            a = _keys(field, groups[i][analysis], docs)
            b = _keys(field, groups[i + 1][analysis], docs)
            pair += weight * _near(a, b, docs)
        near += min(rarity[i], rarity[i + 1]) * saturate(pair)
    out[docs] = scoring.PROXIMITY_WEIGHT * near
    return out
