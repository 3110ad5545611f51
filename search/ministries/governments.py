"""The federal governments and their offices: who held which office, covering which portfolios, when.

`governments.csv`: each government with its dates (a government is in office from its start to
the next one's start, caretaker months included) and the page its dates come from.
`offices.csv`: one row per office and holder: the government, the person and their party, the
rank (prime minister, deputy prime minister, minister, state secretary), the set of portfolios
the title covered (codes of portfolios.csv), from, to, the page the row comes from, and a note
where a date is not in that page. A reshuffle that changes an office's portfolios ends the row
and starts a new one. A question's holder is the one office in force on the day it was asked
whose portfolios and rank its addressee's title names (`holder_of`); a title naming part of an
office still finds it. Where no source said when a member left, the row stops at the last
change its source names: the table knows less, rather than something wrong, and the build
reports the questions it leaves without a holder. tests/ministries/test_governments.py checks
the table itself (no two holders of one office at once, no gap inside a government, a source
on every row).
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
OFFICES = Path(__file__).with_name("offices.csv")
LEVELS = ("minister", "state_secretary")
RANKS = ("prime_minister", "deputy_prime_minister", "minister", "state_secretary")


@dataclass(frozen=True)
class Government:
    code: str
    name: str
    start: date
    end: Optional[date]  # None: in office
    source: str


@dataclass(frozen=True)
class Office:
    """One person in one office: the portfolios their title covered, at a rank, from `start` to `end`."""
    government: str
    name: str
    party: str
    rank: str
    portfolios: tuple[str, ...]
    start: date
    end: Optional[date]  # None: in office
    source: str
    note: str = ""

    @property
    def level(self) -> str:
        return level_of(self.rank)

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
def offices() -> tuple[Office, ...]:
    """Every office of every government, oldest first."""
    with open(OFFICES, encoding="utf-8", newline="") as f:
        rows = [Office(r["government"], r["name"], r["party"], r["rank"],
                       tuple(p for p in r["portfolios"].split(";") if p), _day(r["start"]), _day(r["end"]),
                       r["source"], r.get("note") or "") for r in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda o: (o.start, o.government, o.name)))


@lru_cache(maxsize=1)
def _starts() -> tuple[list[date], tuple[Office, ...]]:
    found = offices()
    return [o.start for o in found], found


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


def offices_on(day: date) -> list[Office]:
    """The offices in force on `day`."""
    starts, found = _starts()
    return [o for o in found[:bisect.bisect_right(starts, day)] if o.holds(day)]


def holder_of(day: Optional[date], portfolios, rank: Optional[str]) -> list[Office]:
    """The office a title names on `day`: among the offices in force at the title's level (a
    state secretary's, or a minister's), the one covering most of the title's portfolios; of
    those, the one of the title's rank, then the one whose portfolios the title names the largest
    share of. One office, or none where the table knows none or cannot tell two apart; two only
    where the title names portfolios that no one office covers and two offices cover them all
    between them (a title addressed to two ministers)."""
    level = level_of(rank)
    wanted = set(portfolios or ())
    if day is None or level is None or not wanted:
        return []
    scored = []
    for office in offices_on(day):
        if office.level != level:
            continue
        shared = wanted & set(office.portfolios)
        if shared:
            scored.append((len(shared), office.rank == rank, len(shared) / len(office.portfolios), office))
    if not scored:
        return []
    scored.sort(key=lambda s: s[:3], reverse=True)
    best = scored[0]
    ties = [s for s in scored if s[:3] == best[:3]]
    if len(ties) > 1:
        return []  # two offices the title names alike: unknown rather than a guess
    covered = set(best[3].portfolios) & wanted
    if covered == wanted:
        return [best[3]]
    rest = [s for s in scored[1:] if (set(s[3].portfolios) & wanted) == wanted - covered]
    return [best[3], rest[0][3]] if len(rest) == 1 else [best[3]]


def holders_on(day: Optional[date], portfolios, rank: Optional[str]) -> list[str]:
    """The name of the person a title names on `day` (see `holder_of`), where the table knows it."""
    return [o.name for o in holder_of(day, portfolios, rank)]


def names() -> list[str]:
    """Every holder's name, once, in the table's order."""
    return list(dict.fromkeys(o.name for o in offices()))
