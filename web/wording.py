"""Words and figures in the page's language: labels of facets, values, sorts, relations and events; dates,
numbers and percentages as the language writes them; a record's texts in the page's language; example searches.

Labels are lazy gettext strings: they are translated when a page prints them, in that page's language.
"""
from __future__ import annotations

import functools

from datetime import date, datetime
from typing import Optional

from babel.dates import format_date as babel_date
from babel.numbers import get_group_symbol
from flask_babel import format_decimal, format_percent, get_locale, lazy_gettext as _l
from markupsafe import Markup

from search.api import (language_leaning as leaning, FACET_BY_NAME, FACET_NAMES, STAT_BYS, event_key, record_in_language, translated_values)

from .languages import current as language


SORT_LABELS = {"relevance": _l("pertinence"), "newest": _l("plus récentes"), "oldest": _l("plus anciennes"),
               "delay": _l("délai de réponse le plus long"), "answered": _l("réponses les plus récentes"),
               "changed": _l("nouveautés (questions et réponses)")}


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


def day(value) -> str:
    """30 avril 2013 / 30 april 2013, 1er mai 2013 / 1 mei 2013; '' for none."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return _day(value if isinstance(value, str) else value.isoformat(), language())


@functools.lru_cache(maxsize=65536)
def _day(iso: str, language: str) -> str:
    """day() of an ISO date in a language, formatted once (a results page prints dozens, Babel takes ~10 µs each)."""
    value = date.fromisoformat(iso[:10])
    text = babel_date(value, format="long", locale=language)
    if value.day == 1 and language == "fr":  # French writes the first of the month as an ordinal
        text = text.replace("1 ", "1er ", 1)
    return text


def number(value, lang: Optional[str] = None) -> str:
    """12 345 / 12.345 (a whole number under 1,000 is the same in every language: the sidebar prints hundreds);
    `lang`: the page's language, when the caller knows it."""
    if isinstance(value, int) and -1000 < value < 1000:
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", _group_symbol(lang or language()))
    return format_decimal(value)


@functools.lru_cache(maxsize=None)
def _group_symbol(language: str) -> str:
    """The language's thousands separator (Babel's: a narrow no-break space in French, a dot in Dutch)."""
    return get_group_symbol(language)


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
    lang = language()
    found = translated_values(current_app.extensions["search_engine"], facet, names, lang)
    if facet not in FACET_BY_NAME:
        return {v: found.get(v) or v for v in names}
    label = FACET_BY_NAME[facet].value_label
    return {v: found.get(v) or label(v, lang) for v in names}


def descriptor_list(names: list[str]) -> str:
    """« a », « b » : descriptors in the page's language, quoted, for a sentence."""
    labels = value_labels("descriptors", names)
    return ", ".join(f"« {labels[n]} »" if language() == "fr" else f"‘{labels[n]}’" for n in names)


def event(e: dict) -> str:
    return str(EVENT_LABELS.get(event_key(e["label"]), e["label"]))


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


def row_labels(by: str, values) -> dict:
    """The labels of statistics rows grouped `by` a facet (search.api.STAT_BYS), in the page's language."""
    facet = STAT_BYS.get(by, by)
    return value_labels(facet, [v for v in values if v is not None]) if facet in FACET_NAMES else {v: v for v in values}

