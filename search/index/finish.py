"""What a generation holds beside its segments, computed once its Whoosh indexes are committed.

    segments.json   the segment folders, in row order
    deleted.npy     rows that an update replaced or removed
    group.npy       per row: its "Aussi posée à" group (an index into groups.json)
    groups.json     per group: its lowest id (the page may name members the index lacks)
    wq.npy, wp.npy  per question row and passage row: Whoosh's document number (stored fields)
    format.json     the version of all this (search.index.schema.FORMAT)
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from whoosh.filedb.filestore import FileStorage

from ..errors import BuildError
from .arrays import META, save, save_json
from .reader import SEGMENTS
from .schema import FORMAT, FORMAT_FILE, PASSAGES, QUESTIONS, passage_key, question_id


def finish(folder: Path, segments: list[str], deleted: np.ndarray) -> None:
    """Write the generation-level files of `folder` for these segments and deleted rows."""
    metas = [json.loads((folder / name / META).read_text(encoding="utf-8")) for name in segments]
    qkey = np.concatenate([np.load(folder / name / "qkey.npy") for name in segments]).astype(np.int64)
    live = np.ones(qkey.size, dtype=bool)
    live[deleted] = False
    sib_ptr, sib = _ragged(folder, segments, "sib")
    group, group_ids = sibling_groups(qkey, live, sib_ptr, sib)
    p_question, p_pos, offset = [], [], 0
    for name, meta in zip(segments, metas):
        p_question.append(np.load(folder / name / "p.question.npy").astype(np.int64) + offset)
        p_pos.append(np.load(folder / name / "p.pos.npy").astype(np.int64))
        offset += meta["rows"]
    p_question, p_pos = np.concatenate(p_question), np.concatenate(p_pos)
    storage = FileStorage(str(folder), readonly=True)
    wq = _whoosh_numbers(storage, QUESTIONS, lambda keys, _: keys, qkey, live)
    p_live = live[p_question] if p_question.size else np.zeros(0, dtype=bool)
    wp = _whoosh_numbers(storage, PASSAGES, passage_key, qkey[p_question] * 100_000 + p_pos, p_live, "pos")
    save(folder / "deleted.npy", np.asarray(deleted, dtype=np.int64))
    save(folder / "group.npy", group)
    save_json(folder / "groups.json", group_ids)
    save(folder / "wq.npy", wq)
    save(folder / "wp.npy", wp)
    save_json(folder / SEGMENTS, {"segments": segments})
    save_json(folder / FORMAT_FILE, {"format": FORMAT})


def _ragged(folder: Path, segments: list[str], name: str) -> tuple[np.ndarray, np.ndarray]:
    ptrs, keys, base = [np.zeros(1, np.int64)], [], 0
    for seg in segments:
        ptr = np.load(folder / seg / f"{name}.ptr.npy")
        ptrs.append(ptr[1:] + base)
        keys.append(np.load(folder / seg / f"{name}.npy"))
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
    return np.array([code_of[r] for r in roots], dtype=np.int32), [question_id(k) for k in codes]


def _whoosh_numbers(storage, indexname: str, key, ours: np.ndarray, live: np.ndarray, second: str = "") -> np.ndarray:
    """Per row of ours: the number of the live Whoosh document with the same key (-1 for deleted rows)."""
    reader = storage.open_index(indexname).reader()
    try:
        size = reader.doc_count_all()
        docs = np.fromiter(reader.all_doc_ids(), dtype=np.int64)
        keys = np.fromiter(reader.column_reader("qkey"), dtype=np.int64, count=size)
        if second:
            keys = key(keys, np.fromiter(reader.column_reader(second), dtype=np.int64, count=size))
        keys = keys[docs]
    finally:
        reader.close()
    order = np.argsort(keys, kind="stable")
    found = np.searchsorted(keys[order], ours)
    found = np.clip(found, 0, max(0, order.size - 1))
    out = np.full(ours.size, -1, dtype=np.int64)
    hit = (keys[order][found] == ours) if order.size else np.zeros(ours.size, dtype=bool)
    out[hit] = docs[order][found][hit]
    if (live & ~hit).any():
        raise BuildError(f"{indexname}: {int((live & ~hit).sum())} rows have no Whoosh document")
    out[~live] = -1
    return out
