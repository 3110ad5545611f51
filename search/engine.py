"""The open index: one per process, picked up again when a build swaps in a new one.

Whoosh searchers are not shared between threads: each thread keeps its own and
replaces it when the live generation changes. Facet columns (docnum -> values)
are read once per generation from the postings, so counting facets is a loop
over matching docnums, not a query per value.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from whoosh.filedb.filestore import FileStorage

from .model import id_key
from .schema import PASSAGES, QUESTIONS
from .store import IndexStore, NoIndex

FACETS = ("addressee", "author", "party", "year", "status", "legislature", "descriptors")


@dataclass
class Columns:
    """Per question docnum: its facet values, group, id, date and answer delay."""
    values: dict[str, list[tuple[str, ...]]]
    group: list[str]
    ids: list[str]
    asked_on: list[int]  # date.toordinal(), 0 when unknown
    delay: list[int]  # -1 when not answered
    due: list[int]  # answer deadline as date.toordinal(), 0 when none
    docnum_of: dict[str, int]
    members: dict[str, list[int]]  # group -> docnums


@dataclass
class Generation:
    path: Path
    questions: object  # whoosh Index
    passages: object
    _columns: Optional[Columns] = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    cache: dict = field(default_factory=dict)  # per-generation results (facet counts, stats)

    def columns(self, searcher) -> Columns:
        with self._lock:
            if self._columns is None:
                self._columns = read_columns(searcher.reader())
            return self._columns


def read_columns(reader) -> Columns:
    size = reader.doc_count_all()
    values = {}
    for name in FACETS:
        column: list[tuple[str, ...]] = [()] * size
        for term in _lexicon(reader, name):
            text = term.decode("utf-8")
            for docnum in reader.postings(name, term).all_ids():
                column[docnum] = column[docnum] + (text,)
        values[name] = column
    single = {}
    for name in ("id",):
        column = [""] * size
        for term in _lexicon(reader, name):
            for docnum in reader.postings(name, term).all_ids():
                column[docnum] = term.decode("utf-8")
        single[name] = column
    asked, delay, due = (list(reader.column_reader(name)) for name in ("asked_day", "delay", "due_day"))
    live = set(reader.all_doc_ids())
    group = sibling_groups(reader, single["id"], live)
    members: dict[str, list[int]] = {}
    for docnum in sorted(live):
        members.setdefault(group[docnum], []).append(docnum)
    return Columns(values, group, single["id"], asked, delay, due, {single["id"][d]: d for d in live}, members)


def _lexicon(reader, name: str):
    """The field's terms; none (rather than TermNotFound) when no document has it."""
    return reader.lexicon(name) if name in reader.indexed_field_names() else ()


def sibling_groups(reader, ids: list[str], live: set[int]) -> list[str]:
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

    for term in _lexicon(reader, "siblings"):
        other = term.decode("utf-8")
        for docnum in reader.postings("siblings", term).all_ids():
            if docnum in live:
                a, b = find(ids[docnum]), find(other)
                if a != b:
                    low, high = sorted((a, b), key=id_key)
                    parent[high] = low
    return [find(ids[d]) if ids[d] else "" for d in range(len(ids))]


class Engine:
    """The index at `root`, opened read-only, with one searcher pair per thread."""

    def __init__(self, root: str | Path):
        self.store = IndexStore(root)
        self._generation: Optional[Generation] = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def generation(self) -> Generation:
        path = self.store.current()
        if path is None:
            raise NoIndex(f"no index in {self.store.root}/: build it with `python -m search build`")
        with self._lock:
            if self._generation is None or self._generation.path != path:
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


def record(searcher, docnum: int) -> dict:
    """The stored metadata of one question document."""
    return json.loads(searcher.stored_fields(docnum)["record"])
