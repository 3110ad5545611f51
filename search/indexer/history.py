"""What changed when: each build or update is numbered (its `seq`) and dated, and records, per question,
the build that first held it and the one that gave it its present status (answered, withdrawn, lapsed…).

A follower learns of an answer from the update that brought it, not from the dates the page prints
(an answer is often published weeks after the date it bears). The numbers are carried from the live
generation to the next one by question id: a question indexed again keeps its first appearance, and
keeps its status's build while its status stays the same. The first build of an index has no earlier
one to compare with: its questions are marked 0, "before records began", and no follower is told of them.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import numpy as np

from ..index import codec


def record(folder: Path, previous: Optional[Path]) -> int:
    """Write `folder`'s history beside its segments, carried from the `previous` (live) generation; return
    this build's number."""
    from ..index.generation import Generation

    gen = Generation(folder)
    # a generation of another format (an older version's, rebuilt now) cannot be read: records begin again
    old = Generation(previous) if previous is not None and codec.format_of(previous) == codec.FORMAT else None
    try:
        history = list(old.history) if old is not None else []
        seq = (history[-1]["seq"] if history else 0) + 1
        history.append({"seq": seq, "at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
        seen, status = carried(gen, old, seq)
    finally:
        gen.close()
        if old is not None:
            old.close()
    codec.save(folder, codec.SEEN_IN, seen)
    codec.save(folder, codec.STATUS_IN, status)
    codec.save_json(folder, codec.HISTORY, history)
    return seq


def carried(gen, old, seq: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row of `gen`: the build that first held its question and the one that gave it its status, `seq`
    for what `old` (the generation before) did not hold or held with another status; all 0 without `old`."""
    seen = np.zeros(gen.size, dtype=np.int32)
    status = np.zeros(gen.size, dtype=np.int32)
    if old is None:
        return seen, status
    found = old.rows_of_keys(gen.qkey)  # -1: a question the old generation did not hold
    held = found >= 0
    seen[~held] = seq
    status[~held] = seq
    before = found[held]
    seen[held] = old.seen_in[before]
    same = _statuses(gen)[held] == _statuses(old)[before]
    status[held] = np.where(same, old.status_in[before], seq)
    return seen, status


def _statuses(gen) -> np.ndarray:
    """Each row's status, as text ('' for none)."""
    column = gen.facets["status"]
    names = np.array(list(column.values) + [""], dtype=object)
    return names[np.where(column.first >= 0, column.first, len(column.values))]
