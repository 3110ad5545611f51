"""The on-disk format, and nothing else: every file name and array layout of an index folder, and
the conversion between a question id and the integer key the arrays hold. No other module
names a file; they ask here.

    index/
      current -> gen-…                    the live generation (a symlink, swapped atomically)
      gen-…/                              one complete generation; gen-….tmp while it is written
      .lock                               the writer lock
    gen-…/
      format.json                         FORMAT: an index of another version is rebuilt, never half-read
      segments.json                       the segment folders, in row order; how many the full build wrote
      manifest.json.gz                    per document file: hash, question id, passages, size, mtime
      deleted.npy                         rows an update replaced or removed
      group.npy, groups.json              per row its "Aussi posée à" group; per group its lowest id
      wq.npy, wp.npy                      per question row and passage row: Whoosh's document number (int32)
      questions/passages Whoosh indexes   (Whoosh's own files: each question's record and its passage texts, each
                                          a column value compressed with the dictionaries below; which passages
                                          hold each French-stemmed term, without counts; no id terms)
      record.zdict, texts.zdict           the preset dictionaries of those values (Packer)
      seg-0001/ …                         segments of query arrays, immutable once written:
        meta.json                         rows, passages, every facet's values (codes index them)
        french.terms, exact.terms         sorted lexicons: UTF-8 terms end to end; *.off.npy their offsets
        <field>.ptr .doc .tf .npy         term id -> first posting (int64); postings: row (int32), count (uint16);
                                          row, count and position each in uint8 or uint16 where all fit
        <field>.ppos .pos .npy            fields with positions: term id -> its first position (int64), positions
                                          (int32) in posting order, each posting's run as long as its count
        <field>.len.npy                   words per row (int32; uint8 or uint16 where all fit)
        qkey asked due delay pstart pcount .npy   one value per question row (dates as ordinals)
        sib.ptr sib tgt.ptr tgt .npy      "Aussi posée à" ids and every linked id, as keys
        facet.<name>.doc .val .npy        (row, value code) pairs
        p.question p.pos p.part .npy      per passage row (its text is field `text`); pos and part narrowed
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import threading
import zlib
from pathlib import Path
from typing import Optional

import numpy as np

from .. import ids

FORMAT = 12  # 5: the analyzers' import path moved to search.text.analyzers; 6: portfolios, governments, pairs; 7: Dutch singulars; 8: offices (one holder per question), attached ministers, lapsed legislatures; 9: positions found per term (ppos), not per posting; 10: records and passage texts compressed with the generation's dictionaries; 11: Whoosh keeps no id terms nor passage counts (an update deletes by number); 12: records and texts raw deflate (Packer)

# the index folder
CURRENT = "current"
LOCK = ".lock"
GENERATION = "gen-"
STAGED = ".tmp"

# a generation folder
FORMAT_FILE = "format.json"
SEGMENTS = "segments.json"
MANIFEST = "manifest.json.gz"  # gzip: the hashes and names of every file (8 MB of JSON at 50,000 files, 2.8 gzipped)
DELETED = "deleted"
GROUP = "group"
GROUPS = "groups.json"
# the ministry each question concerns (search.indexer.concerns), over the whole generation: rows, value codes, values
CONCERN_DOC, CONCERN_VAL, CONCERNS = "concern_doc", "concern_val", "concerns.json"
# what changed when (search.indexer.history): per row, the build that first held its question and the one that
# gave it its status (0: before records began); and every build since records began, {"seq", "at"}
SEEN_IN, STATUS_IN, HISTORY = "seen_in", "status_in", "history.json"
QUESTIONS, PASSAGES = "questions", "passages"  # the two Whoosh indexes
# what zlib starts each stored record and each question's passage texts from (`Packer`): learned from the first
# questions of the full build, kept by every update
RECORD_DICT, TEXTS_DICT = "record.zdict", "texts.zdict"
WHOOSH_NUMBERS = {QUESTIONS: "wq", PASSAGES: "wp"}

# a segment folder
META = "meta.json"
COLUMNS = ("qkey", "asked", "due", "delay", "pstart", "pcount")
LINKS = ("sib", "tgt")
PASSAGE_COLUMNS = ("question", "pos", "part")
POSTINGS = ("ptr", "doc", "tf")
POSITIONS = ("ppos", "pos")

KEY_BASE = 10_000_000  # 5-8917 -> 5 * KEY_BASE + 8917


# -- ids and keys ------------------------------------------------------------------------

def key_of(qid: str) -> int:
    """5-8917 -> 50_008_917: a question id as one integer (ValueError for what is not an id)."""
    leg, _, num = qid.partition("-")
    return int(leg) * KEY_BASE + int(num)


def id_of(key: int) -> str:
    """50_008_917 -> 5-8917 ('' for a negative key: none)."""
    return f"{key // KEY_BASE}-{key % KEY_BASE}" if key >= 0 else ""


def is_id(qid: str) -> bool:
    """Whether `qid` is a question's id (search.ids), so that it has a key."""
    return ids.is_id(qid)


