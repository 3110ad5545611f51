"""The Senate's legislatures and when each ended, from public sources (legislatures.csv).

A question of a legislature that has ended, with no answer, will never get one: it lapsed with
the legislature ("no answer before the end of the legislature"), whatever its page prints. Most
pages of an ended legislature print no "Fin de la législature" event, so the project must know the
dates itself. Each row names its source and says where a date is the one real pages print.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

TABLE = Path(__file__).with_name("legislatures.csv")


@dataclass(frozen=True)
class Legislature:
    number: int
    start: Optional[date]
    end: Optional[date]  # None: in session
    source: str
    note: str


def _day(text: str) -> Optional[date]:
    return date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def legislatures() -> dict[int, Legislature]:
    with open(TABLE, encoding="utf-8", newline="") as f:
        rows = [Legislature(int(r["legislature"]), _day(r["start"]), _day(r["end"]), r["source"], r["note"])
                for r in csv.DictReader(f)]
    return {r.number: r for r in rows}


def ended(number: Optional[int]) -> bool:
    """Whether a legislature has ended: one the table gives an end, or any before the first it knows."""
    if number is None:
        return False
    table = legislatures()
    if number in table:
        return table[number].end is not None
    return number < min(table)


def end_of(number: Optional[int]) -> Optional[date]:
    found = legislatures().get(number) if number is not None else None
    return found.end if found else None
