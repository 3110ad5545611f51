"""Shapes the library's results for templates: labels in the page's language, dates and
numbers formatted for it, URLs, chips, charts.

Templates only loop and print; every decision is taken here, in Python. Labels are
lazy gettext strings: they are translated when a page prints them, in that page's language.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional
from urllib.parse import urlencode

from flask_babel import format_date, format_decimal, format_percent, get_locale, lazy_gettext as _l
from markupsafe import Markup

from search.api import (language_leaning as leaning, FACET_BY_NAME, FACET_NAMES, FACETS, STAT_BYS, author_slug, event_key, official_url,
                        record_in_language, translated_values, visible)

from .languages import NAMES as LANGUAGE_NAMES, current as language, href, switch

FACET_ORDER = tuple(f.name for f in FACETS if f.sidebar)  # the sidebar shows them in the table's order
SORT_LABELS = {"relevance": _l("pertinence"), "newest": _l("plus récentes"), "oldest": _l("plus anciennes"),
               "delay": _l("délai de réponse le plus long"), "answered": _l("réponses les plus récentes")}
RELATION_LABELS = {
    "reintroduced_as": _l("Réintroduite comme"), "reintroduction_of": _l("Réintroduction de"),
    "requalified_as": _l("Requalifiée en"), "requalified_from": _l("Requalification de"),
    "similar_also_asked_to": _l("Question similaire aussi posée à"), "linked_to": _l("Lien avec"),
    "cites": _l("Cite"), "cited_by": _l("Citée par"), "similar": _l("Questions similaires"),
}
RELATED_HEADINGS = {  # search.api.RELATED_GROUPS's headings
    "Réintroductions": _l("Réintroductions"), "Requalifications": _l("Requalifications"),
    "Questions citées": _l("Questions citées"), "Citée par": _l("Citée par"),
    "Questions liées": _l("Questions liées"), "Questions similaires": _l("Questions similaires"),
}
EVENT_LABELS = {  # search.ingest.rules.event_label's folded French names, French and Dutch pages alike
    "envoi question": _l("Envoi question"), "reponse": _l("Réponse"),
    "reponse complementaire": _l("Réponse complémentaire"), "reponse provisoire": _l("Réponse provisoire"),
    "rappel": _l("Rappel"), "requalification": _l("Requalification"), "dossier cloture": _l("Dossier clôturé"),
    "fin de la legislature": _l("Fin de la législature"), "retrait question": _l("Retrait question"),
}
KIND_LABELS = {"question écrite": _l("question écrite"), "question orale": _l("question orale"),
               "demande d'explications": _l("demande d'explications")}
VISIBLE_FACET_VALUES = 8
ALL_VALUES = 10_000  # search.api.MAX_FACET_LIMIT: "every value" of a facet


# -- formatting for the page's language -----------------------------------------------

def day(value) -> str:
    """30 avril 2013 / 30 april 2013, 1er mai 2013 / 1 mei 2013; '' for none."""
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    elif isinstance(value, datetime):
        value = value.date()
    text = format_date(value, format="long")
    if value.day == 1 and language() == "fr":  # French writes the first of the month as an ordinal
        text = text.replace("1 ", "1er ", 1)
    return text


def number(value) -> str:
    """12 345 / 12.345 (a whole number under 1,000 is the same in every language: the sidebar prints hundreds)."""
    if isinstance(value, int) and -1000 < value < 1000:
        return str(value)
    return format_decimal(value)


def percent(value: Optional[float]) -> str:
    """71,4 % / 71,4% from 71.43: one decimal at most, the locale's sign and spacing."""
    if value is None:
        return "-"
    pattern = get_locale().percent_formats[None].pattern.replace("#,##0", "#,##0.#", 1)
    return format_percent(round(value, 1) / 100, format=pattern)


def facet_label(facet: str) -> str:
    """A facet's heading in the page's language (search.facets holds it)."""
    return FACET_BY_NAME[facet].label[language()] if facet in FACET_BY_NAME else facet


def value_label(facet: str, value: str) -> str:
    """A closed value's label in the page's language: a status, a language, a rendering."""
    return FACET_BY_NAME[facet].value_label(value, language()) if facet in FACET_BY_NAME else value


def markup(html: str) -> Markup:
    """The one place where the library's escaped HTML (snippets, passages) becomes markup for templates."""
    return Markup(html)


def value_labels(facet: str, values) -> dict[str, str]:
    """The labels of `values` (FacetValues or strings): translated statuses, and addressees and descriptors
    in the page's language when the index has the question in that language."""
    from flask import current_app

    names = [getattr(v, "value", v) for v in values]
    found = translated_values(current_app.extensions["search_engine"], facet, names, language())
    return {v: found.get(v) or value_label(facet, v) for v in names}


def descriptor_list(names: list[str]) -> str:
    """« a », « b » : descriptors in the page's language, quoted, for a sentence."""
    labels = value_labels("descriptors", names)
    return ", ".join(f"« {labels[n]} »" if language() == "fr" else f"‘{labels[n]}’" for n in names)


def event(e: dict) -> str:
    return str(EVENT_LABELS.get(event_key(e["label"]), e["label"]))


def official(qid: str) -> str:
    """The question's page on senate.be, in the page's language."""
    return official_url(qid, language())


def in_language(rec: dict) -> dict:
    """title, addressee and descriptors [(facet value, label)] of a record or result in the
    page's language when the index has them, and the language they are in."""
    if not isinstance(rec, dict):
        rec = vars(rec)
    shown = record_in_language(rec, language())
    return {"language": shown["language"], "title": shown["title"], "addressee": shown.get("addressee"),
            "descriptors": list(zip(rec.get("descriptors") or [], shown.get("descriptors") or []))}