def passage_key(qkey, position):
    """One passage of one question as one integer (works on arrays too)."""
    return qkey * 100_000 + position


# -- names -------------------------------------------------------------------------------

def field_array(field: str, part: str) -> str:
    """A text field's array: part is one of POSTINGS, POSITIONS or "len"."""
    return f"{field}.{part}"


def facet_array(facet: str, part: str) -> str:
    """A facet's (row, value code) pairs: part is "doc" or "val"."""
    return f"facet.{facet}.{part}"


def passage_array(name: str) -> str:
    return f"p.{name}"


def link_arrays(name: str) -> tuple[str, str]:
    """(pointers, keys) of one kind of link (LINKS)."""
    return f"{name}.ptr", name


def lexicon_file(analysis: str) -> str:
    return f"{analysis}.terms"


def lexicon_offsets(analysis: str) -> str:
    return f"{analysis}.off"


def segment_name(number: int) -> str:
    return f"seg-{number:04d}"


def next_segment(names: list[str]) -> str:
    return segment_name(int(names[-1].rpartition("-")[2]) + 1)


def generation_name(stamp: str, pid: int, nonce: int) -> str:
    return f"{GENERATION}{stamp}-{pid}-{nonce:06d}{STAGED}"


# -- reading and writing -------------------------------------------------------------------

def has(folder: Path, name: str) -> bool:
    return (folder / f"{name}.npy").exists()


def save(folder: Path, name: str, values: np.ndarray) -> None:
    """Write an array as a new file (never through an inode another generation shares)."""
    path = folder / f"{name}.npy"
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as out:
        np.save(out, values, allow_pickle=False)
    os.replace(tmp, path)


class ArrayFile:
    """An array written in parts, in order, to the .npy file `save` would write of them all, without
    holding them all: the parts go to a side file, and the header, which holds the length, is written
    before them once they are all there. `keep=False`: nothing is written. `narrow=True`: values that
    are never negative are written in the narrowest unsigned type that holds them all (uint8, uint16),
    if narrower than `dtype`, as `narrowest` does; readers widen what they read."""

    def __init__(self, folder: Path, name: str, dtype, keep: bool = True, narrow: bool = False):
        self.path, self.dtype, self.keep, self.size = folder / f"{name}.npy", np.dtype(dtype), keep, 0
        self.parts = self.path.with_name(self.path.name + ".parts")
        self.narrow, self.low, self.high = narrow, 0, 0

    def __enter__(self) -> ArrayFile:
        self.out = open(self.parts, "wb") if self.keep else None
        return self

    def write(self, values: np.ndarray) -> None:
        if self.out is not None:
            values = np.ascontiguousarray(values, dtype=self.dtype)
            if self.narrow and values.size:
                self.low, self.high = min(self.low, int(values.min())), max(self.high, int(values.max()))
            values.tofile(self.out)
            self.size += len(values)

    def __exit__(self, kind, exc, tb) -> bool:
        if self.out is None:
            return False
        self.out.close()
        try:
            if kind is None:
                final = _narrow_type(self.dtype, self.low, self.high) if self.narrow else self.dtype
                tmp = self.path.with_name(self.path.name + ".tmp")
                with open(tmp, "wb") as out, open(self.parts, "rb") as parts:
                    header = {"descr": np.lib.format.dtype_to_descr(final), "fortran_order": False,
                              "shape": (self.size,)}
                    np.lib.format.write_array_header_1_0(out, header)
                    if final == self.dtype:
                        shutil.copyfileobj(parts, out, 1 << 20)
                    else:
                        while (chunk := np.fromfile(parts, dtype=self.dtype, count=1 << 20)).size:
                            chunk.astype(final).tofile(out)
                os.replace(tmp, self.path)
        finally:
            self.parts.unlink(missing_ok=True)
        return False


def _narrow_type(dtype: np.dtype, low: int, high: int) -> np.dtype:
    if low >= 0:
        for narrow in (np.uint8, np.uint16):
            if high <= np.iinfo(narrow).max and np.dtype(narrow).itemsize < dtype.itemsize:
                return np.dtype(narrow)
    return dtype


def narrowest(values: np.ndarray) -> np.ndarray:
    """`values` (integers) in the narrowest unsigned type that holds them all, if narrower and none is negative:
    a word's count in a row rarely passes 255, a position 65,535; readers widen what they read."""
    if not values.size:
        return values
    final = _narrow_type(values.dtype, int(values.min()), int(values.max()))
    return values if final == values.dtype else values.astype(final)


