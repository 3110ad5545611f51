"""The build's side of the query arrays: questions added one by one, then inverted and written as
one segment of flat NumPy arrays (sorted lexicons, postings, positions, field lengths, columns,
facets, passages). A segment is immutable once written, so an update hard-links it into the next
generation, as it does Whoosh's files. The names and layouts are search.index.codec's.
"""
from __future__ import annotations

from array import array
from collections import Counter
from pathlib import Path

import numpy as np

from ..facets import FACETS
from ..index import codec
from ..index.codec import save
from ..index.fields import GAP, PASSAGE_FIELD, QUESTION_FIELDS
from ..model import Question
from ..text.bilingual import EXACT, FRENCH, language_of, stem_groups
from ..text.fold import fold
from ..text.tokens import base_words

TF_MAX = 65535  # a posting's count is a uint16; a row's further occurrences of one word are not kept
CHUNK = 1 << 19  # postings a segment's write inverts at a time
PARTS = ("question", "answer")


class _Postings:
    """One field's postings as they are added: a term id and a position (or a count) each, and per row, in
    row order (every row adds once), how many it added and its length. Rows are not kept per posting, nor
    counts wider than a posting's (uint16): what a build holds in memory is its postings, 8 bytes each with
    positions and 6 without."""

    def __init__(self, analysis: str, positions: bool):
        self.analysis, self.positions = analysis, positions
        self.tids, self.extra = array("i"), array("i" if positions else "H")
        self.added, self.lengths = array("i"), array("i")

    def add_positions(self, row: int, texts: list[list[list[int]]]) -> None:
        """`texts`: for each text of the field, the term ids at each position."""
        pos, tids, where = 0, [], []
        length = 0
        for text in texts:
            for ids in text:
                tids.extend(ids)
                where.extend([pos] * len(ids))
                pos += 1
            length += len(text)
            pos += GAP
        self.tids.extend(tids)
        self.extra.extend(where)
        self._row(row, len(tids))
        self.lengths.append(length)

    def _row(self, row: int, postings: int) -> None:
        assert row == len(self.added), (row, len(self.added))  # rows come in order, each once
        self.added.append(postings)

    def add_counts(self, row: int, flat: list[int], length: int) -> None:
        counts = Counter(flat)
        self.tids.extend(counts.keys())
        self.extra.extend(min(n, TF_MAX) for n in counts.values())
        self._row(row, len(counts))
        self.lengths.append(length)

    def write(self, folder: Path, name: str, rank: np.ndarray) -> None:
        """Invert to term order (rows stay ascending within a term) and write the field's files, a range of
        terms at a time (about CHUNK postings): what the inversion adds to the postings held is the term of
        each and one range's work, not a sorted copy of them all."""
        n = len(self.tids)
        terms = np.frombuffer(self.tids, dtype=np.int32) if n else np.zeros(0, np.int32)
        for start in range(0, n, CHUNK):  # the ids turned into their rank in place, a part at a time: no copy of them all
            terms[start:start + CHUNK] = rank[terms[start:start + CHUNK]]
        self.tids = None  # `terms` keeps the buffer as long as it is needed
        wide = np.int32 if self.positions else np.uint16
        extra = np.frombuffer(self.extra, dtype=wide) if n else np.zeros(0, wide)
        self.extra = None  # `extra` keeps the buffer as long as it is needed
        added = np.frombuffer(self.added, dtype=np.int32) if len(self.added) else np.zeros(0, np.int32)
        first = np.r_[0, np.cumsum(added, dtype=np.int64)]  # each row's first posting
        self.added = None
        per_term = np.bincount(terms, minlength=rank.size)
        bounds = np.unique(np.r_[0, np.searchsorted(np.cumsum(per_term), np.arange(CHUNK, n, CHUNK), side="left") + 1,
                                 rank.size].clip(0, rank.size))
        postings = np.zeros(rank.size, dtype=np.int64)  # per term, its postings (rows), and its positions kept
        kept = np.zeros(rank.size, dtype=np.int64) if self.positions else None
        with codec.ArrayFile(folder, codec.field_array(name, "doc"), np.int32, narrow=True) as doc, \
                codec.ArrayFile(folder, codec.field_array(name, "tf"), np.uint16, narrow=True) as tfs, \
                codec.ArrayFile(folder, codec.field_array(name, "pos"), np.int32, keep=self.positions, narrow=True) as pos:
            for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
                at = _between(terms, lo, hi)  # ascending: rows ascending within a term
                t = terms[at]
                order = np.argsort(t, kind="stable")
                at, t = at[order], t[order]
                del order
                rows = (np.searchsorted(first, at, side="right") - 1).astype(np.int32)
                ex = extra[at]
                del at
                if self.positions:
                    starts = np.flatnonzero(np.r_[True, (t[1:] != t[:-1]) | (rows[1:] != rows[:-1])]) \
                        if t.size else np.zeros(0, np.int64)
                    tf = np.diff(np.r_[starts, t.size])
                    if tf.size and int(tf.max()) > TF_MAX:  # a word more often in one row than a count holds: its first TF_MAX
                        keep = np.arange(t.size) - np.repeat(starts, tf) < TF_MAX
                        t, rows, ex = t[keep], rows[keep], ex[keep]
                        tf = np.minimum(tf, TF_MAX)
                        starts = np.r_[0, np.cumsum(tf)[:-1]].astype(np.int64)
                    # a posting's positions follow its term's first position, each run as long as its count
                    kept[lo:hi] = np.bincount(t - lo, minlength=hi - lo)
                    pos.write(ex)
                    t, rows = t[starts], rows[starts]
                else:
                    tf = ex
                postings[lo:hi] = np.bincount(t - lo, minlength=hi - lo)
                doc.write(rows)
                tfs.write(np.minimum(tf, TF_MAX))
        if self.positions:
            save(folder, codec.field_array(name, "ppos"), np.r_[0, np.cumsum(kept)].astype(np.int64))
        save(folder, codec.field_array(name, "ptr"), np.r_[0, np.cumsum(postings)].astype(np.int64))
        save(folder, codec.field_array(name, "len"), codec.narrowest(np.frombuffer(self.lengths, dtype=np.int32).copy()))


