"""Query evaluation on NumPy arrays: postings read once per generation, BM25 by array arithmetic.

Whoosh stores the index and matches phrases; scoring every matching question through
Whoosh's matchers, one posting at a time in Python, is what made broad queries slow
(~150 ms for a word in most of 10k questions). Here a word costs a few array
operations: its postings (docnums, frequencies) are decoded once and kept per
generation, like a page cache (results are never cached here).
"""
from __future__ import annotations

import math
import threading
from collections import OrderedDict
from datetime import datetime
from typing import Callable, Optional

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

from .query import (FIELD_ANALYZER, FIELD_TARGET, QUESTION_TEXT, Filter, Node, Not, Or, Phrase, Prefix,
                    QueryError, Word, EXACT, FRENCH, phrase_query, positions)

K1, B = 1.2, 0.75
CACHE_BYTES = 64 * 2**20  # decoded postings kept per index and process
LENGTH_FIELDS = ("content", "exact", "title", "descriptor_text", "author_text", "party_text", "addressee_text")


class Postings:
    """Decoded postings of one index reader, with BM25 per field."""

    def __init__(self, reader, fields=LENGTH_FIELDS):
        self.reader = reader
        self.size = reader.doc_count_all()
        self.live = np.zeros(self.size, dtype=bool)
        self.live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
        self.count = max(1, int(self.live.sum()))
        self.lengths: dict[str, np.ndarray] = {}
        self.average: dict[str, float] = {}
        for name in fields:
            if name in reader.schema.names():
                lengths = field_lengths(reader, name, self.size)
                self.lengths[name] = lengths
                self.average[name] = float(lengths[self.live].mean()) if self.live.any() else 1.0
        self._cache: OrderedDict = OrderedDict()
        self._cached_bytes = 0
        self._lock = threading.Lock()

    def term(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, frequencies) of a term, deleted documents left out."""
        key = (field, text)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        docs, freqs = read_postings(self.reader, field, text)
        d, f = docs, freqs
        keep = self.live[d] if d.size else np.zeros(0, dtype=bool)
        hit = (d[keep], f[keep])
        with self._lock:
            if key not in self._cache:
                self._cache[key] = hit
                self._cached_bytes += hit[0].nbytes + hit[1].nbytes
            while self._cached_bytes > CACHE_BYTES and len(self._cache) > 1:
                _, (docs, freqs) = self._cache.popitem(last=False)
                self._cached_bytes -= docs.nbytes + freqs.nbytes
        return hit

    def bm25(self, field: str, text: str, boost: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        docs, tf = self.term(field, text)
        if not docs.size:
            return docs, tf
        idf = math.log(1 + (self.count - docs.size + 0.5) / (docs.size + 0.5))
        lengths = self.lengths.get(field)
        norm = K1 * ((1 - B) + B * (lengths[docs] / self.average[field])) if lengths is not None else K1
        return docs, (boost * idf * tf * (K1 + 1) / (tf + norm)).astype(np.float32)


_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)


def field_lengths(reader, field: str, size: int) -> np.ndarray:
    """Every document's length in `field` (Whoosh keeps it as one byte per document)."""
    out = np.zeros(size, dtype=np.float32)
    for leaf, offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        perdoc = getattr(leaf, "_perdoc", None)
        column = None
        if perdoc is not None and hasattr(perdoc, "_cached_reader"):
            column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        if column is None:  # another codec: ask document by document
            out[offset:offset + count] = [leaf.doc_field_length(d, field, 0) for d in range(count)]
        else:
            out[offset:offset + count] = _BYTE_TO_LENGTH[np.fromiter(column, dtype=np.uint8, count=count)]
    return out


def column_array(reader, field: str, typecode: str, default: int = 0) -> np.ndarray:
    """A numeric column of every document as one array (segment by segment, in one read each)."""
    parts = []
    for leaf, offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        column = leaf.column_reader(field) if leaf.has_column(field) else None
        inner = getattr(column, "_reader", column)
        values = np.full(count, default, dtype=np.int64)
        if inner is not None and hasattr(inner, "_dbfile") and hasattr(inner, "_fixedlen"):
            stored = min(count, getattr(inner, "_count", count))
            raw = inner._dbfile.get(inner._basepos, stored * inner._fixedlen)
            values[:stored] = np.frombuffer(raw, dtype=">" + typecode)
        elif column is not None:  # another column format: one value at a time
            values[:] = np.fromiter(column, dtype=np.int64, count=count)
        parts.append(values)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def term_postings(reader, field: str):
    """(term, docnums) for every term of `field`, segment by segment, docnums read in blocks."""
    for leaf, offset in reader.leaf_readers():
        if field not in leaf.indexed_field_names():
            continue
        for term in leaf.lexicon(field):
            matcher = leaf.postings(field, term)
            yield term.decode("utf-8"), _ids(matcher) + offset


