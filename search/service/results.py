"""Plain data returned by the library: what the web page, the API and the CLI render. Frozen: a page
is built once, on the way back up, and never changed."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

from ..facets import FacetValue


@dataclass(frozen=True)
class Snippet:
    position: int
    part: str  # "question" | "answer"
    html: str  # escaped text with <mark> around matched words
    anchor: str  # "p-3": the passage on the question page


@dataclass(frozen=True)
class Sibling:
    id: str
    addressee: Optional[str]
    status: Optional[str]
    answered_on: Optional[str]
    indexed: bool
    matched: bool = False  # it matched the search too (folded into this result)


@dataclass(frozen=True)
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
    language: str = "fr"  # the language of title, addressee and descriptors
    other_language: Optional[dict] = None  # the same in the other language, when the index has it
    missing: list[str] = field(default_factory=list)  # words of the query it lacks (after the `all_words` first)
    subject: list[str] = field(default_factory=list)  # it holds none of them: the descriptors that brought it
    related: bool = False  # it holds none of them, but several words the best results share (search.widening.feedback)
    portfolios: list[str] = field(default_factory=list)  # the addressee's portfolios (codes: search.ministries)
    rank: Optional[str] = None  # the addressee's rank
    government: Optional[str] = None  # the government in office the day it was asked (a code)
    holders: list[str] = field(default_factory=list)  # the person its addressee's title named that day, where known
    concerns: list[str] = field(default_factory=list)  # of `portfolios`, those it is about (search.indexer.concerns)
    first_seen: Optional[str] = None  # when an update first brought it (ISO 8601, UTC; search.indexer.history)
    status_since: Optional[str] = None  # when an update brought its present status (None: before records began)


@dataclass(frozen=True)
class Alternative:
    """A search to try instead of one that found nothing: the query without one of its words."""
    dropped: str
    query: str
    total: int  # results it finds


@dataclass(frozen=True)
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
    partial: bool = False  # the time budget ran out: the results are what was found by then
    all_words: Optional[int] = None  # results holding every word of the query (None: it has no words)
    same_subject: list[str] = field(default_factory=list)  # descriptors that brought the last results in
    suggestion: Optional[str] = None  # the query with its misspelled words corrected: "did you mean"
    corrected_from: Optional[str] = None  # the query typed, when these are the results of its correction
    without_one_word: list[Alternative] = field(default_factory=list)  # none holds every word: the query less a word, and finds

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class RelatedQuestion:
    id: str
    relation: str  # a link relation, "cited_by", or "similar"
    kind: str
    indexed: bool
    title: Optional[str] = None
    addressee: Optional[str] = None
    status: Optional[str] = None
    asked_on: Optional[str] = None
    shared_descriptors: tuple = ()  # a similar question: the descriptors both are filed under
    shared_words: tuple = ()  # a similar question: the telling words of this one it holds too


@dataclass(frozen=True)
class PassageView:
    position: int
    part: str
    html: str
    anchor: str
    matched: bool
    language: str = "fr"


@dataclass(frozen=True)
class QuestionView:
    record: dict
    passages: list[PassageView]
    siblings: list[Sibling]
    related: list[RelatedQuestion]  # typed links both ways, then similar questions
    official_url: str  # the French web page on senate.be
    deadline_missed: Optional[bool]  # None when there was no deadline
    days_open: Optional[int]  # days to the answer, or so far when still pending
    official_urls: dict = field(default_factory=dict)  # language -> the web page on senate.be
    government: Optional[str] = None  # the government in office the day it was asked (a code)
    holders: list[str] = field(default_factory=list)  # the person its addressee's title named that day, where known
    legislature_end: Optional[str] = None  # for a question that lapsed with its legislature: the day it ended
    concerns: list[str] = field(default_factory=list)  # the ministries it concerns, of its title's portfolios
    first_seen: Optional[str] = None  # when an update of this index first held it (None: before records began)
    status_since: Optional[str] = None  # when an update brought its present status (search.indexer.history)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class AddresseeStats:
    addressee: str  # the row's value: a portfolio code, a government code, a holder, a title; "(inconnu)" for none
    questions: int
    answered: int
    answered_pct: float
    median_days: Optional[float]  # question to answer, answered questions only
    p90_days: Optional[int]  # nearest-rank 90th percentile
    overdue: int  # still pending past their deadline
    oldest_pending: Optional[str]  # id of the longest-waiting pending question
    oldest_pending_since: Optional[str]
    value: Optional[str] = None  # the facet value (None: questions without one)
    titles: list = field(default_factory=list)  # a portfolio's or a government's rows: [title, questions], most first
    holders: list = field(default_factory=list)  # [holder, questions], most first


@dataclass(frozen=True)
class StatsPage:
    total: int
    rows: list[AddresseeStats]
    overall: AddresseeStats
    took_ms: float
    by: str = "portfolio"  # what a row is: portfolio, government, holder or title
    unmapped: list = field(default_factory=list)  # [title, questions, a file]: titles no portfolio of the table names

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Overview:
    """What the index holds: the home page's first lines."""
    questions: int
    first_asked: Optional[str]
    last_asked: Optional[str]
    answered_pct: float
    updated: str  # the day the live generation was published

    def to_json(self) -> dict:
        return asdict(self)
