"""Spelling suggestions from the index's own words: `alocations` -> `allocations`.

A word of the query that nothing in the index holds (no field a search reads, stemmed or
not) is replaced by the nearest word of the index: fewest edits (Damerau-Levenshtein: a
swapped pair of letters is one edit), then the most questions. Only unstemmed,
accent-folded words (field `exact`) that at least two questions hold are candidates, so
that a typo in one page is never suggested, and never a stop word. A word the index
holds, however rarely, is left as typed: on a small index every word is rare. The
lexicon is read once per generation, by word length; rapidfuzz compares it in C.
"""
from __future__ import annotations

import re
from typing import Optional

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from ..index.fields import BY_NAME
from ..matching.scoring import WEIGHTS
from ..query.language import PHRASE, WORD, Node, Text, rewrite
from ..query.terms import word_groups
from ..text.bilingual import ALL_STOP_WORDS
from ..text.fold import fold
from ..text.tokens import TOKEN_RE, token_word

MIN_LENGTH = 4  # shorter words are too near too many others to correct
MIN_DF = 2  # a candidate is held by at least this many questions
WORD_RE = re.compile(r"^[a-z]+$")


def max_edits(word: str) -> int:
    return 1 if len(word) <= 7 else 2


def _lexicon(gen) -> dict[int, tuple[list[str], np.ndarray]]:
    """Per length: the words of field `exact` held by MIN_DF questions or more, and those counts."""
    return gen.cached("spelling", lambda: _by_length(gen))


def _by_length(gen) -> dict[int, tuple[list[str], np.ndarray]]:
    counts: dict[str, int] = {}
    for part in gen.fields["exact"].parts:
        df = np.diff(part.ptr)
        for i in np.flatnonzero(df >= 1).tolist():
            term = part.lexicon.term(i)
            if WORD_RE.match(term):
                counts[term] = counts.get(term, 0) + int(df[i])
    by_length: dict[int, list[tuple[str, int]]] = {}
    for term, n in counts.items():
        if n >= MIN_DF and len(term) >= MIN_LENGTH - 1 and term not in ALL_STOP_WORDS:
            by_length.setdefault(len(term), []).append((term, n))
    return {n: ([t for t, _ in items], np.array([c for _, c in items])) for n, items in by_length.items()}


def known(gen, word: str) -> bool:
    """Whether any field an unfielded search reads holds `word`, stemmed or not."""
    if gen.fields["exact"].df(word):
        return True
    groups = word_groups(word)
    return any(gen.fields[name].df(term) for g in groups for name in WEIGHTS for term in g[BY_NAME[name].analysis])


def correct(gen, word: str) -> Optional[str]:
    """The word of the index to put for `word` (folded, lower case), or None when it needs none."""
    if len(word) < MIN_LENGTH or not WORD_RE.match(word) or word in ALL_STOP_WORDS or known(gen, word):
        return None
    lexicon = _lexicon(gen)
    edits = max_edits(word)
    found = []
    for length in range(len(word) - edits, len(word) + edits + 1):
        terms, counts = lexicon.get(length, ([], None))
        if not terms:
            continue
        for term, distance, i in process.extract(word, terms, scorer=DamerauLevenshtein.distance,
                                                 score_cutoff=edits, limit=20):
            found.append((distance, -int(counts[i]), term))
    return min(found)[2] if found else None


def suggest(gen, node: Optional[Node]) -> Optional[Node]:
    """The query with its misspelled words replaced (each unfielded word or phrase the search looks for,
    not those it excludes), or None when none is. query_text writes it for the page."""
    fixes: dict[str, Optional[str]] = {}

    def fixed(m: re.Match) -> str:
        token = m.group()
        word = token_word(token.lower())
        folded = fold(word)
        if folded not in fixes:
            fixes[folded] = correct(gen, folded)
        fix = fixes[folded]
        return token[: len(token) - len(word)] + fix if fix else token

    def leaf(text: Text) -> Text:
        if text.field is not None or text.kind not in (WORD, PHRASE):
            return text
        new = TOKEN_RE.sub(fixed, text.text)
        return text if new == text.text else Text(text.kind, new)

    out = rewrite(node, leaf)
    return None if out is node else out
