"""Chart geometry: the year histogram of a results page, the bars of the statistics page (plain SVG
numbers for the templates)."""
from __future__ import annotations

from dataclasses import dataclass


from .links import url
from .wording import number, percent, row_labels


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
    """Bars of questions per year (oldest left), a bar linking to its year; every year from the first to
    the last has its place on the axis, so a year without questions is a gap, not a missing slot."""
    years = sorted((v for v in values if v.value.isdigit()), key=lambda v: v.value)
    if not years:
        return []
    first, last = int(years[0].value), int(years[-1].value)
    top = max(v.count for v in years) or 1
    step = width / (last - first + 1)
    bars = []
    for v in years:
        i = int(v.value) - first
        h = max(1.0, (height - 14) * v.count / top)
        rest = [(k, val) for k, val in pairs if k not in ("year", "page")]
        bars.append(Bar(v.value, v.count, round(i * step + 1, 1), round(height - 14 - h, 1),
                        round(max(step - 2, 1), 1), round(h, 1), url("/", rest, year=v.value), v.selected))
    return bars


@dataclass
class HBar:
    label: str
    value: float
    text: str
    y: int
    width: float


def stat_charts(rows, by: str = "portfolio", top: int = 15, width: int = 220) -> dict[str, list[HBar]]:
    """Horizontal bars for the busiest rows: % answered and median days to answer, each with the row's
    short label in the page's language (a ministry's name, not a title cut in the middle)."""
    from flask_babel import gettext

    rows = sorted((r for r in rows if r.value is not None), key=lambda r: -r.questions)[:top]
    longest = max((r.median_days or 0 for r in rows), default=0) or 1
    labels = row_labels(by, [r.value for r in rows])
    return {
        "answered": [HBar(labels[r.value], r.answered_pct, percent(r.answered_pct), i * 22,
                          round(width * r.answered_pct / 100, 1)) for i, r in enumerate(rows)],
        "median": [HBar(labels[r.value], r.median_days or 0,
                        "-" if r.median_days is None else gettext("%(days)s j", days=number(round(r.median_days))),
                        i * 22, round(width * (r.median_days or 0) / longest, 1)) for i, r in enumerate(rows)],
    }