class SegmentWriter:
    """Collects questions as they are indexed; write() inverts them into one segment folder."""

    def __init__(self):
        self.vocab = {FRENCH: {}, EXACT: {}}
        self.fields = {f.name: _Postings(f.analysis, f.positions) for f in QUESTION_FIELDS}
        self.passage_text = _Postings(PASSAGE_FIELD.analysis, False)
        self.cols = {name: array("q") for name in codec.COLUMNS}
        self.links = {name: (array("q"), array("q")) for name in codec.LINKS}  # (counts, keys)
        self.facets = {f.name: ({}, array("i"), array("i")) for f in FACETS}  # (codes, rows, values)
        self.pairs = {f.name: Counter() for f in FACETS if f.paired}  # (French value, Dutch value) -> questions
        self.passages = {name: array("i") for name in codec.PASSAGE_COLUMNS}
        self.rows = 0
        self._exact_ids: dict[str, int] = {}  # a word as written -> its exact term id

    def _ids(self, analysis: str, groups: list[tuple[str, ...]]) -> list[list[int]]:
        vocab = self.vocab[analysis]
        return [[vocab.setdefault(t, len(vocab)) for t in g] for g in groups]

    def _exact(self, words: list[str]) -> list[list[int]]:
        """The `exact` term id of each word, one per position (a word folded once per build, not per occurrence)."""
        known, out = self._exact_ids, []
        for w in words:
            i = known.get(w)
            if i is None:
                ex = self.vocab[EXACT]
                i = known[w] = ex.setdefault(fold(w), len(ex))
            out.append([i])
        return out

    def add(self, q: Question) -> list[list[str]]:
        """Add one question; returns each passage's French terms (Whoosh's passage documents take them)."""
        row, fr = self.rows, self.vocab[FRENCH]
        self.rows += 1
        own = q.language
        other = q.other_language or {}
        mixed = bool(other) or own != "fr"  # passages are then told apart by their words
        title = base_words(q.title)
        titles = [(title, own)] + ([(base_words(other["title"]), other["language"])] if other.get("title") else [])
        tags = [(base_words(d), own) for d in q.descriptors] + \
            [(base_words(d), other["language"]) for d in other.get("descriptors") or []]
        f = self.fields
        f["title"].add_positions(row, [self._ids(FRENCH, stem_groups(w, lang)) for w, lang in titles])
        f["descriptors"].add_positions(row, [self._ids(FRENCH, stem_groups(w, lang)) for w, lang in tags])
        f["addressee"].add_positions(row, [self._ids(FRENCH, stem_groups(base_words(q.addressee or ""), own))])
        for name, value in (("author", q.author), ("party", q.party)):
            f[name].add_positions(row, [self._exact(base_words(value or ""))])
        exact_texts = [self._exact(words) for words, _ in titles + tags]
        flat = {part: [] for part in PARTS}
        lengths = dict.fromkeys(PARTS, 0)
        terms_out = []
        first_passage = len(self.passages["question"])
        for p in q.passages:
            words = base_words(p.text)
            groups = stem_groups(words, language_of(p.text, p.language or own) if mixed else "fr")
            ids = [fr.setdefault(t, len(fr)) for g in groups for t in g]
            self.passage_text.add_counts(len(self.passages["question"]), ids, len(groups))
            self.passages["question"].append(row)
            self.passages["pos"].append(p.position)
            self.passages["part"].append(PARTS.index(p.part) if p.part in PARTS else 0)
            part = p.part if p.part in flat else "question"
            flat[part].extend(ids)
            lengths[part] += len(groups)
            exact_texts.append(self._exact(words))
            terms_out.append([t for g in groups for t in g])
        for part in PARTS:
            f[part].add_counts(row, flat[part], lengths[part])
        f["exact"].add_positions(row, exact_texts)
        c = self.cols
        c["qkey"].append(codec.key_of(q.id))
        c["asked"].append(q.asked_on.toordinal() if q.asked_on else 0)
        c["due"].append(q.answer_due.toordinal() if q.answer_due else 0)
        c["delay"].append((q.answered_on - q.asked_on).days if q.asked_on and q.answered_on else -1)
        c["pstart"].append(first_passage)
        c["pcount"].append(len(q.passages))
        for name, ids in (("sib", {l.id for l in q.links if l.relation == "also_asked_to"}),
                          ("tgt", {l.id for l in q.links})):
            keys = sorted(codec.key_of(i) for i in ids if codec.is_id(i))
            self.links[name][0].append(len(keys))
            self.links[name][1].extend(keys)
        for facet in FACETS:
            codes, rows, vals = self.facets[facet.name]
            values = list(dict.fromkeys(facet.values(q)))
            for value in values:
                rows.append(row)
                vals.append(codes.setdefault(value, len(codes)))
            if facet.paired:  # each value and its translation, as the question's renderings told them
                self.pairs[facet.name].update(q.descriptor_pairs)
        return terms_out

    def write(self, folder: Path) -> dict:
        """Write the segment's files into `folder` (created); returns its meta."""
        folder.mkdir(parents=True, exist_ok=True)
        ranks = {}
        for analysis, vocab in self.vocab.items():
            terms = list(vocab)
            order = sorted(range(len(terms)), key=terms.__getitem__)
            rank = np.empty(len(terms), dtype=np.int32)
            rank[np.array(order, dtype=np.int64)] = np.arange(len(terms), dtype=np.int32)
            ranks[analysis] = rank
            encoded = [terms[i].encode("utf-8") for i in order]
            codec.save_bytes(folder, codec.lexicon_file(analysis), b"".join(encoded))
            save(folder, codec.lexicon_offsets(analysis), np.r_[0, np.cumsum([len(e) for e in encoded])].astype(np.int64))
        self.vocab = self._exact_ids = None
        for name, postings in self.fields.items():
            postings.write(folder, name, ranks[postings.analysis])
        self.passage_text.write(folder, PASSAGE_FIELD.name, ranks[FRENCH])
        for name, values in self.cols.items():
            save(folder, name, np.frombuffer(values, dtype=np.int64).astype(
                np.int64 if name == "qkey" else np.int32) if len(values) else np.zeros(0, np.int32))
        for name, (counts, keys) in self.links.items():
            ptr_name, keys_name = codec.link_arrays(name)
            save(folder, ptr_name, np.r_[0, np.cumsum(np.frombuffer(counts, dtype=np.int64)
                                                      if len(counts) else [])].astype(np.int64))
            save(folder, keys_name, np.frombuffer(keys, dtype=np.int64).copy() if len(keys) else np.zeros(0, np.int64))
        facet_values = {}
        for name, (codes, rows, vals) in self.facets.items():
            facet_values[name] = list(codes)
            save(folder, codec.facet_array(name, "doc"), _int32(rows))
            save(folder, codec.facet_array(name, "val"), _int32(vals))
        for name, values in self.passages.items():  # a passage's place and part in one byte or two (only sorted by)
            save(folder, codec.passage_array(name), _int32(values) if name == "question" else codec.narrowest(_int32(values)))
        meta = {"rows": self.rows, "passages": len(self.passages["question"]), "facets": facet_values,
                "pairs": {name: [[fr, nl, n] for (fr, nl), n in pairs.items()] for name, pairs in self.pairs.items()}}
        codec.save_json(folder, codec.META, meta)
        return meta


def _between(terms: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Where `terms` holds lo <= term < hi, ascending; read a part at a time, so that the masks it takes are a
    part's, not as long as all the postings (at 50,000 questions the exact field's were 22 MB at the peak)."""
    found = [np.flatnonzero((part >= lo) & (part < hi)) + start
             for start in range(0, terms.size, CHUNK) for part in [terms[start:start + CHUNK]]]
    return np.concatenate(found) if found else np.zeros(0, np.int64)


def _int32(values: array) -> np.ndarray:
    return np.frombuffer(values, dtype=np.int32).copy() if len(values) else np.zeros(0, np.int32)
