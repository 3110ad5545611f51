"""One generation opened for reading: the build's arrays memory-mapped, Whoosh for stored fields.

Every array is opened with `np.load(mmap_mode="r")` (search.index.codec): the worker
processes of a server share the same pages, and opening a generation reads almost nothing.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import orjson
from whoosh.filedb.filestore import FileStorage

from ..facets import FACETS
from ..text.bilingual import EXACT, FRENCH
from . import codec
from .codec import load
from .fields import PASSAGE_FIELD, QUESTION_FIELDS
from .columns import FacetColumn, FirstCodes
from .postings import Field, FieldPart, Lexicon


_MISSING = object()
SLOTS = 4  # a multi-valued facet's first values FirstCodes may count


def _pairs(values: list[str], found: list[list]) -> tuple[np.ndarray, dict]:
    """A paired facet's groups, from the (French, Dutch, questions) pairs its segments learned: a value and
    the translation it is most often paired with, both ways, are one value (counted as the French one)."""
    counts: dict[tuple[str, str], int] = {}
    for pairs in found:
        for fr, nl, n in pairs:
            counts[(fr, nl)] = counts.get((fr, nl), 0) + n
    best_nl: dict[str, tuple[int, str]] = {}
    best_fr: dict[str, tuple[int, str]] = {}
    for (fr, nl), n in counts.items():
        best_nl[fr] = max(best_nl.get(fr, (0, "")), (n, nl))
        best_fr[nl] = max(best_fr.get(nl, (0, "")), (n, fr))
    code = {v: i for i, v in enumerate(values)}
    group = np.arange(len(values), dtype=np.int64)
    labels: dict[str, dict[str, str]] = {}
    for fr, (_, nl) in best_nl.items():
        if best_fr.get(nl, (0, ""))[1] != fr:
            continue
        labels[fr] = labels[nl] = {"fr": fr, "nl": nl}
        if fr in code and nl in code and nl != fr:
            group[code[nl]] = code[fr]
    return group, labels


def _concat(arrays: list[np.ndarray], dtype) -> np.ndarray:
    if len(arrays) == 1:
        return arrays[0]
    return np.concatenate(arrays).astype(dtype) if arrays else np.zeros(0, dtype)


def _sorted_with_order(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(where each key is, sorted by key and, within one key, by place; the keys sorted)."""
    order = np.argsort(keys, kind="stable")
    return order, keys[order]


