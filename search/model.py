"""The parsed record of one written question, as plain dataclasses."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Optional

from .ids import id_key

STATUSES = ("answered", "withdrawn", "requalified", "closed", "lapsed", "pending")

RELATIONS = (
    "also_asked_to",
    "reintroduced_as",
    "reintroduction_of",
    "requalified_from",
    "requalified_as",
    "similar_also_asked_to",
    "linked_to",
    "cites",
)


@dataclass(frozen=True)
class Event:
    date: date
    label: str


@dataclass(frozen=True)
class Link:
    relation: str
    kind: str
    id: str


@dataclass(frozen=True)
class Passage:
    part: str  # "question" | "answer"
    position: int  # 0-based, unique within the question (anchor #p-<position>)
    text: str
    language: Optional[str] = field(default=None, compare=False)  # set when renderings are merged


@dataclass
class Question:
    id: str
    legislature: int
    number: int
    author: Optional[str]
    party: Optional[str]
    asked_on: Optional[date]
    addressee: Optional[str]
    title: str
    descriptors: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    answer_due: Optional[date] = None
    answered_on: Optional[date] = None
    status: str = "pending"
    links: list[Link] = field(default_factory=list)
    original_language: Optional[str] = None
    question: str = ""
    answer: Optional[str] = None
    passages: list[Passage] = field(default_factory=list)
    language: str = "fr"  # the page's language (its URL's LANG); a bilingual page: that of its link lines
    rendering: str = "web"  # "web" | "print" | "bilingual"
    other_language: Optional[dict] = None  # a bilingual page: the other language's title, addressee, …
    portfolios: list[str] = field(default_factory=list)  # the addressee's portfolios (search.ministries codes)
    rank: Optional[str] = None  # the addressee's rank: prime_minister, deputy_prime_minister, minister, state_secretary
    incomplete: bool = False  # the page came without its question text (cut short, or served without it)
    # (French, Dutch) descriptors that name the same subject, learned where the renderings of the
    # question list both languages' descriptors one for one (not part of the record FORMAT.md describes)
    descriptor_pairs: list[tuple[str, str]] = field(default_factory=list, compare=False)

    @property
    def group(self) -> str:
        """Id shared by every "Aussi posée à" sibling: the lowest id of the group."""
        ids = {self.id} | {l.id for l in self.links if l.relation == "also_asked_to"}
        return min(ids, key=id_key)

    def to_json(self) -> dict:
        """The record of FORMAT.md: every key present, ISO dates, null/[] when absent. Built field by field
        (dataclasses.asdict deep-copies every passage first: a twelfth of a build, measured)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "descriptor_pairs"}
        for key in ("asked_on", "answer_due", "answered_on"):
            data[key] = _iso(data[key])
        data["descriptors"], data["portfolios"] = list(self.descriptors), list(self.portfolios)
        data["events"] = [{"date": _iso(e.date), "label": e.label} for e in self.events]
        data["links"] = [{"relation": l.relation, "kind": l.kind, "id": l.id} for l in self.links]
        data["passages"] = [{"part": p.part, "position": p.position, "text": p.text} for p in self.passages]
        data["other_language"] = copy.deepcopy(self.other_language)
        return data


def _iso(value: Optional[date]) -> Optional[str]:
    return value.isoformat() if value else None