_LOADING = threading.RLock()  # one np.load at a time in a process (load)


def load(folder: Path, name: str, mmap: bool = True) -> np.ndarray:
    """An array, memory-mapped by default (a plain ndarray view: slicing a np.memmap is slow).

    One at a time: np.load reads the header with ast.literal_eval, and CPython 3.11 keeps the AST builder's
    recursion depth per interpreter, not per thread; a thread switch inside it (a garbage collection running a
    finalizer) into another thread's load ends in "SystemError: AST constructor recursion depth mismatch"
    (python/cpython#106905). A serving engine opens a new generation in its watcher thread while an update may
    open the live one in another: it happened in a test."""
    path = folder / f"{name}.npy"
    with _LOADING:
        if not mmap:
            return np.load(path, allow_pickle=False)
        return np.load(path, mmap_mode="r", allow_pickle=False).view(np.ndarray)


def save_json(folder: Path, name: str, data) -> None:
    """A JSON file written as a new file, on one line (json's C encoder; an indent makes it use the Python one);
    gzipped when `name` ends in .gz."""
    path = folder / name
    tmp = path.with_name(path.name + ".tmp")
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    tmp.write_bytes(gzip.compress(text, 6, mtime=0) if name.endswith(".gz") else text)
    os.replace(tmp, path)


def load_json(folder: Path, name: str):
    raw = (folder / name).read_bytes()
    return json.loads(gzip.decompress(raw) if name.endswith(".gz") else raw)


def save_bytes(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def has_file(folder: Path, name: str) -> bool:
    return (folder / name).is_file()


def load_bytes(folder: Path, name: str) -> bytes:
    return (folder / name).read_bytes()


RAW = -15  # zlib's wbits for raw deflate with a 32 KB window (Packer)


class Packer:
    """Each stored record and each question's passage texts compressed on its own (a page reads one), with zlib
    started from a preset dictionary: the end of the first questions' own records and texts, which hold what
    most others repeat (the record's keys, the event labels, the ministers' titles, the parties). Measured on
    the 50,000-question bench corpus: a record 489 -> ~165 bytes, a question's texts 589 -> ~250 (zlib alone).
    Raw deflate (no zlib header nor checksum, `RAW`): a zlib stream that names a dictionary makes its reader
    checksum all 32 KB of it before the first byte, 9 µs of the 12 a record took to unpack."""

    SAMPLE = 256  # questions the dictionaries are learned from
    SIZE = 32 * 1024  # zlib's window: what a dictionary can be of use with

    def __init__(self, record: bytes = b"", texts: bytes = b""):
        self.record, self.texts = record, texts

    @classmethod
    def learn(cls, records: list[bytes], texts: list[bytes]) -> Packer:
        """Dictionaries from sample records and texts: their end, most representative last."""
        return cls(b"".join(records)[-cls.SIZE:], b"".join(texts)[-cls.SIZE:])

    @classmethod
    def of(cls, generation: Path) -> Packer:
        """The dictionaries a generation was written with (none in a generation of an older format, which
        is rebuilt before it is read: schema.missing_fields)."""
        if not has_file(generation, RECORD_DICT):
            return cls()
        return cls(load_bytes(generation, RECORD_DICT), load_bytes(generation, TEXTS_DICT))

    def save(self, generation: Path) -> None:
        save_bytes(generation, RECORD_DICT, self.record)
        save_bytes(generation, TEXTS_DICT, self.texts)

    def pack_record(self, data: bytes) -> bytes:
        return _pack(data, self.record)

    def pack_texts(self, data: bytes) -> bytes:
        return _pack(data, self.texts)

    def record_of(self, blob: bytes) -> bytes:
        return _unpack(blob, self.record)

    def texts_of(self, blob: bytes) -> bytes:
        return _unpack(blob, self.texts)


def _pack(data: bytes, zdict: bytes) -> bytes:
    out = zlib.compressobj(6, zlib.DEFLATED, RAW, zdict=zdict) if zdict else zlib.compressobj(6, zlib.DEFLATED, RAW)
    return out.compress(data) + out.flush()


def _unpack(blob: bytes, zdict: bytes) -> bytes:
    return (zlib.decompressobj(RAW, zdict=zdict) if zdict else zlib.decompressobj(RAW)).decompress(blob)


def format_of(generation: Path) -> Optional[int]:
    """The format a generation was written in, None when it does not say (or cannot be read)."""
    try:
        return load_json(generation, FORMAT_FILE).get("format")
    except (OSError, ValueError, AttributeError):
        return None


def segments_of(generation: Path) -> list[str]:
    return load_json(generation, SEGMENTS)["segments"]


def built_segments(generation: Path) -> int:
    """How many of a generation's segments its full build wrote (the rest, updates added)."""
    return int(load_json(generation, SEGMENTS).get("built", 1))
