"""A page per ministry and per senator: what a portfolio or an author asked and answered, over time.

`ministry_view(engine, code)`: the titles a portfolio went by and when, who held it (from the
holders table, with their questions), questions per year, answered share and delays per
government, its most frequent descriptors, its latest questions and its oldest unanswered ones.
`author_view(engine, slug)`: an author's party, legislatures, questions per year, the ministries
they asked most, answered share, descriptors and latest questions.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Optional

import numpy as np

from ..facets import FacetValue
from ..ministries import governments as govs
from ..ministries import portfolios as ports
from ..text.bilingual import language_of
from ..text.fold import fold_key
from .engine import Engine
from .request import SearchRequest, normalize, selection
from .results import AddresseeStats, Result
from .search import search
from .stats import statistics_for

LATEST = 5


@dataclass(frozen=True)
class MinistryView:
    code: str
    labels: dict  # {"fr": …, "nl": …}
    questions: int
    overall: AddresseeStats  # questions, answered share, delays, overdue
    titles: list  # {"fr", "nl", "values", "first", "last", "questions"}: a title in both languages, the latest first
    holders: list  # [name, party, government, start, end, level, questions], oldest first
    per_year: list[FacetValue]
    per_government: list[AddresseeStats]  # oldest first
    descriptors: list[FacetValue]
    latest: list[Result]
    oldest_pending: list[Result]

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class AuthorView:
    name: str
    slug: str
    party: Optional[str]  # on their latest question
    parties: list[FacetValue]
    legislatures: list[FacetValue]
    questions: int
    overall: AddresseeStats
    per_year: list[FacetValue]
    portfolios: list[FacetValue]  # the ministries they asked most
    descriptors: list[FacetValue]
    latest: list[Result] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def author_slug(name: str) -> str:
    """`Martine Taelman` -> `martine-taelman`: an author's name in a URL."""
    return "-".join(fold_key(name).replace("'", " ").replace("-", " ").split())


def ministry_view(engine: Engine, code: str, today: Optional[date] = None) -> Optional[MinistryView]:
    """A portfolio's page; None for a code the table lacks."""
    portfolio = ports.table().get(code)
    if portfolio is None:
        return None
    only = {"portfolio": [code]}
    page = search(engine, SearchRequest(filters=only, sort="newest", size=LATEST, facet_limit=500))
    pending = search(engine, SearchRequest(filters={**only, "status": ["pending"]}, sort="oldest", size=LATEST))
    per_government = statistics_for(engine, SearchRequest(filters=only), by="government", today=today)
    order = {g.code: i for i, g in enumerate(govs.governments())}
    rows = sorted((r for r in per_government.rows if r.value), key=lambda r: order.get(r.value, -1))
    gen = engine.generation()
    matched = selection(gen, normalize(SearchRequest(filters=only, budget=0))).matched
    docs = np.flatnonzero(matched)
    holders = [[h.name, h.party, h.government, h.start.isoformat(), h.end.isoformat() if h.end else None, h.level,
                _held(gen, matched, h)] for h in govs.offices() if code in h.portfolios]
    return MinistryView(code, {"fr": portfolio.fr, "nl": portfolio.nl}, page.questions, per_government.overall,
                        _title_spans(gen, docs), holders, page.facets["year"], rows, page.facets["descriptors"][:15],
                        page.results, pending.results)


def _held(gen, matched: np.ndarray, holder) -> int:
    """The questions of `matched` that `holder` answered for in their period."""
    mask = matched & gen.facets["holder"].having({holder.name}, gen.size)
    mask &= gen.asked_on >= holder.start.toordinal()
    if holder.end is not None:
        mask &= gen.asked_on < holder.end.toordinal()
    return int(mask.sum())


def _title_spans(gen, docs: np.ndarray) -> list[dict]:
    """The titles among `docs`, the latest used first: {"fr", "nl": the wording in each language (None where
    the index has none), "values": the addressee values, "first", "last": asked, "questions"}. A French and a
    Dutch wording of one title (the same portfolios and rank) are one entry."""
    titles = gen.facets["addressee"]
    codes = titles.first[docs]
    spans = []
    for code in np.unique(codes[codes >= 0]).tolist():
        asked = gen.asked_on[docs[codes == code]]
        asked = asked[asked > 0]
        if asked.size:
            title = titles.values[code]
            reading = ports.read_title(title)
            spans.append({"title": title, "language": language_of(title), "key": (reading.portfolios, reading.rank),
                          "first": int(asked.min()), "last": int(asked.max()), "questions": int((codes == code).sum())})
    out: list[dict] = []
    for span in sorted(spans, key=lambda s: -s["questions"]):
        twin = next((e for e in out if e["key"] == span["key"] and e[span["language"]] is None), None)
        if twin is None:
            out.append({"fr": None, "nl": None, "values": [], "key": span["key"], "first": span["first"],
                        "last": span["last"], "questions": 0})
            twin = out[-1]
        twin[span["language"]] = span["title"]
        twin["values"].append(span["title"])
        twin["first"], twin["last"] = min(twin["first"], span["first"]), max(twin["last"], span["last"])
        twin["questions"] += span["questions"]
    for entry in out:
        del entry["key"]
        entry["first"], entry["last"] = (date.fromordinal(entry[k]).isoformat() for k in ("first", "last"))
    return sorted(out, key=lambda e: e["last"], reverse=True)


def author_view(engine: Engine, slug: str, today: Optional[date] = None) -> Optional[AuthorView]:
    """An author's page; None for a slug no author of the index has."""
    gen = engine.generation()
    names = gen.cached("author-slugs", lambda: {author_slug(v): v for v in gen.facets["author"].values})
    name = names.get(slug)
    if name is None:
        return None
    only = {"author": [name]}
    page = search(engine, SearchRequest(filters=only, sort="newest", size=LATEST, facet_limit=500))
    overall = statistics_for(engine, SearchRequest(filters=only), by="portfolio", today=today).overall
    party = page.results[0].party if page.results else None
    return AuthorView(name, slug, party, page.facets["party"], page.facets["legislature"], page.questions, overall,
                      page.facets["year"], page.facets["portfolio"][:10], page.facets["descriptors"][:15],
                      page.results)