class Generation:
    """A complete generation folder, opened read-only."""

    def __init__(self, path: Path):
        self.path = Path(path)
        names = codec.segments_of(self.path)
        folders = [self.path / name for name in names]
        metas = [codec.load_json(folder, codec.META) for folder in folders]
        q_off = np.r_[0, np.cumsum([m["rows"] for m in metas])].astype(np.int64)
        p_off = np.r_[0, np.cumsum([m["passages"] for m in metas])].astype(np.int64)
        self.size, self.passage_count = int(q_off[-1]), int(p_off[-1])
        col = lambda name, dtype: _concat([load(f, name) for f in folders], dtype)  # noqa: E731
        self.qkey = col("qkey", np.int64)
        self.asked_on, self.due, self.delay = col("asked", np.int32), col("due", np.int32), col("delay", np.int32)
        self.pcount = col("pcount", np.int32)
        self.pstart = _concat([load(f, "pstart") + int(o) for f, o in zip(folders, p_off)], np.int64) \
            if len(folders) > 1 else col("pstart", np.int64)
        deleted = load(self.path, codec.DELETED)
        self.live = np.ones(self.size, dtype=bool)
        self.live[deleted] = False
        self.count = int(self.live.sum())
        self.dead = np.flatnonzero(~self.live)  # the rows an update replaced, ascending
        self.links = {name: self._ragged(folders, name) for name in codec.LINKS}
        self.facets = {f.name: self._facet(folders, metas, f, q_off) for f in FACETS}
        if codec.has(self.path, codec.CONCERN_DOC):  # the ministry each question concerns (search.indexer.concerns)
            portfolio = next(f for f in FACETS if f.name == "portfolio")
            self.facets["portfolio"] = self._column(portfolio, codec.load_json(self.path, codec.CONCERNS),
                                                    load(self.path, codec.CONCERN_DOC).astype(np.int64),
                                                    load(self.path, codec.CONCERN_VAL).astype(np.int32))
        lexicons = [{a: Lexicon(codec.load_bytes(f, codec.lexicon_file(a)), load(f, codec.lexicon_offsets(a)))
                     for a in (FRENCH, EXACT)} for f in folders]
        self.fields = {f.name: self._field(folders, lexicons, f.name, f.analysis, q_off) for f in QUESTION_FIELDS}
        self.passage_text = self._field(folders, lexicons, PASSAGE_FIELD.name, FRENCH, p_off)
        p_question = codec.passage_array("question")
        self.p_question = _concat([load(f, p_question) + int(o) for f, o in zip(folders, q_off)], np.int64) \
            if len(folders) > 1 else load(folders[0], p_question)
        self.p_position, self.p_part = (_concat([load(f, codec.passage_array(n)) for f in folders], np.int32)
                                        for n in ("pos", "part"))
        self.p_live = self.live[self.p_question] if self.passage_count else np.zeros(0, dtype=bool)
        self.p_count = int(self.p_live.sum())  # live passages (a sum over every passage: 0.1 ms at 50k questions)
        self.group = load(self.path, codec.GROUP)
        self.group_ids: list[str] = codec.load_json(self.path, codec.GROUPS)
        live_rows = np.flatnonzero(self.live)
        self._members = live_rows[np.argsort(self.group[live_rows], kind="stable")]
        self._member_start = np.searchsorted(self.group[self._members], np.arange(len(self.group_ids) + 1))
        self._by_key = live_rows[np.argsort(self.qkey[live_rows], kind="stable")]
        self._sorted_keys = self.qkey[self._by_key]
        # what changed when (search.indexer.history); absent from a generation written before it was recorded
        recorded = codec.has(self.path, codec.SEEN_IN)
        self.seen_in = load(self.path, codec.SEEN_IN) if recorded else np.zeros(self.size, dtype=np.int32)
        self.status_in = load(self.path, codec.STATUS_IN) if recorded else np.zeros(self.size, dtype=np.int32)
        self.history: list[dict] = codec.load_json(self.path, codec.HISTORY) if recorded else []
        self._times = {h["seq"]: h["at"] for h in self.history}  # build number -> when (every result asks)
        self.whoosh_q = load(self.path, codec.WHOOSH_NUMBERS[codec.QUESTIONS])
        self.whoosh_p = load(self.path, codec.WHOOSH_NUMBERS[codec.PASSAGES])
        storage = FileStorage(str(self.path), readonly=True)
        self._questions, self._passages = storage.open_index(codec.QUESTIONS), storage.open_index(codec.PASSAGES)
        self.packer = codec.Packer.of(self.path)  # what its records and passage texts were packed with
        self._local = threading.local()
        self._cache: dict = {}  # what readers work out once per generation: `cached`
        self._cache_lock = threading.RLock()

    # -- opening ----------------------------------------------------------------------

    @staticmethod
    def _ragged(folders, name) -> tuple[np.ndarray, np.ndarray]:
        ptrs, keys, base = [], [], 0
        ptr_name, keys_name = codec.link_arrays(name)
        for f in folders:
            ptr = load(f, ptr_name)
            ptrs.append((ptr[:-1] if len(folders) > 1 else ptr) + base)
            keys.append(load(f, keys_name))
            base += int(ptr[-1])
        if len(folders) > 1:
            ptrs.append(np.array([base], dtype=np.int64))
        return _concat(ptrs, np.int64), _concat(keys, np.int64)

    def _facet(self, folders, metas, facet, q_off) -> FacetColumn:
        name = facet.name
        values: dict[str, int] = {}
        docs, vals = [], []
        for folder, meta, offset in zip(folders, metas, q_off):
            remap = np.array([values.setdefault(v, len(values)) for v in meta["facets"].get(name, [])] or [0],
                             dtype=np.int32)
            docs.append(load(folder, codec.facet_array(name, "doc")) + int(offset))
            vals.append(remap[load(folder, codec.facet_array(name, "val"))])
        doc, val = np.concatenate(docs).astype(np.int64), np.concatenate(vals).astype(np.int32)
        column = self._column(facet, list(values), doc, val)
        if facet.paired:
            column.group, column.labels = _pairs(column.values, [m.get("pairs", {}).get(name, []) for m in metas])
        return column

    def _column(self, facet, names: list[str], doc: np.ndarray, val: np.ndarray) -> FacetColumn:
        """A facet's column from its (row, value code) pairs, sorted by row."""
        first = np.full(self.size, -1, dtype=np.int32)
        first[doc[::-1]] = val[::-1]  # the first value of each row wins
        rank = np.empty(len(names), dtype=np.int64)
        rank[sorted(range(len(names)), key=names.__getitem__)] = np.arange(len(names))
        multi = doc.size > 1 and bool((np.diff(doc) == 0).any())
        # a facet that may carry several values per row can be read row by row, even on an index where none does
        row_ptr = np.searchsorted(doc, np.arange(self.size + 1)) if multi or facet.multi else np.zeros(0, np.int64)
        column = FacetColumn(names, doc, val, first, multi, rank, row_ptr, slots=0 if multi else 1)
        if multi:
            # counted as the rows' first values (with other facets', FirstCodes) plus the pairs past them, when
            # those are few: the fewest first values (up to SLOTS) that leave fewer pairs past them than half the
            # rows (the ministries a question concerns: its first; its descriptors: four on the synthetic archive)
            place = np.arange(doc.size) - row_ptr[doc]  # each pair's place in its row (doc is sorted by row)
            for k in range(1, SLOTS + 1):
                later = place >= k
                if int(later.sum()) * 2 < self.size:
                    column.slots = k
                    column.extra_doc, column.extra_val = (doc[later], val[later]) if later.any() else (None, None)
                    break
        return column

    def _field(self, folders, lexicons, name, analysis, offsets) -> Field:
        parts, lengths = [], []
        for folder, lex, offset in zip(folders, lexicons, offsets):
            ptr, doc, tf = (load(folder, codec.field_array(name, part)) for part in codec.POSTINGS)
            ppos, pos = (load(folder, codec.field_array(name, part)) if codec.has(folder, codec.field_array(name, part))
                         else None for part in codec.POSITIONS)
            parts.append(FieldPart(lex[analysis], ptr, doc, tf, ppos, pos, int(offset)))
            lengths.append(load(folder, codec.field_array(name, "len")))
        return Field(name, parts, _concat(lengths, np.int32))

    def warm(self) -> None:
        """Touch what the first queries read, so that no user pays for it."""
        for array in (self.qkey, self.asked_on, self.delay, self.group, self.whoosh_q, self.whoosh_p):
            np.asarray(array).sum()
        for field in (*self.fields.values(), self.passage_text):
            np.asarray(field.lengths).sum()
        self.first_codes()  # the facets' first values side by side: every results page counts them
        self.grouping()  # and its results, one per group
        self.searchers()

    # -- reading ------------------------------------------------------------------------

    def cached(self, key, make: Callable[[], object]):
        """The one cache of this generation: what `make` works out (field norms, the spelling lexicon, the
        home page's overview…), made once under the generation's lock and kept while the generation lives."""
        found = self._cache.get(key, _MISSING)
        if found is _MISSING:
            with self._cache_lock:
                found = self._cache.get(key, _MISSING)
                if found is _MISSING:
                    found = self._cache[key] = make()
        return found

    def grouping(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        """How rows fold into "Aussi posée à" groups, for counting results (search.matching.selection.count_groups):
        the mask of rows alone in their group, the rows of the other groups, those rows' groups numbered from 0,
        and how many such groups (made once)."""
        def make():
            alone = np.bincount(self.group, minlength=len(self.group_ids))[self.group] == 1
            grouped = np.flatnonzero(~alone)
            if not grouped.size:
                return alone, grouped, np.zeros(0, dtype=np.int64), 0
            _, code = np.unique(self.group[grouped], return_inverse=True)
            return alone, grouped, code, int(code.max()) + 1

        return self.cached(("grouping",), make)

    def first_codes(self) -> FirstCodes:
        """The facet columns counted by their rows' first values, side by side (made once)."""
        return self.cached(("first codes",), lambda: FirstCodes.of(self.facets))

    def rows_of_keys(self, keys: np.ndarray) -> np.ndarray:
        """The live row of each question key (codec.key_of), -1 where this generation does not hold it."""
        at = np.searchsorted(self._sorted_keys, keys)
        at = np.minimum(at, max(len(self._sorted_keys) - 1, 0))
        if not len(self._sorted_keys):
            return np.full(len(keys), -1, dtype=np.int64)
        return np.where(self._sorted_keys[at] == keys, self._by_key[at], -1).astype(np.int64)

    @property
    def seq(self) -> int:
        """This generation's build number (search.indexer.history); 0 when not recorded."""
        return self.history[-1]["seq"] if self.history else 0

    def time_of(self, seq: int) -> Optional[str]:
        """When build `seq` was published (ISO 8601, UTC); None for 0, before records began."""
        return self._times.get(seq) if seq else None

    def row_of(self, qid: str) -> Optional[int]:
        """The live row of a question id, None when the index lacks it."""
        try:
            key = codec.key_of(qid)
        except ValueError:
            return None
        i = int(np.searchsorted(self._sorted_keys, key))
        return int(self._by_key[i]) if i < self._sorted_keys.size and self._sorted_keys[i] == key else None

    def id_of(self, row: int) -> str:
        return codec.id_of(int(self.qkey[row]))

    def members(self, code: int) -> np.ndarray:
        """The live rows of one sibling group."""
        return self._members[self._member_start[code]:self._member_start[code + 1]]

    def linked_to(self, row: int, name: str = "tgt") -> list[str]:
        ptr, keys = self.links[name]
        return [codec.id_of(k) for k in keys[ptr[row]:ptr[row + 1]].tolist()]

    def linking(self, qid: str) -> list[int]:
        """Live rows whose page links to `qid`."""
        ptr, keys = self.links["tgt"]
        order, targets = self.cached(("link targets",), lambda: _sorted_with_order(keys))  # not a pass a page
        key = codec.key_of(qid)
        hits = order[np.searchsorted(targets, key):np.searchsorted(targets, key, side="right")]
        rows = np.searchsorted(ptr, hits, side="right") - 1
        return [r for r in dict.fromkeys(rows.tolist()) if self.live[r]]

    def searchers(self):
        """This thread's Whoosh searcher of the questions and its columns of records and passage texts."""
        local = self._local
        if getattr(local, "qs", None) is None:
            local.qs = self._questions.searcher()
            reader = local.qs.reader()
            local.records, local.texts = reader.column_reader("record"), reader.column_reader("texts")
        return local.qs, local.texts, local.records

    def whoosh(self):
        """This thread's Whoosh searchers of both indexes, questions and passages (`check` holds the arrays
        against them; pages read only the questions')."""
        local = self._local
        if getattr(local, "ps", None) is None:
            local.ps = self._passages.searcher()
        return self.searchers()[0], local.ps

    def record(self, row: int) -> dict:
        """The stored metadata of one question."""
        return _decoded(self.packer.record_of(self.searchers()[2][int(self.whoosh_q[row])]))

    def passages(self, row: int) -> list[dict]:
        """Every passage of one question, in the order of its passage rows (pstart, pstart + 1, …): raw, part,
        position, language; read in one go."""
        return _decoded(self.packer.texts_of(self.searchers()[1][int(self.whoosh_q[row])]))

    def close(self) -> None:
        local = self._local
        for searcher in (getattr(local, "qs", None), getattr(local, "ps", None)):
            if searcher is not None:
                searcher.close()
        local.qs = local.texts = local.records = local.ps = None


def _decoded(data: bytes):
    """A stored record or a question's texts, from their JSON: orjson reads one in about 5 µs where the standard
    library takes 15 (a results page reads 20 of each); the standard library reads what orjson refuses (nothing
    the build writes: its JSON is UTF-8 without NaN)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)
