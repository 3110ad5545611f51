"""The federal governments and who held each portfolio when, from public composition tables.

`governments.csv`: each government with its dates (a government is in office from its start to
the next one's start, caretaker months included) and the page its dates come from.
`holders.csv`: who held a portfolio at a level (minister: prime minister, deputy prime minister
or minister; or state secretary), from when to when, with the page each row comes from. A row
may name a co-holder (`shared_with`) where two members of one government held the same
portfolio at once (two deputy prime ministers for Institutional Reforms). Where no source
said when a member left, the row stops at the last change its source names: the table knows
less, rather than something wrong. tests/ministries/test_governments.py checks the table itself.
"""
from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

GOVERNMENTS = Path(__file__).with_name("governments.csv")
HOLDERS = Path(__file__).with_name("holders.csv")
LEVELS = ("minister", "state_secretary")


@dataclass(frozen=True)
class Government:
    code: str
    name: str
    start: date
    end: Optional[date]  # None: in office
    source: str


@dataclass(frozen=True)
class Holder:
    government: str
    portfolio: str
    level: str
    name: str
    party: str
    start: date
    end: Optional[date]
    shared_with: str
    source: str

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def _day(text: str) -> Optional[date]:
    return date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def governments() -> tuple[Government, ...]:
    """Every government, oldest first."""
    with open(GOVERNMENTS, encoding="utf-8", newline="") as f:
        rows = [Government(r["code"], r["name"], _day(r["start"]), _day(r["end"]), r["source"]) for r in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda g: g.start))


@lru_cache(maxsize=1)
def holders() -> tuple[Holder, ...]:
    with open(HOLDERS, encoding="utf-8", newline="") as f:
        return tuple(Holder(r["government"], r["portfolio"], r["level"], r["name"], r["party"], _day(r["start"]),
                            _day(r["end"]), r["shared_with"], r["source"]) for r in csv.DictReader(f))


@lru_cache(maxsize=1)
def _by_portfolio() -> dict[tuple[str, str], tuple[Holder, ...]]:
    out: dict[tuple[str, str], list[Holder]] = {}
    for h in holders():
        out.setdefault((h.portfolio, h.level), []).append(h)
    return {k: tuple(sorted(v, key=lambda h: h.start)) for k, v in out.items()}


def government_on(day: Optional[date]) -> Optional[Government]:
    """The government in office on `day` (None before the first the table knows, or for no day)."""
    if day is None:
        return None
    found = governments()
    i = bisect.bisect_right([g.start for g in found], day) - 1
    if i < 0:
        return None
    government = found[i]
    return government if government.end is None or day < government.end else None


def by_code(code: str) -> Optional[Government]:
    return next((g for g in governments() if g.code == code), None)


def level_of(rank: Optional[str]) -> Optional[str]:
    """The level a title's rank sits at: a state secretary's, or a minister's (prime minister included)."""
    if rank is None:
        return None
    return "state_secretary" if rank == "state_secretary" else "minister"


def holders_on(day: Optional[date], portfolios, rank: Optional[str]) -> list[str]:
    """Who held these portfolios at this rank's level on `day`, where the table knows it."""
    level = level_of(rank)
    if day is None or level is None:
        return []
    names = []
    for code in portfolios:
        names += [h.name for h in _by_portfolio().get((code, level), ()) if h.holds(day)]
    return list(dict.fromkeys(names))
