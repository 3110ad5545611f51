"""The descriptors an archive knows, and a collapsed descriptor line split into them.

The pipe layout of print and bilingual pages collapses a question's Eurovoc descriptors onto one line
per language, usually apart by ";" or a gap, but some lines hold several descriptors with nothing
between them ("rustpensioen gelijke behandeling van man en vrouw vrouw"). Such a line is split into
the descriptors the thesaurus knows: those of the archive's other questions. A piece is split only
when it is not itself a known descriptor and its words are exactly a run of known descriptors, and
the fewest such descriptors are one way only; otherwise it is kept as printed.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable, Optional

from ..model import Question
from ..text.fold import fold_key
from .merge import descriptor_pairs

LONGEST = 8  # words in the longest descriptor looked for


def _key(descriptor: str) -> str:
    return " ".join(fold_key(descriptor).replace("'", " ").replace("’", " ").split())


class Thesaurus:
    """Known descriptors, by folded key, with the spelling first seen."""

    def __init__(self, known: Iterable[str] = ()):
        self.known: dict[str, str] = {}
        for descriptor in known:
            self.add(descriptor)

    def add(self, descriptor: str) -> None:
        key = _key(descriptor)
        if key:
            self.known.setdefault(key, descriptor)

    def learn(self, q: Question) -> None:
        for descriptor in q.descriptors + list((q.other_language or {}).get("descriptors") or []):
            self.add(descriptor)

    def split(self, descriptor: str) -> list[str]:
        """`descriptor`, or the known descriptors it is a run of (see the module's doc)."""
        words = _key(descriptor).split()
        if len(words) < 2 or " ".join(words) in self.known:
            return [descriptor]
        # fewest[i]: (pieces, ways) to cover words[:i] with known descriptors; back[i]: where the last starts
        fewest: list[Optional[tuple[int, int]]] = [(0, 1)] + [None] * len(words)
        back = [0] * (len(words) + 1)
        for end in range(1, len(words) + 1):
            for start in range(max(0, end - LONGEST), end):
                if fewest[start] is None or " ".join(words[start:end]) not in self.known:
                    continue
                pieces, ways = fewest[start][0] + 1, fewest[start][1]
                if fewest[end] is None or pieces < fewest[end][0]:
                    fewest[end], back[end] = (pieces, ways), start
                elif pieces == fewest[end][0]:
                    fewest[end] = (pieces, fewest[end][1] + ways)
        found = fewest[len(words)]
        if found is None or found[0] < 2 or found[1] != 1:
            return [descriptor]
        out, end = [], len(words)
        while end:
            out.append(self.known[" ".join(words[back[end]:end])])
            end = back[end]
        return out[::-1]

    def split_question(self, q: Question) -> Question:
        """`q` with its collapsed descriptor lines split, in both languages (the same record when none is)."""
        own = self._split_all(q.descriptors)
        other = q.other_language or {}
        theirs = self._split_all(other.get("descriptors") or [])
        if own == q.descriptors and theirs == list(other.get("descriptors") or []):
            return q
        split = dataclasses.replace(q, descriptors=own,
                                    other_language={**other, "descriptors": theirs} if other else q.other_language)
        split.descriptor_pairs = list(dict.fromkeys(q.descriptor_pairs + descriptor_pairs([split])))
        return split

    def _split_all(self, descriptors: list[str]) -> list[str]:
        return list(dict.fromkeys(piece for d in descriptors for piece in self.split(d)))


def collapsible(q: Question) -> bool:
    """Whether a record may hold a collapsed descriptor line: a print or bilingual page whose list in
    either language is one descriptor of several words (a list the page kept apart is trusted)."""
    lists = [q.descriptors, list((q.other_language or {}).get("descriptors") or [])]
    return q.rendering != "web" and any(len(found) == 1 and len(_key(found[0]).split()) > 1 for found in lists)