def versions(view) -> tuple[str, list, Optional[str], list]:
    """The question page's bodies: (language, passages) shown first (the page's language when
    the index has it), then the other language's, side by side on a wide screen."""
    by_language: dict[str, list] = {}
    for passage in view.passages:
        by_language.setdefault(passage.language, []).append(passage)
    first = language() if language() in by_language else view.record.get("language", "fr")
    others = [code for code in by_language if code != first]
    second = others[0] if others else None
    return first, by_language.get(first, []), second, by_language.get(second, []) if second else []


def examples(page) -> list[str]:
    """Three searches that find something in this index: two of its most frequent descriptors, in the page's
    language where the index has them in it, and its pending (or else answered) questions, written with the
    page language's field names and words."""
    lang = language()
    frequent = page.facets.get("descriptors", [])[:20]
    labels = value_labels("descriptors", frequent)
    own = [v for v in frequent if (leaning(labels[v.value]) > 0) == (lang == "fr")]  # spelt like the page's language
    word = FACET_BY_NAME["descriptors"].word(lang)
    out = [f'{word}:"{labels[v.value]}"' for v in (own or frequent)[:2]]
    statuses = {v.value: v.count for v in page.facets.get("status", [])}
    for status in ("pending", "answered"):
        if statuses.get(status):
            out.append(f'{FACET_BY_NAME["status"].word(lang)}:{value_label("status", status).replace(" ", "-")}')
            break
    return out[:3]


# -- URLs ------------------------------------------------------------------------------

def state_args(args) -> list[tuple[str, str]]:
    """The search state of a request, as (name, value) pairs, in a stable order."""
    keep = ("q", *FACET_NAMES, "from", "to", "sort", "spell")
    pairs = []
    for name in keep:
        for value in args.getlist(name):
            if value:
                pairs.append((name, value))
    return pairs


def url(path: str, pairs: list[tuple[str, str]], **changes) -> str:
    """`path?` in the page's language with `pairs`, minus names set to None in `changes`, plus the others."""
    out = [(k, v) for k, v in pairs if k not in changes]
    for key, value in changes.items():
        if value is None:
            continue
        out += [(key, v) for v in value] if isinstance(value, list) else [(key, str(value))]
    return href(path) + ("?" + urlencode(out) if out else "")


def question_url(qid: str, query: str = "", anchor: str = "") -> str:
    return href(f"/question/{qid}") + ("?" + urlencode({"q": query}) if query else "") + (f"#{anchor}" if anchor else "")


def switches() -> list[tuple[str, str, str, bool]]:
    """The language switch: (code, name, this page in that language, is the current one)."""
    return [(code, name, switch(code), code == language()) for code, name in LANGUAGE_NAMES.items()]


@dataclass
class Chip:
    label: str
    remove_url: str


def sections(results) -> list[tuple[str, list]]:
    """A page's results in runs of one kind, in the page's order: every word ("all"), part of the words
    ("part"), the same subject ("same"), words the best results share ("related")."""
    out: list[tuple[str, list]] = []
    for r in results:
        kind = "related" if r.related else "same" if r.subject else "part" if r.missing else "all"
        if out and out[-1][0] == kind:
            out[-1][1].append(r)
        else:
            out.append((kind, [r]))
    return out


def facet_values(values, limit: int) -> tuple[list, bool]:
    """The values a facet shows (the `limit` most frequent, and every selected one) and whether it has more."""
    others = [v for v in values if not v.selected]
    shown = set(id(v) for v in others[:limit])
    return [v for v in values if v.selected or id(v) in shown], len(others) > limit


def chips(pairs: list[tuple[str, str]]) -> list[Chip]:
    """Active filters, each with the URL that removes it."""
    out = []
    for name, value in pairs:
        if name in FACET_NAMES or name in ("from", "to"):
            label = {"from": _l("depuis"), "to": _l("jusqu'à")}.get(name) or facet_label(name)
            rest = [(k, v) for k, v in pairs if (k, v) != (name, value) and k != "page"]
            shown = value_labels(name, [value])[value] if name in FACET_NAMES else value  # in the page's language
            out.append(Chip(f"{label} : {shown}", url("/", rest)))
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


# -- ministries, governments, authors -----------------------------------------------------

def row_labels(by: str, values) -> dict:
    """The labels of statistics rows grouped `by` a facet (search.api.STAT_BYS), in the page's language."""
    facet = STAT_BYS.get(by, by)
    return value_labels(facet, [v for v in values if v is not None]) if facet in FACET_NAMES else {v: v for v in values}


def ministry_url(code: str) -> str:
    """A ministry's page, under the page language's word for it."""
    return href(("/ministerie/" if language() == "nl" else "/ministere/") + code)


def author_url(name: Optional[str]) -> str:
    return href("/auteur/" + author_slug(name)) if name else ""


def labelled(data):
    """JSON of the library's results with each portfolio and government code given its label in the page's
    language (`{"code": "justice", "label": "Justitie"}`), and each statistics row its label."""
    if isinstance(data, list):
        return [labelled(item) for item in data]
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        if key in ("portfolios", "concerns") and isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[key] = [{"code": v, "label": value_label("portfolio", v)} for v in value]
        elif key == "government" and isinstance(value, str):
            out[key] = {"code": value, "label": value_label("government", value)}
        else:
            out[key] = labelled(value)
    if "by" in data and isinstance(data.get("rows"), list):
        names = row_labels(data["by"], [r.get("value") for r in data["rows"]])
        for row in out["rows"]:
            row["label"] = names.get(row.get("value"), row.get("addressee"))
    return out
