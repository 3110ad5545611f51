"""A facet column of one generation: each question's values as codes, counted, filtered and read back."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

import numpy as np

from .postings import ranges



@dataclass
class FacetColumn:
    """One facet's values and which rows carry them, as parallel arrays (a row may carry several)."""
    values: list[str]
    doc: np.ndarray  # rows
    val: np.ndarray  # indexes into values
    first: np.ndarray  # per row: its first value, -1 when none
    multi: bool  # some row carries several values
    rank: np.ndarray  # per value: its place in alphabetical order (ties in counts are broken by it)
    row_ptr: np.ndarray  # a multi-valued facet: row -> its first pair (doc is sorted by row)
    group: Optional[np.ndarray] = None  # a paired facet: value code -> the code of the value it is counted as
    labels: dict = field(default_factory=dict)  # a paired facet: value -> {language: its label in that language}
    # how many of each row's first values FirstCodes counts with other columns' (0: this column counts itself);
    # a multi-valued facet whose rows mostly carry a few values (the ministries a question concerns, its
    # descriptors): the pairs past those, so that a count is the first values' plus these few
    slots: int = 0
    extra_doc: Optional[np.ndarray] = None
    extra_val: Optional[np.ndarray] = None

    def count(self, mask: np.ndarray, rows: Optional[np.ndarray] = None,
              others: Optional[np.ndarray] = None, firsts: Optional[np.ndarray] = None) -> np.ndarray:
        """How many rows of `mask` carry each value (`rows`: np.flatnonzero(mask), `others`: np.flatnonzero(~mask),
        when known). A mask of most rows is counted as the whole column's counts less those of the other rows.
        `firsts`: the counts of the rows' first values, when a FirstCodes counted them with other columns'."""
        rows = np.flatnonzero(mask) if rows is None else rows
        if firsts is not None and self.slots:
            counts = firsts if self.extra_doc is None else \
                firsts + np.bincount(self.extra_val[mask[self.extra_doc]], minlength=len(self.values))
        elif rows.size * 2 > mask.size:
            inverse = ~mask
            counts = self._totals - self._count(inverse, np.flatnonzero(inverse) if others is None else others)
        else:
            counts = self._count(mask, rows)
        if self.group is not None:  # a value and its translation count as one (a question holds only one of them)
            counts = np.bincount(self.group, weights=counts, minlength=len(self.values)).astype(np.int64)
        return counts

    @cached_property
    def _totals(self) -> np.ndarray:
        """The counts over every row of the column (computed once)."""
        return self._count(np.ones(self.first.size, dtype=bool), np.arange(self.first.size))

    def _count(self, mask: np.ndarray, rows: np.ndarray) -> np.ndarray:
        size = len(self.values)
        if not self.multi:
            return np.bincount(self.first[rows] + 1, minlength=size + 1)[1:]
        if self.slots == 1 and self.extra_doc is not None:
            return np.bincount(self.first[rows] + 1, minlength=size + 1)[1:] + \
                np.bincount(self.extra_val[mask[self.extra_doc]], minlength=size)
        if rows.size * 8 > mask.size:  # most rows: look at every pair
            return np.bincount(self.val[mask[self.doc]], minlength=size)
        starts = self.row_ptr[rows]
        pairs = ranges(starts, self.row_ptr[rows + 1] - starts)
        return np.bincount(self.val[pairs], minlength=size)

    def slot(self, j: int) -> np.ndarray:
        """Per row, the code of its value number j (0: its first, in the order the build added them), -1 when it
        has fewer."""
        if j == 0:
            return self.first
        starts = self.row_ptr[:-1]
        has = self.row_ptr[1:] - starts > j
        out = np.full(self.first.size, -1, dtype=np.int32)
        out[has] = self.val[starts[has] + j]
        return out

    def rows_with(self, code: int) -> np.ndarray:
        """The rows that carry value `code`, ascending (an inverted column, made once)."""
        rows, start = self._by_value
        return rows[start[code]:start[code + 1]]

    @cached_property
    def _by_value(self) -> tuple[np.ndarray, np.ndarray]:
        order = np.argsort(self.val, kind="stable")  # rows stay ascending within a value
        return self.doc[order], np.searchsorted(self.val[order], np.arange(len(self.values) + 1))

    def canonical(self, value: str) -> str:
        """The value `value` is counted as (itself, or the French of a pair)."""
        if self.group is None:
            return value
        code = self.codes.get(value)
        return self.values[int(self.group[code])] if code is not None else value

    @cached_property
    def codes(self) -> dict[str, int]:
        """Each value's code (made once)."""
        return {v: i for i, v in enumerate(self.values)}

    def having(self, wanted: set[str], size: int) -> np.ndarray:
        """Mask of the rows that carry any of `wanted` (or, for a paired facet, its translation)."""
        codes = [i for i, v in enumerate(self.values) if v in wanted]
        if self.group is not None and codes:
            codes = np.flatnonzero(np.isin(self.group, self.group[codes])).tolist()
        mask = np.zeros(size, dtype=bool)
        mask[self.doc[np.isin(self.val, codes)]] = True
        return mask

    def value(self, row: int) -> Optional[str]:
        code = int(self.first[row])
        return self.values[code] if code >= 0 else None

    def values_of(self, row: int) -> list[str]:
        """Every value of one row (a multi-valued facet), in the order the build added them."""
        if not self.row_ptr.size:
            found = self.value(row)
            return [found] if found is not None else []
        return [self.values[c] for c in self.val[self.row_ptr[row]:self.row_ptr[row + 1]].tolist()]


