"""Results holding part of the words: the questions below a strict AND that found too few.

A query whose every word must match can find nothing for a sentence that no one question
holds whole (`combien de détenus dorment par terre`), or for two words of which a question
uses only the more telling one. When the strict AND finds fewer than a page, the questions
that lack one word come next, marked, and for five words or more those that lack two, and so
on down to half of the words; of a two-word query, those holding its rarer word (the one fewer
questions hold: the more telling). Filters, exclusions and dates stay required. Fewer missing
words rank first, then the scoring model's score of the words they hold.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..query.language import WORD, And, Filter, Node, Not, Text, rewrite
from ..text.bilingual import ALL_STOP_WORDS
from ..text.tokens import TOKEN_RE, base_words, token_word

MIN_WORDS = 2  # a query of one word is not relaxed
PAIR_ALONE = True  # of a two-word query, the rarer word alone (the more telling one), marked as lacking the other


@dataclass(frozen=True)
class Split:
    words: tuple  # unfielded Text nodes: one per word, phrase or prefix; any of them may be missing
    required: tuple  # fielded words, filters and exclusions: every one must hold


def split(node: Optional[Node]) -> Optional[Split]:
    """The words and the requirements of a query that is an AND of them; None for any other
    query (an OU: the user wrote which words are enough)."""
    words, required = [], []

    def walk(n) -> bool:
        if isinstance(n, And):
            return all(walk(c) for c in n.nodes)
        if isinstance(n, Text) and n.field is not None:  # auteur:, ministre:… say what must match
            required.append(n)
            return True
        if isinstance(n, Text):
            if n.kind == WORD:
                words.extend(Text(WORD, w, n.field) for w in base_words(n.text) if w not in ALL_STOP_WORDS)
            else:
                words.append(n)
            return True
        if isinstance(n, (Filter, Not)):
            required.append(n)
            return True
        return False  # an OU: the user wrote which words are enough

    if node is None or not walk(node) or not words:
        return None
    return Split(tuple(dict.fromkeys(words)), tuple(required))  # a word typed twice is one word


@dataclass
class Relaxed:
    mask: np.ndarray  # rows that hold enough of the words but not all
    missing: np.ndarray  # per row: how many words it lacks (0 elsewhere)
    scores: np.ndarray  # per row: the score of the words it holds
    held: list  # per word: the mask of the rows that hold it
    words: tuple  # the Text nodes, in the query's order


def relax(evaluator, parts: Split, allowed: np.ndarray, strict: np.ndarray, facets: np.ndarray, wanted: int,
          count_groups) -> Optional[Relaxed]:
    """The rows of `allowed` (requirements and dates met) outside `strict` that lack one word, then
    two…, until `wanted` results (sibling groups, by `count_groups`) pass the `facets` mask, or half
    of the words are missing. The mask it returns leaves the facets out, for the facet counts."""
    if len(parts.words) < MIN_WORDS:
        return None
    held, scores = [], evaluator.zeros()
    for word in parts.words:
        result = None if evaluator.expired() else evaluator.eval(word)
        if result is None:  # the budget ran out
            return None
        held.append(result[0])
        scores += np.where(result[0], result[1], 0).astype(np.float32)
    if evaluator.partial:
        return None
    n = len(parts.words)
    count = np.sum(held, axis=0)
    mask = np.zeros(evaluator.n, dtype=bool)
    if n == 2:
        if not PAIR_ALONE:
            return None
        rarer = min(range(2), key=lambda i: int(held[i].sum()) or evaluator.n)
        mask = allowed & ~strict & held[rarer]
    for lacking in range(1, max(1, (n - 1) // 2) + 1) if n > 2 else ():
        mask = allowed & ~strict & (count >= n - lacking)
        if count_groups((strict | mask) & facets) >= wanted:
            break
    if count_groups((strict | mask) & facets) == count_groups(strict & facets):
        return None  # nothing but siblings of the strict results
    missing = np.where(mask, n - count, 0).astype(np.int16)
    return Relaxed(mask, missing, scores, held, parts.words)


def required_mask(evaluator, parts: Split) -> np.ndarray:
    """Rows that meet every filter and exclusion of the query."""
    mask = evaluator.gen.live.copy()
    for node in parts.required:
        result = evaluator.eval(node)
        if result is not None:
            mask &= result[0]
    return mask


def without_each_word(node: Node, parts: Split) -> list[tuple[str, Node]]:
    """(word, the query's tree without it) for each unfielded word or phrase of the query, in its order; the
    first place it stands is dropped (a word typed twice keeps the other)."""
    out = []
    for word in parts.words:
        dropped = [False]

        def leaf(text: Text):
            if dropped[0] or text.field is not None:
                return text
            if text.kind != WORD:
                if text == word:
                    dropped[0] = True
                    return None
                return text
            tokens = [m.group() for m in TOKEN_RE.finditer(text.text)]
            at = next((i for i, t in enumerate(tokens) if token_word(t.lower()) == word.text), None)
            if at is None:
                return text
            dropped[0] = True
            return tuple(Text(WORD, t) for t in tokens[:at] + tokens[at + 1:])  # the words left of it, each one

        rest = rewrite(node, leaf)
        if dropped[0] and rest is not None:
            out.append((word.text, rest))
    return out
