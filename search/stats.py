"""Per-addressee statistics over the questions a search selects."""
from __future__ import annotations

import math
import statistics
import time
from dataclasses import asdict, dataclass
from datetime import date
from typing import Optional

from .engine import Engine
from .searcher import SearchRequest, matching, normalize

STAT_SORTS = ("questions", "answered_pct", "median_days", "overdue", "addressee")


@dataclass
class AddresseeStats:
    addressee: str
    questions: int
    answered: int
    answered_pct: float
    median_days: Optional[float]  # question to answer, answered questions only
    p90_days: Optional[int]  # nearest-rank 90th percentile
    overdue: int  # still pending past their deadline
    oldest_pending: Optional[str]  # id of the longest-waiting pending question
    oldest_pending_since: Optional[str]


@dataclass
class StatsPage:
    total: int
    rows: list[AddresseeStats]
    overall: AddresseeStats
    took_ms: float

    def to_json(self) -> dict:
        return asdict(self)


def statistics_for(engine: Engine, req: SearchRequest, sort: str = "questions",
                   today: Optional[date] = None) -> StatsPage:
    """Statistics of the questions that `req` (query, facets, dates) selects."""
    started = time.perf_counter()
    req = normalize(req)
    *_, matched, (gen, qs, ps, cols) = matching(engine, req)
    today_n = (today or date.today()).toordinal()
    by_addressee: dict[str, list[int]] = {}
    for d in matched:
        for value in cols.values["addressee"][d] or ("(inconnu)",):
            by_addressee.setdefault(value, []).append(d)
    rows = [_row(name, docs, cols, today_n) for name, docs in by_addressee.items()]
    key = {
        "questions": lambda r: (-r.questions, r.addressee),
        "answered_pct": lambda r: (-r.answered_pct, r.addressee),
        "median_days": lambda r: (-(r.median_days or -1), r.addressee),
        "overdue": lambda r: (-r.overdue, r.addressee),
        "addressee": lambda r: r.addressee.lower(),
    }.get(sort, lambda r: (-r.questions, r.addressee))
    rows.sort(key=key)
    overall = _row("(tous)", list(matched), cols, today_n)
    return StatsPage(len(matched), rows, overall, round((time.perf_counter() - started) * 1000, 1))


def _row(name: str, docs: list[int], cols, today_n: int) -> AddresseeStats:
    status = cols.values["status"]
    delays = sorted(cols.delay[d] for d in docs if cols.delay[d] >= 0)
    pending = [d for d in docs if status[d] == ("pending",)]
    overdue = sum(1 for d in pending if 0 < cols.due[d] < today_n)
    oldest = min(pending, key=lambda d: (cols.asked_on[d], cols.ids[d]), default=None)
    answered = sum(1 for d in docs if status[d] == ("answered",))
    return AddresseeStats(
        addressee=name, questions=len(docs), answered=answered,
        answered_pct=round(100.0 * answered / len(docs), 1) if docs else 0.0,
        median_days=statistics.median(delays) if delays else None,
        p90_days=delays[math.ceil(0.9 * len(delays)) - 1] if delays else None,
        overdue=overdue,
        oldest_pending=cols.ids[oldest] if oldest is not None else None,
        oldest_pending_since=date.fromordinal(cols.asked_on[oldest]).isoformat() if oldest is not None else None,
    )
