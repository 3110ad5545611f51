"""The words of one generation: each segment's lexicon (term <-> id), its postings and positions, and a
field read across segments (document frequencies, positions, compounds, prefixes expanded)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

import numpy as np



class Lexicon:
    """A segment's sorted terms of one analysis: term <-> id by binary search over the file."""

    def __init__(self, blob: bytes, offsets: np.ndarray):
        self.blob, self.off = blob, offsets.tolist()
        self._cache: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.off) - 1

    def __getitem__(self, i: int) -> bytes:
        return self.blob[self.off[i]:self.off[i + 1]]

    def find(self, term: str) -> int:
        """The id of `term`, -1 when the segment lacks it."""
        hit = self._cache.get(term)
        if hit is None:
            key = term.encode("utf-8")
            i = bisect.bisect_left(self, key)
            hit = i if i < len(self) and self[i] == key else -1
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[term] = hit
        return hit

    def span(self, prefix: str) -> tuple[int, int]:
        """Ids of the terms that start with `prefix`: range(lo, hi)."""
        key = prefix.encode("utf-8")
        return bisect.bisect_left(self, key), bisect.bisect_left(self, key + b"\xff")

    def term(self, i: int) -> str:
        return self[i].decode("utf-8")

    def backwards(self) -> tuple[list[str], list[int]]:
        """The terms read backwards, sorted, with their ids (compound heads by binary search); made once,
        shared by the fields of this analysis (Engine.warm makes it before a generation serves)."""
        return self._backwards

    @cached_property
    def _backwards(self) -> tuple[list[str], list[int]]:
        terms = [self.term(i)[::-1] for i in range(len(self))]
        order = sorted(range(len(terms)), key=terms.__getitem__)
        return [terms[i] for i in order], order



def ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indexes starts[i] .. starts[i] + lengths[i] - 1 of every i, one run after the other: the positions of
    chosen postings, the pairs of chosen rows, the passages of chosen questions."""
    ends = np.cumsum(lengths)
    return np.arange(int(ends[-1]) if ends.size else 0, dtype=np.int64) + np.repeat(starts - (ends - lengths), lengths)

@dataclass
class FieldPart:
    """One field in one segment."""
    lexicon: Lexicon
    ptr: np.ndarray
    doc: np.ndarray
    tf: np.ndarray
    ppos: Optional[np.ndarray]  # term id -> its first position (fields with positions)
    pos: Optional[np.ndarray]
    offset: int  # the segment's first row in the generation

    def slice(self, term: str) -> tuple[int, int]:
        i = self.lexicon.find(term)
        return (int(self.ptr[i]), int(self.ptr[i + 1])) if i >= 0 else (0, 0)

    def runs(self, term: str) -> tuple[int, int, np.ndarray, np.ndarray]:
        """(a, b, starts, counts): the term's postings a..b and where each one's positions start in `pos`,
        and how many (its count: a term's positions follow each other posting by posting)."""
        i = self.lexicon.find(term)
        if i < 0 or self.ppos is None:
            return 0, 0, np.zeros(0, np.int64), np.zeros(0, np.int64)
        a, b = int(self.ptr[i]), int(self.ptr[i + 1])
        counts = self.tf[a:b].astype(np.int64)
        ends = np.cumsum(counts)
        return a, b, ends - counts + int(self.ppos[i]), counts


class Field:
    """One text field across the generation's segments; rows are the generation's."""

    def __init__(self, name: str, parts: list[FieldPart], lengths: np.ndarray):
        self.name, self.parts, self.lengths = name, parts, lengths
        self._compounds: dict = {}  # stem -> the compounds that hold it (a generation's lexicon does not change)
        self._df: dict[str, int] = {}  # term -> rows that hold it

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(rows, term frequencies as float32) of `term`."""
        docs, tfs = [], []
        for part in self.parts:
            a, b = part.slice(term)
            if b > a:
                docs.append(part.doc[a:b].astype(np.int64) + part.offset)
                tfs.append(part.tf[a:b].astype(np.float32))
        if not docs:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        if len(docs) == 1:
            return docs[0], tfs[0]
        return np.concatenate(docs), np.concatenate(tfs)

    def postings_in(self, term: str, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """postings() of `term` in the rows starts[i] <= row < ends[i] alone, range after range: each range found
        by binary search in the term's rows as stored, the others not read (a common word's postings run to tens
        of thousands; a results page wants its ten questions' passages)."""
        docs, tfs = [], []
        for part in self.parts:
            a, b = part.slice(term)
            if b <= a:
                continue
            rows = part.doc[a:b]
            top = np.iinfo(rows.dtype).max  # bounds in the rows' own type: numpy would convert every row to compare
            first, last = (np.where(bound - part.offset > top, rows.size,
                                    rows.searchsorted(np.clip(bound - part.offset, 0, top).astype(rows.dtype)))
                           for bound in (starts, ends))
            at = ranges(first, last - first)
            docs.append(rows[at].astype(np.int64) + part.offset)
            tfs.append(part.tf[a:b][at].astype(np.float32))
        if not docs:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        return (docs[0], tfs[0]) if len(docs) == 1 else (np.concatenate(docs), np.concatenate(tfs))

    def df(self, term: str) -> int:
        """How many rows hold `term` (kept per term: "similar questions" ask it for every word of a page)."""
        found = self._df.get(term)
        if found is None:
            if len(self._df) > 200_000:
                self._df.clear()
            found = self._df[term] = sum(b - a for a, b in (part.slice(term) for part in self.parts))
        return found

    def positions(self, term: str, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row, position) of every occurrence of `term` in the rows `keep` allows."""
        rows_out, pos_out = [], []
        for part in self.parts:
            a, b, starts, counts = part.runs(term)
            if b <= a:
                continue
            rows = part.doc[a:b].astype(np.int64) + part.offset
            chosen = np.flatnonzero(keep[rows])
            if not chosen.size:
                continue
            starts, counts = starts[chosen], counts[chosen]
            index = ranges(starts, counts)
            rows_out.append(np.repeat(rows[chosen], counts))
            pos_out.append(part.pos[index].astype(np.int64))
        if not rows_out:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(rows_out), np.concatenate(pos_out)

    def positions_in(self, term: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """positions() for a few sorted rows: each found by binary search in the term's postings (which
        are sorted by row), not by reading them all, so a common word costs what the rows cost."""
        rows_out, pos_out = [], []
        for part in self.parts:
            a, b, starts, counts = part.runs(term)
            if b <= a:
                continue
            docs = part.doc[a:b]
            local = rows - part.offset
            local = local[(local >= 0) & (local <= int(docs[-1]))]
            if not local.size:
                continue
            at = np.searchsorted(docs, local)
            found = at < docs.size
            found[found] = docs[at[found]] == local[found]
            chosen = at[found]
            if not chosen.size:
                continue
            starts, counts = starts[chosen], counts[chosen]
            index = ranges(starts, counts)
            rows_out.append(np.repeat(local[found] + part.offset, counts))
            pos_out.append(part.pos[index].astype(np.int64))
        if not rows_out:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate(rows_out), np.concatenate(pos_out)

    def compounds(self, stem: str, limit: int = 8, least: int = 4) -> list[str]:
        """The `limit` most frequent terms of this field that hold `stem` as a part of a compound: as its head
        (`verkeersongevall` for `ongevall`) or as its first part, with or without a linking s or e(n)
        (`verkeersveil` for `verkeer`); the other part `least` letters at least. Kept per field: a
        generation's lexicon does not change."""
        memo = self._compounds
        key = (stem, limit, least)
        if key in memo:
            return memo[key]
        if len(memo) > 100_000:
            memo.clear()
        found: dict[str, int] = {}
        for part in self.parts:
            lexicon = part.lexicon
            backwards, ids = lexicon.backwards()
            reversed_stem = stem[::-1]
            lo = bisect.bisect_left(backwards, reversed_stem)
            hi = bisect.bisect_left(backwards, reversed_stem + "\uffff")
            hits = [ids[k] for k in range(lo, hi) if len(backwards[k]) - len(stem) >= least]
            lo, hi = lexicon.span(stem)
            hits += [i for i in range(lo, hi)
                     if len(lexicon[i]) - len(stem.encode()) >= least + (lexicon.term(i)[len(stem):len(stem) + 1] in "se")]
            for i in hits:
                term = lexicon.term(i)
                found[term] = found.get(term, 0) + int(part.ptr[i + 1] - part.ptr[i])
        memo[key] = sorted(found, key=lambda t: (-found[t], t))[:limit]
        return memo[key]

    def expand(self, prefix: str, limit: int) -> list[str]:
        """The `limit` most frequent terms of this field that start with `prefix`."""
        found: dict[str, int] = {}
        for part in self.parts:
            lo, hi = part.lexicon.span(prefix)
            if hi <= lo:
                continue
            df = part.ptr[lo + 1:hi + 1] - part.ptr[lo:hi]
            have = np.flatnonzero(df)
            if have.size > limit:
                have = have[np.argsort(-df[have], kind="stable")[:limit]]
            for i in have.tolist():
                term = part.lexicon.term(lo + i)
                found[term] = found.get(term, 0) + int(df[i])
        return sorted(found, key=lambda t: (-found[t], t))[:limit]

