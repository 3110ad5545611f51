"""The open index: one per process, picked up again when a build swaps in a new one.

Whoosh searchers are not shared between threads: each thread keeps its own and
replaces it when the live generation changes. Facet columns (docnum -> values)
are read once per generation from the postings, so counting facets is a loop
over matching docnums, not a query per value.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
from whoosh.filedb.filestore import FileStorage

from .model import id_key
from .query import MAX_PREFIX_TERMS
from .schema import PASSAGES, QUESTIONS, missing_fields, question_id
from .vectors import PassageMap, Postings, column_array, term_postings
from .store import IndexStore, NoIndex, OutdatedIndex, outdated_message

FACETS = ("addressee", "author", "party", "year", "status", "legislature", "descriptors")


@dataclass
class Facet:
    """One facet's values and which documents carry them, as parallel arrays (a document
    may carry several: descriptors)."""
    values: list[str]
    doc: np.ndarray  # int32 docnums
    val: np.ndarray  # int32 indexes into values
    first: np.ndarray  # per docnum: index of its first value, -1 when none

    def count(self, mask: np.ndarray) -> np.ndarray:
        """How many documents of `mask` carry each value."""
        return np.bincount(self.val[mask[self.doc]], minlength=len(self.values))

    def having(self, wanted: set[str], size: int) -> np.ndarray:
        """Mask of the documents that carry any of `wanted`."""
        codes = [i for i, v in enumerate(self.values) if v in wanted]
        mask = np.zeros(size, dtype=bool)
        mask[self.doc[np.isin(self.val, codes)]] = True
        return mask


@dataclass
class Columns:
    """Per question docnum: facet values, sibling group, id, dates and answer delay."""
    size: int
    live: np.ndarray  # bool: not deleted
    facets: dict[str, Facet]
    group: np.ndarray  # int32 group code
    group_ids: list[str]  # group code -> lowest id of the group
    ids: list[str]
    keys: np.ndarray  # int64 question_key of each docnum, -1 when none
    asked_on: np.ndarray  # int32 date.toordinal()
    delay: np.ndarray  # int32, -1 when not answered
    due: np.ndarray  # int32 deadline as date.toordinal(), 0 when none
    docnum_of: dict[str, int]
    members: dict[int, list[int]]  # group code -> docnums


@dataclass
class Generation:
    """One built index, opened read-only, with what is read from it once."""
    path: Path
    questions: object  # whoosh Index
    passages: object
    _columns: Optional[Columns] = None
    _postings: object = None
    _passage_map: object = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def columns(self, searcher) -> Columns:
        with self._lock:
            if self._columns is None:
                self._columns = read_columns(searcher.reader())
            return self._columns

    def postings(self, searcher):
        """Decoded question postings and field lengths (search.vectors.Postings)."""
        with self._lock:
            if self._postings is None:
                self._postings = Postings(searcher.reader())
            return self._postings

    def passage_map(self, passage_searcher, cols: Columns):
        """Passage postings and passage -> question docnum (search.vectors.PassageMap)."""
        with self._lock:
            if self._passage_map is None:
                self._passage_map = PassageMap(passage_searcher.reader(), cols)
            return self._passage_map


def read_columns(reader) -> Columns:
    """Every facet, the ids, dates and groups of the questions, as arrays (once per generation)."""
    size = reader.doc_count_all()
    live = np.zeros(size, dtype=bool)
    live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
    facets = {}
    for name in FACETS:
        codes: dict[str, int] = {}
        docs, vals = [], []
        for value, ids in term_postings(reader, name):
            code = codes.setdefault(value, len(codes))
            docs.append(ids)
            vals.append(np.full(ids.size, code, dtype=np.int32))
        doc = np.concatenate(docs).astype(np.int32) if docs else np.zeros(0, dtype=np.int32)
        val = np.concatenate(vals) if vals else np.zeros(0, dtype=np.int32)
        first = np.full(size, -1, dtype=np.int32)
        first[doc[::-1]] = val[::-1]  # the first value of each document wins
        facets[name] = Facet(list(codes), doc, val, first)
    keys = column_array(reader, "qkey", "i8", default=-1)
    ids = [question_id(k) for k in keys.tolist()]
    asked, delay, due = (column_array(reader, name, "i4", default).astype(np.int32)
                         for name, default in (("asked_day", 0), ("delay", -1), ("due_day", 0)))
    groups = sibling_groups(reader, ids, live)
    group_ids = sorted(set(groups), key=id_key)
    code_of = {g: i for i, g in enumerate(group_ids)}
    group = np.array([code_of[g] for g in groups], dtype=np.int32)
    members: dict[int, list[int]] = {}
    for docnum in np.flatnonzero(live).tolist():
        members.setdefault(int(group[docnum]), []).append(docnum)
    docnum_of = {ids[d]: d for d in np.flatnonzero(live).tolist()}
    return Columns(size, live, facets, group, group_ids, ids, keys, asked, delay, due, docnum_of, members)


class ResultCache:
    """Recent result pages per (generation, request); size 0 turns it off."""

    def __init__(self, size: int):
        self.size = size
        self._pages: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        if not self.size:
            return None
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key, page) -> None:
        if not self.size:
            return
        with self._lock:
            self._pages[key] = page
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


def sibling_groups(reader, ids: list[str], live: np.ndarray) -> list[str]:
    """Group of each docnum: the lowest id of its connected "Aussi posée à" component.

    Pages do not always list each other both ways, so the links are joined here,
    over the whole index, rather than trusted one page at a time.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for other, docnums in term_postings(reader, "siblings"):
        for docnum in docnums.tolist():
            if live[docnum]:
                a, b = find(ids[docnum]), find(other)
                if a != b:
                    low, high = sorted((a, b), key=id_key)
                    parent[high] = low
    return [find(ids[d]) if ids[d] else "" for d in range(len(ids))]