class FirstCodes:
    """The first values of several columns (FacetColumn.slots of each), side by side in each row, so that one
    gather and one bincount count them all over a mask (a results page counts a dozen facets: one pass over its
    rows instead of one a facet). Column i's value c is written c + 1 + offsets[i] (0 + offsets[i]: no value),
    in each of its slots."""

    def __init__(self, columns: dict[str, FacetColumn]):
        self.names, self.columns = list(columns), list(columns.values())
        sizes = [len(c.values) + 1 for c in self.columns]
        self.offsets = np.cumsum([0] + sizes[:-1]).tolist()
        self.size = sum(sizes)
        dtype = np.int16 if self.size < 2**15 else np.int32
        self.codes = np.stack([c.slot(j) + 1 + o for c, o in zip(self.columns, self.offsets) for j in range(c.slots)],
                              axis=1).astype(dtype) if self.columns else np.zeros((0, 0), dtype)

    @classmethod
    def of(cls, facets: dict[str, FacetColumn]) -> "FirstCodes":
        """The columns whose first values count them (FacetColumn.count): single-valued, or mostly a few."""
        return cls({n: c for n, c in facets.items() if c.slots})

    @cached_property
    def _totals(self) -> np.ndarray:
        return np.bincount(self.codes.ravel(), minlength=self.size)

    def count(self, mask: np.ndarray, rows: np.ndarray, others: Optional[np.ndarray] = None) -> dict[str, np.ndarray]:
        """Per column's name, how many rows of `mask` (`rows` its indexes; `others` those of ~mask, when known)
        carry each value as their first; a mask of most rows counted as the totals less the other rows'."""
        # np.take of whole rows: a third faster than indexing them (`codes[rows]`) at 50k, the same array
        if rows.size * 2 > mask.size:
            others = np.flatnonzero(~mask) if others is None else others
            flat = self._totals - np.bincount(np.take(self.codes, others, axis=0).ravel(), minlength=self.size)
        else:
            flat = np.bincount(np.take(self.codes, rows, axis=0).ravel(), minlength=self.size)
        return {n: flat[o + 1:o + 1 + len(c.values)] for n, o, c in zip(self.names, self.offsets, self.columns)}