def _ids(matcher) -> np.ndarray:
    if hasattr(matcher, "_read_ids") and hasattr(matcher, "_next_block"):
        blocks = []
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            blocks.append(np.asarray(matcher._ids, dtype=np.int64))
            matcher._next_block()
        return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int64)
    return np.fromiter(matcher.all_ids(), dtype=np.int64)


def read_postings(reader, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """All (docnum, frequency) of a term, block by block across the index's segments."""
    docs, freqs = [], []
    for leaf, offset in reader.leaf_readers():
        try:
            if (field, text) not in leaf:
                continue
            matcher = leaf.postings(field, text)
        except Exception:  # the field is not in this segment
            continue
        if hasattr(matcher, "_read_ids") and hasattr(matcher, "_next_block"):
            # Whoosh's W3 leaf matcher decodes a block at a time: take the block arrays whole
            while matcher.is_active():
                if matcher._ids is None:
                    matcher._read_ids()
                if matcher._weights is None:
                    matcher._read_weights()
                docs.append(np.asarray(matcher._ids, dtype=np.int64) + offset)
                freqs.append(np.asarray(matcher._weights, dtype=np.float32))
                matcher._next_block()
        else:
            pairs = list(matcher.items_as("weight"))
            docs.append(np.array([d for d, _ in pairs], dtype=np.int64) + offset)
            freqs.append(np.array([w for _, w in pairs], dtype=np.float32))
    if not docs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    return np.concatenate(docs), np.concatenate(freqs)


class Evaluator:
    """A query tree -> (mask, scores) over all question docnums."""

    def __init__(self, postings: Postings, cols, searcher, expand: Callable[[str], list[str]]):
        self.p, self.cols, self.searcher, self.expand = postings, cols, searcher, expand
        self.n = postings.size

    def empty(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.n, dtype=bool), np.zeros(self.n, dtype=np.float32)

    def run(self, node: Optional[Node]) -> tuple[np.ndarray, np.ndarray]:
        if node is None:
            return self.cols.live.copy(), np.zeros(self.n, dtype=np.float32)
        result = self.eval(node)
        if result is None:
            raise QueryError("la requête ne contient que des mots trop courants (le, de, pour…) : ajoutez un mot précis")
        mask, scores = result
        return mask & self.cols.live, scores

    def eval(self, node: Node):
        if isinstance(node, Word):
            fields = {FIELD_TARGET[node.field]: 1.0} if node.field else QUESTION_TEXT
            return self.words(node.text, fields)
        if isinstance(node, Phrase):
            field = FIELD_TARGET[node.field] if node.field else "exact"
            return self.phrase(field, node.text)
        if isinstance(node, Prefix):
            return self.prefix(node)
        if isinstance(node, Filter):
            return self.filter(node), np.zeros(self.n, dtype=np.float32)
        if isinstance(node, Not):
            inner = self.eval(node.node)
            if inner is None:
                return None
            return ~inner[0], np.zeros(self.n, dtype=np.float32)
        parts = [r for r in (self.eval(child) for child in node.nodes) if r is not None]
        if not parts:
            return None
        scores = np.sum([s for _, s in parts], axis=0, dtype=np.float32)
        if isinstance(node, Or):
            mask = np.logical_or.reduce([m for m, _ in parts])
        else:
            mask = np.logical_and.reduce([m for m, _ in parts])
        return mask, np.where(mask, scores, 0).astype(np.float32)

    def words(self, text: str, fields: dict[str, float]):
        """Every position of `text` (ANDed), each in any of `fields` under any accent variant."""
        per_field = {f: positions(FIELD_ANALYZER.get(f, FRENCH), text) for f in fields}
        count = len(per_field[next(iter(fields))])
        if not count:
            return None
        mask, scores = np.ones(self.n, dtype=bool), np.zeros(self.n, dtype=np.float32)
        for i in range(count):
            here, score = np.zeros(self.n, dtype=bool), np.zeros(self.n, dtype=np.float32)
            for field, boost in fields.items():
                if len(per_field[field]) != count:
                    continue
                for variant in per_field[field][i]:
                    docs, s = self.p.bm25(field, variant, boost)
                    here[docs] = True
                    _add(score, docs, s)
            mask &= here
            scores += score
        return mask, scores

    def phrase(self, field: str, text: str):
        query = phrase_query(field if field != "exact" else "exact", text)
        if query is None:
            return None
        mask = np.zeros(self.n, dtype=bool)
        mask[np.fromiter(self.searcher.docs_for_query(query), dtype=np.int64)] = True
        scores = np.zeros(self.n, dtype=np.float32)
        for group in positions(FIELD_ANALYZER.get(field, EXACT if field == "exact" else FRENCH), text):
            for term in group:
                docs, s = self.p.bm25(field, term)
                _add(scores, docs, s)
        return mask, np.where(mask, scores, 0).astype(np.float32)

    def prefix(self, node: Prefix):
        text = node.text.lower()
        if node.field:
            query = wq.Prefix(FIELD_TARGET[node.field], text)
            mask = np.zeros(self.n, dtype=bool)
            mask[np.fromiter(self.searcher.docs_for_query(query), dtype=np.int64)] = True
            return mask, mask.astype(np.float32)
        from .parse import fold

        mask, scores = self.empty()
        for word in self.expand(fold(text).replace("’", "'")):
            docs, s = self.p.bm25("exact", word)
            mask[docs] = True
            _add(scores, docs, s)
        return mask, scores

    def filter(self, node: Filter) -> np.ndarray:
        cols = self.cols
        if node.field in ("status", "legislature"):
            return cols.facets[node.field].having({str(node.value)}, self.n)
        if node.field == "id":
            mask = np.zeros(self.n, dtype=bool)
            if node.value in cols.docnum_of:
                mask[cols.docnum_of[node.value]] = True
            return mask
        return date_mask(cols, *node.value)


def date_mask(cols, start: Optional[datetime], end: Optional[datetime]) -> np.ndarray:
    """Questions asked between `start` and `end`, both included, either open."""
    mask = cols.live.copy()
    if start is not None:
        mask &= cols.asked_on >= start.toordinal()
    if end is not None:
        mask &= cols.asked_on <= end.toordinal()
    return mask


def _add(scores: np.ndarray, docs: np.ndarray, values: np.ndarray) -> None:
    """scores[docs] += values, docs being distinct (postings of one term)."""
    scores[docs] += values


class PassageMap:
    """Passage postings, and for each passage its question's docnum and its position."""

    def __init__(self, reader, cols):
        self.postings = Postings(reader, fields=())
        keys = column_array(reader, "qkey", "i8", default=-1)
        self.position = column_array(reader, "pos", "i4").astype(np.int32)
        qkeys = cols.keys
        order = np.argsort(qkeys)
        found = np.searchsorted(qkeys[order], keys)
        found = np.clip(found, 0, max(0, len(order) - 1))
        self.question = np.where((qkeys[order][found] == keys) if len(order) else False, order[found], -1)
        self.question[~self.postings.live] = -1
        # each question's opening passage: the lowest position
        self.opening = np.full(len(cols.ids), -1, dtype=np.int64)
        valid = np.flatnonzero(self.question >= 0)
        ranked = valid[np.lexsort((-self.position[valid], self.question[valid]))]
        self.opening[self.question[ranked]] = ranked  # the last write per question is its lowest position

    def best(self, questions: list[int], words: list[set[str]], per_question: int):
        """For each question docnum: (number of passages holding a word, the best few passage docnums).

        A passage ranks by how many of the query's words it holds, then by their frequency.
        """
        wanted = np.zeros(len(self.opening), dtype=bool)
        wanted[questions] = True
        cover: dict[int, list] = {}
        for variants in words:
            seen_here: dict[int, float] = {}
            for term in variants:
                docs, tf = self.postings.term("text", term)
                if not docs.size:
                    continue
                keep = wanted[self.question[docs]] & (self.question[docs] >= 0)
                for d, f in zip(docs[keep].tolist(), tf[keep].tolist()):
                    seen_here[d] = max(seen_here.get(d, 0.0), f)
            for d, f in seen_here.items():
                entry = cover.setdefault(d, [0, 0.0])
                entry[0] += 1
                entry[1] += f / (f + K1)
        by_question: dict[int, list] = {}
        for d, (count, score) in cover.items():
            by_question.setdefault(int(self.question[d]), []).append((-count, -score, int(self.position[d]), d))
        out = {}
        for q in questions:
            found = sorted(by_question.get(q, []))
            out[q] = (len(found), [d for *_, d in found[:per_question]])
        return out
