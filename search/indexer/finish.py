"""What a generation holds beside its segments, computed once its Whoosh indexes are committed:
the rows an update deleted, the "Aussi posée à" groups over the whole index, Whoosh's document
number of every row (for stored fields), the format version (search.index.codec names the files).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np
from whoosh.filedb.filestore import FileStorage

from ..errors import BuildError
from ..index import codec
from ..index.codec import PASSAGES, QUESTIONS, load, passage_key, save


def finish(folder: Path, segments: list[str], deleted: np.ndarray, previous: Optional[Path] = None,
           since: tuple[int, int] = (0, 0), built: int = 1) -> None:
    """Write the generation-level files of `folder` for these segments and deleted rows (the first `built`
    of them written by the full build, the others by updates).

    After an update, `previous` is the generation it started from and `since` the number of
    Whoosh documents (questions, passages) it had: Whoosh never renumbers them without a merge,
    so only the new documents' numbers are read."""
    metas = [codec.load_json(folder / name, codec.META) for name in segments]
    qkey = np.concatenate([load(folder / name, "qkey", mmap=False) for name in segments]).astype(np.int64)
    live = np.ones(qkey.size, dtype=bool)
    live[deleted] = False
    sib_ptr, sib = _ragged(folder, segments, "sib")
    group, group_ids = sibling_groups(qkey, live, sib_ptr, sib)
    p_question, p_pos, offset = [], [], 0
    for name, meta in zip(segments, metas):
        p_question.append(load(folder / name, codec.passage_array("question"), mmap=False).astype(np.int64) + offset)
        p_pos.append(load(folder / name, codec.passage_array("pos"), mmap=False).astype(np.int64))
        offset += meta["rows"]
    p_question, p_pos = np.concatenate(p_question), np.concatenate(p_pos)
    storage = FileStorage(str(folder), readonly=True)
    numbers = codec.WHOOSH_NUMBERS
    known_q = load(previous, numbers[QUESTIONS], mmap=False) if previous else np.zeros(0, np.int64)
    known_p = load(previous, numbers[PASSAGES], mmap=False) if previous else np.zeros(0, np.int64)
    wq = _whoosh_numbers(storage, QUESTIONS, qkey, live, known_q, since[0])
    p_live = live[p_question] if p_question.size else np.zeros(0, dtype=bool)
    wp = _whoosh_numbers(storage, PASSAGES, qkey[p_question] * 100_000 + p_pos, p_live, known_p, since[1], "pos")
    save(folder, codec.DELETED, np.asarray(deleted, dtype=np.int64))
    save(folder, codec.GROUP, group)
    codec.save_json(folder, codec.GROUPS, group_ids)
    save(folder, numbers[QUESTIONS], wq.astype(np.int32))  # Whoosh numbers documents in 32 bits
    save(folder, numbers[PASSAGES], wp.astype(np.int32))
    codec.save_json(folder, codec.SEGMENTS, {"segments": segments, "built": built})
    codec.save_json(folder, codec.FORMAT_FILE, {"format": codec.FORMAT})


def _ragged(folder: Path, segments: list[str], name: str) -> tuple[np.ndarray, np.ndarray]:
    ptrs, keys, base = [np.zeros(1, np.int64)], [], 0
    ptr_name, keys_name = codec.link_arrays(name)
    for seg in segments:
        ptr = load(folder / seg, ptr_name, mmap=False)
        ptrs.append(ptr[1:] + base)
        keys.append(load(folder / seg, keys_name, mmap=False))
        base += int(ptr[-1])
    return np.concatenate(ptrs), np.concatenate(keys).astype(np.int64)


def sibling_groups(qkey: np.ndarray, live: np.ndarray, ptr: np.ndarray, sib: np.ndarray):
    """Per row, its group: the lowest id of its connected "Aussi posée à" component.

    Pages do not always list each other both ways, so the links are joined here, over
    the whole index, rather than trusted one page at a time."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys, ptrs, sibs = qkey.tolist(), ptr.tolist(), sib.tolist()
    for row in np.flatnonzero(live).tolist():
        for other in sibs[ptrs[row]:ptrs[row + 1]]:
            a, b = find(keys[row]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)  # key order is id order: the lowest id leads
    roots = [find(k) for k in keys]
    codes = sorted(set(roots))
    code_of = {k: i for i, k in enumerate(codes)}
    return np.array([code_of[r] for r in roots], dtype=np.int32), [codec.id_of(k) for k in codes]


def _whoosh_numbers(storage, indexname: str, ours: np.ndarray, live: np.ndarray, known: np.ndarray, since: int,
                    second: str = "") -> np.ndarray:
    """Per row of `ours` (keys): the number of the live Whoosh document with the same key, -1 for
    deleted rows. The first `known.size` rows keep the numbers they had; documents numbered below
    `since` are not read again."""
    reader = storage.open_index(indexname).reader()
    try:
        keys, docs = [], []
        for leaf, offset in reader.leaf_readers():
            if offset + leaf.doc_count_all() <= since:
                continue
            count = leaf.doc_count_all()
            local = np.fromiter(leaf.all_doc_ids(), dtype=np.int64)
            k = np.fromiter(leaf.column_reader("qkey"), dtype=np.int64, count=count)
            if second:
                k = passage_key(k, np.fromiter(leaf.column_reader(second), dtype=np.int64, count=count))
            keep = local + offset >= since
            keys.append(k[local[keep]])
            docs.append(local[keep] + offset)
    finally:
        reader.close()
    keys = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    docs = np.concatenate(docs) if docs else np.zeros(0, np.int64)
    out = np.full(ours.size, -1, dtype=np.int64)
    out[:known.size] = known
    todo = np.flatnonzero(live & (out < 0))
    order = np.argsort(keys, kind="stable")
    found = np.clip(np.searchsorted(keys[order], ours[todo]), 0, max(0, order.size - 1))
    hit = (keys[order][found] == ours[todo]) if order.size else np.zeros(todo.size, dtype=bool)
    out[todo[hit]] = docs[order][found][hit]
    if (live & (out < 0)).any():
        raise BuildError(f"{indexname}: {int((live & (out < 0)).sum())} rows have no Whoosh document")
    out[~live] = -1
    return out
