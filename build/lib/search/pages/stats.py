"""Per-addressee statistics over the questions a search selects."""
from __future__ import annotations

import math
import statistics
import time
from datetime import date
from typing import Optional

import numpy as np

from .engine import Engine
from .request import SearchRequest, normalize, selection
from .results import AddresseeStats, Overview, StatsPage

STAT_SORTS = ("questions", "answered_pct", "median_days", "p90_days", "overdue", "oldest_pending", "addressee")


def statistics_for(engine: Engine, req: SearchRequest, sort: str = "questions",
                   today: Optional[date] = None) -> StatsPage:
    """Statistics of the questions that `req` (query, facets, dates) selects."""
    started = time.perf_counter()
    req = normalize(req)
    sel = selection(engine.generation(), req)
    gen, today_n = sel.gen, (today or date.today()).toordinal()
    docs = np.flatnonzero(sel.matched)
    addressee = gen.facets["addressee"]
    codes = addressee.first[docs]
    rows = [_row(addressee.values[code] if code >= 0 else "(inconnu)", docs[codes == code], gen, today_n)
            for code in np.unique(codes).tolist()]
    key = {
        "questions": lambda r: (-r.questions, r.addressee),
        "answered_pct": lambda r: (-r.answered_pct, r.addressee),
        "median_days": lambda r: (-(r.median_days or -1), r.addressee),
        "p90_days": lambda r: (-(r.p90_days if r.p90_days is not None else -1), r.addressee),
        "overdue": lambda r: (-r.overdue, r.addressee),
        "oldest_pending": lambda r: (r.oldest_pending_since or "9999", r.addressee),  # longest waiting first
        "addressee": lambda r: r.addressee.lower(),
    }.get(sort, lambda r: (-r.questions, r.addressee))
    rows.sort(key=key)
    overall = _row("(tous)", docs, gen, today_n)
    return StatsPage(int(docs.size), rows, overall, round((time.perf_counter() - started) * 1000, 1))


def _row(name: str, docs: np.ndarray, gen, today_n: int) -> AddresseeStats:
    status = gen.facets["status"]
    code = {v: i for i, v in enumerate(status.values)}
    st = status.first[docs]
    delays = np.sort(gen.delay[docs][gen.delay[docs] >= 0])
    pending = docs[st == code.get("pending", -2)]
    overdue = int(((gen.due[pending] > 0) & (gen.due[pending] < today_n)).sum())
    oldest = None
    if pending.size:
        order = np.lexsort((pending, gen.asked_on[pending]))
        oldest = int(pending[order[0]])
    answered = int((st == code.get("answered", -2)).sum())
    n = int(docs.size)
    return AddresseeStats(
        addressee=name, questions=n, answered=answered,
        answered_pct=round(100.0 * answered / n, 1) if n else 0.0,
        median_days=float(statistics.median(delays.tolist())) if delays.size else None,
        p90_days=int(delays[math.ceil(0.9 * delays.size) - 1]) if delays.size else None,
        overdue=overdue,
        oldest_pending=gen.id_of(oldest) if oldest is not None else None,
        oldest_pending_since=date.fromordinal(int(gen.asked_on[oldest])).isoformat() if oldest is not None else None,
    )


def overview(engine: Engine) -> Overview:
    """What the index holds, for the home page: worked out once per generation."""
    gen = engine.generation()
    found = gen.memo.get("overview")
    if found is None:
        live = np.flatnonzero(gen.live)
        asked = gen.asked_on[live]
        asked = asked[asked > 0]
        status = gen.facets["status"]
        answered = int(status.count(gen.live, live)[status.values.index("answered")]) \
            if "answered" in status.values else 0
        updated = date.fromtimestamp(gen.path.stat().st_mtime)
        found = Overview(int(live.size), date.fromordinal(int(asked.min())).isoformat() if asked.size else None,
                         date.fromordinal(int(asked.max())).isoformat() if asked.size else None,
                         round(100 * answered / live.size, 1) if live.size else 0.0, updated.isoformat())
        gen.memo["overview"] = found
    return found
