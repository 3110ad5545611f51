"""Statistics over the questions a search selects: per ministry (portfolio), per government, per holder
or per title as printed, with each row's titles and holders."""
from __future__ import annotations

import math
import statistics
import time
from datetime import date
from typing import Optional

import numpy as np

from ..ministries import governments as govs
from .engine import Engine
from ..errors import QueryError
from .choices import STAT_GROUPS, STAT_ORDERS
from .request import SearchRequest, normalize, selection
from .results import AddresseeStats, Overview, StatsPage

STAT_SORTS = STAT_ORDERS.codes  # questions, answered_pct, median_days, p90_days, overdue, oldest_pending, addressee
STAT_BYS = {"portfolio": "portfolio", "government": "government", "holder": "holder", "title": "addressee"}  # -> facet
UNKNOWN = "(inconnu)"


def stat_choices(by: str, order: str) -> tuple[str, str]:
    """The codes of a grouping and an order (a code, or its word in either language), or QueryError."""
    group, sort = STAT_GROUPS.read(by), STAT_ORDERS.read(order)
    if group is None:
        raise QueryError("regroupement inconnu « %(value)s » ; choix : %(known)s", value=by[:20], known=STAT_GROUPS.known())
    if sort is None:
        raise QueryError("ordre « %(value)s » inconnu ; choix : %(known)s", value=order[:20], known=STAT_ORDERS.known())
    return group, sort


def statistics_for(engine: Engine, req: SearchRequest, sort: str = "questions",
                   today: Optional[date] = None, by: str = "portfolio") -> StatsPage:
    """Statistics of the questions that `req` (query, facets, dates) selects, a row per value of `by`
    (a question with several portfolios counts in each)."""
    started = time.perf_counter()
    req = normalize(req)
    by, sort = stat_choices(by, sort)
    sel = selection(engine.generation(), req)
    gen, today_n = sel.gen, (today or date.today()).toordinal()
    docs = np.flatnonzero(sel.matched)
    column = gen.facets[STAT_BYS[by]]
    keep = sel.matched[column.doc]
    rows_of, vals = column.doc[keep], column.val[keep]
    rows = []
    for code in np.unique(vals).tolist():
        members = np.unique(rows_of[vals == code])
        rows.append(_row(column.values[code], members, gen, today_n, by))
    missing = np.setdiff1d(docs, rows_of, assume_unique=False)
    if missing.size:
        rows.append(_row(None, missing, gen, today_n, by))
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
    overall = _row("(tous)", docs, gen, today_n, by)
    return StatsPage(int(docs.size), rows, overall, round((time.perf_counter() - started) * 1000, 1), by,
                     unmapped_titles(gen, docs))


def unmapped_titles(gen, docs: np.ndarray) -> list[list]:
    """[title, questions, a file] for the titles among `docs` that name no portfolio of the table (which then
    needs a line: search/ministries/portfolios.csv), most frequent first."""
    none = docs[gen.facets["portfolio"].first[docs] < 0]
    titles = gen.facets["addressee"]
    found: dict[str, list] = {}
    for row in none.tolist():
        title = titles.value(row)
        if title:
            entry = found.setdefault(title, [title, 0, row])
            entry[1] += 1
    out = sorted(found.values(), key=lambda e: (-e[1], e[0]))
    return [[title, n, gen.record(row).get("source")] for title, n, row in out]


def _holders(gen, docs: np.ndarray, value: str, by: str) -> list[list]:
    """[holder, questions] among `docs`: for a portfolio's row, only those who held that portfolio (a question's
    holders are those of all its portfolios)."""
    found = _top(gen.facets["holder"], docs)
    if by != "portfolio":
        return found
    held = {o.name for o in govs.offices() if value in o.portfolios}
    return [entry for entry in found if entry[0] in held]


def _top(column, docs: np.ndarray, limit: int = 10) -> list[list]:
    """[value, questions] of a facet among `docs`, most first."""
    mask = np.zeros(column.first.size, dtype=bool)
    mask[docs] = True
    counts = column.count(mask, docs)
    order = np.argsort(-counts, kind="stable")
    return [[column.values[i], int(counts[i])] for i in order[:limit].tolist() if counts[i] > 0]


def _row(value: Optional[str], docs: np.ndarray, gen, today_n: int, by: str) -> AddresseeStats:
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
    drill = value is not None and value != "(tous)" and by in ("portfolio", "government")
    return AddresseeStats(
        addressee=value if value is not None else UNKNOWN, questions=n, answered=answered,
        answered_pct=round(100.0 * answered / n, 1) if n else 0.0,
        median_days=float(statistics.median(delays.tolist())) if delays.size else None,
        p90_days=int(delays[math.ceil(0.9 * delays.size) - 1]) if delays.size else None,
        overdue=overdue,
        oldest_pending=gen.id_of(oldest) if oldest is not None else None,
        oldest_pending_since=date.fromordinal(int(gen.asked_on[oldest])).isoformat() if oldest is not None else None,
        value=value if value != "(tous)" else None,
        titles=_top(gen.facets["addressee"], docs) if drill else [],
        holders=_holders(gen, docs, value, by) if drill else [],
    )


def overview(engine: Engine) -> Overview:
    """What the index holds, for the home page: worked out once per generation."""
    gen = engine.generation()
    return gen.cached("overview", lambda: _overview(gen))


def _overview(gen) -> Overview:
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
    return found