class Engine:
    """The index at `root`, opened read-only, with one searcher pair per thread."""

    def __init__(self, root: str | Path, cache_size: int = 0):
        self.store = IndexStore(root)
        self._generation: Optional[Generation] = None
        self._lock = threading.Lock()
        self._local = threading.local()
        self.cache = ResultCache(cache_size)

    def generation(self) -> Generation:
        path = self.store.current()
        if path is None:
            raise NoIndex(f"no index in {self.store.root}/: build it with `python -m search build`")
        with self._lock:
            if self._generation is None or self._generation.path != path:
                missing = missing_fields(path)
                if missing:
                    raise OutdatedIndex(outdated_message(self.store.root, missing))
                storage = FileStorage(str(path), readonly=True)
                self._generation = Generation(path, storage.open_index(QUESTIONS), storage.open_index(PASSAGES))
            return self._generation

    def searchers(self):
        """(generation, question searcher, passage searcher) for this thread."""
        gen = self.generation()
        local = self._local
        if getattr(local, "gen", None) is not gen:
            for old in (getattr(local, "qs", None), getattr(local, "ps", None)):
                if old is not None:
                    old.close()
            local.gen, local.qs, local.ps = gen, gen.questions.searcher(), gen.passages.searcher()
        return gen, local.qs, local.ps

    def close(self) -> None:
        for old in (getattr(self._local, "qs", None), getattr(self._local, "ps", None)):
            if old is not None:
                old.close()
        self._local = threading.local()


def prefix_expander(reader, limit: int = MAX_PREFIX_TERMS, scan: int = 50_000):
    """A function from a prefix to the `limit` most frequent indexed words that start with it."""

    def expand(prefix: str) -> list[str]:
        words = []
        for term in reader.expand_prefix("exact", prefix):
            words.append(term.decode("utf-8") if isinstance(term, bytes) else term)
            if len(words) >= scan:
                break
        if len(words) > limit:
            words = sorted(words, key=lambda w: -reader.doc_frequency("exact", w))[:limit]
        return words

    return expand


def record(searcher, docnum: int) -> dict:
    """The stored metadata of one question document."""
    return json.loads(searcher.stored_fields(docnum)["record"])
