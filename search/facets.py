"""Every facet, declared once: what the index stores, what the URL and the search box
call it, how the sidebar labels and orders it.

The index arrays (search.index.arrays), request parsing and counting (search.searching),
the query language's filters (search.query.language), the web sidebar and the CLI all
read this table: adding a facet is one line here plus its test.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from .model import Question


@dataclass(frozen=True)
class Facet:
    name: str  # the key in the API, the JSON and the index; also the URL parameter
    label: str  # the sidebar's heading
    aliases: tuple[str, ...]  # other URL parameter names, and the search box's field names (French, Dutch)
    values: Callable[[Question], list[str]]  # the values of one question
    order: str = "count"  # sidebar order: "count" (most frequent first) or "value" (newest first)
    multi: bool = False  # a question can carry several values
    text_field: Optional[str] = None  # the index field that `alias:word` searches in the search box
    sidebar: bool = True  # shown in the web page's sidebar (all are counted, in the API and the CLI)


def _languages(q: Question) -> list[str]:
    """The languages a question can be read in: its page's, and the other one's when the index has it."""
    other = (q.other_language or {}).get("language")
    return [q.language] + ([other] if other and other != q.language else [])


def _one(value) -> list[str]:
    return [str(value)] if value not in (None, "") else []


FACETS: tuple[Facet, ...] = (
    Facet("status", "Statut", ("statut",), lambda q: [q.status]),
    Facet("addressee", "Ministre", ("ministre", "destinataire", "minister"), lambda q: _one(q.addressee),
          text_field="addressee"),
    Facet("author", "Auteur", ("auteur",), lambda q: _one(q.author), text_field="author"),
    Facet("party", "Parti", ("parti", "partij"), lambda q: _one(q.party), text_field="party"),
    Facet("year", "Année", ("annee", "année", "jaar"), lambda q: _one(q.asked_on.year if q.asked_on else None),
          order="value"),
    Facet("legislature", "Législature", ("législature", "zittingsperiode", "legislatuur"), lambda q: _one(q.legislature), order="value"),
    Facet("descriptors", "Descripteur", ("descripteur", "descriptor", "mot-cle", "trefwoord"),
          lambda q: [d for d in q.descriptors if d], multi=True, text_field="descriptors"),
    Facet("language", "Langue", ("langue", "taal"), lambda q: _languages(q), multi=True),
    Facet("rendering", "Version", ("version", "versie"), lambda q: [q.rendering], sidebar=False),
)
FACET_NAMES: tuple[str, ...] = tuple(f.name for f in FACETS)
BY_NAME: dict[str, Facet] = {f.name: f for f in FACETS}
ALIASES: dict[str, str] = {alias: f.name for f in FACETS for alias in (f.name, *f.aliases)}


def facet_named(name: str) -> Optional[Facet]:
    """The facet a URL parameter or a search-box field names (any alias), or None."""
    key = ALIASES.get(name)
    return BY_NAME[key] if key else None
