"""Plain data returned by the library: what the web page, the API and the CLI render."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass
class Snippet:
    position: int
    part: str  # "question" | "answer"
    html: str  # escaped text with <mark> around matched words
    anchor: str  # "p-3": the passage on the question page


@dataclass
class Sibling:
    id: str
    addressee: Optional[str]
    status: Optional[str]
    answered_on: Optional[str]
    indexed: bool
    matched: bool = False  # it matched the search too (folded into this result)


@dataclass
class Result:
    id: str
    title: str
    author: Optional[str]
    party: Optional[str]
    addressee: Optional[str]
    asked_on: Optional[str]
    answered_on: Optional[str]
    answer_due: Optional[str]
    status: str
    legislature: int
    descriptors: list[str]
    delay: Optional[int]
    score: float
    matching_passages: int
    snippets: list[Snippet] = field(default_factory=list)
    siblings: list[Sibling] = field(default_factory=list)


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass
class SearchPage:
    query: str
    total: int  # results, siblings folded into one
    questions: int  # questions matched, siblings counted one by one
    page: int
    size: int
    pages: int
    sort: str
    results: list[Result]
    facets: dict[str, list[FacetValue]]
    filters: dict[str, list[str]]
    date_from: Optional[str]
    date_to: Optional[str]
    took_ms: float
    redirect: Optional[str] = None  # a question number typed alone: go to that question

    def to_json(self) -> dict:
        return asdict(self)
