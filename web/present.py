"""Shapes the library's results for templates: French labels, URLs, chips, charts.

Templates only loop and print; every decision is taken here, in Python.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlencode

from search.api import FACET_NAMES, FACETS

FACET_LABELS = {f.name: f.label for f in FACETS}
FACET_ORDER = tuple(f.name for f in FACETS if f.sidebar)  # the sidebar shows them in the table's order
STATUS_LABELS = {
    "answered": "répondue", "pending": "en attente", "lapsed": "caduque", "closed": "clôturée",
    "withdrawn": "retirée", "requalified": "requalifiée",
}
SORT_LABELS = {"relevance": "pertinence", "newest": "plus récentes", "oldest": "plus anciennes",
               "delay": "délai de réponse le plus long"}
RELATION_LABELS = {
    "reintroduced_as": "Réintroduite comme", "reintroduction_of": "Réintroduction de",
    "requalified_as": "Requalifiée en", "requalified_from": "Requalification de",
    "similar_also_asked_to": "Question similaire aussi posée à", "linked_to": "Lien avec",
    "cites": "Cite", "cited_by": "Citée par", "similar": "Questions similaires",
}
VISIBLE_FACET_VALUES = 8


LANGUAGE_LABELS = {"fr": "français", "nl": "néerlandais", "de": "allemand"}
RENDERING_LABELS = {"web": "page web", "print": "version imprimable", "bilingual": "version bilingue"}


def value_label(facet: str, value: str) -> str:
    labels = {"status": STATUS_LABELS, "language": LANGUAGE_LABELS, "rendering": RENDERING_LABELS}.get(facet, {})
    return labels.get(value, value)


def state_args(args) -> list[tuple[str, str]]:
    """The search state of a request, as (name, value) pairs, in a stable order."""
    keep = ("q", *FACET_NAMES, "from", "to", "sort")
    pairs = []
    for name in keep:
        for value in args.getlist(name):
            if value:
                pairs.append((name, value))
    return pairs


def url(path: str, pairs: list[tuple[str, str]], **changes) -> str:
    """`path?` with `pairs`, minus names set to None in `changes`, plus the others."""
    out = [(k, v) for k, v in pairs if k not in changes]
    for key, value in changes.items():
        if value is None:
            continue
        out += [(key, v) for v in value] if isinstance(value, list) else [(key, str(value))]
    return path + ("?" + urlencode(out) if out else "")


@dataclass
class Chip:
    label: str
    remove_url: str


def chips(pairs: list[tuple[str, str]]) -> list[Chip]:
    """Active filters, each with the URL that removes it."""
    out = []
    for name, value in pairs:
        if name in FACET_NAMES or name in ("from", "to"):
            label = {"from": "depuis", "to": "jusqu'à"}.get(name) or FACET_LABELS[name]
            rest = [(k, v) for k, v in pairs if (k, v) != (name, value) and k != "page"]
            out.append(Chip(f"{label} : {value_label(name, value)}", url("/", rest)))
    return out


@dataclass
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float
    href: str
    selected: bool


def year_histogram(values, pairs, width: int = 300, height: int = 90) -> list[Bar]:
    """Bars of questions per year (oldest left); a bar links to that year."""
    years = sorted(values, key=lambda v: v.value)
    if not years:
        return []
    top = max(v.count for v in years) or 1
    step = width / len(years)
    bars = []
    for i, v in enumerate(years):
        h = max(1.0, (height - 14) * v.count / top)
        rest = [(k, val) for k, val in pairs if k not in ("year", "page")]
        bars.append(Bar(v.value, v.count, round(i * step + 1, 1), round(height - 14 - h, 1),
                        round(max(step - 2, 1), 1), round(h, 1), url("/", rest, year=v.value), v.selected))
    return bars


def pages(current: int, last: int, pairs) -> list[tuple[Optional[int], str]]:
    """Page numbers around the current one, None for a gap, each with its URL."""
    wanted = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    out, previous = [], 0
    for n in wanted:
        if n - previous > 1:
            out.append((None, ""))
        out.append((n, url("/", [(k, v) for k, v in pairs if k != "page"], page=n)))
        previous = n
    return out


@dataclass
class HBar:
    label: str
    value: float
    text: str
    y: int
    width: float


def stat_charts(rows, top: int = 15, width: int = 220) -> dict[str, list[HBar]]:
    """Horizontal bars for the busiest addressees: % answered and median days to answer."""
    rows = sorted(rows, key=lambda r: -r.questions)[:top]
    longest = max((r.median_days or 0 for r in rows), default=0) or 1
    return {
        "answered": [HBar(r.addressee, r.answered_pct, f"{r.answered_pct:.0f} %", i * 22,
                          round(width * r.answered_pct / 100, 1)) for i, r in enumerate(rows)],
        "median": [HBar(r.addressee, r.median_days or 0, "-" if r.median_days is None else f"{r.median_days:.0f} j",
                        i * 22, round(width * (r.median_days or 0) / longest, 1)) for i, r in enumerate(rows)],
    }
