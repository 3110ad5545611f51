"""What a user asks for: the query, the filters, dates, sort and page, checked before anything runs."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional

from .errors import QueryError
from .facets import FACET_NAMES, facet_named
from .model import STATUSES
from .query.language import STATUS_WORDS
from .vocabulary import fold

SORTS = ("relevance", "newest", "oldest", "delay", "answered")
MAX_PAGE_SIZE = 100
MAX_PAGE = 500
MAX_FACET_LIMIT = 10_000
TIME_BUDGET = 2.0  # seconds of evaluation per request before it returns what it has, marked partial


@dataclass
class SearchRequest:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    sort: str = "relevance"
    page: int = 1
    size: int = 20
    facet_limit: int = 50  # values per facet, most frequent first; selected values always kept
    budget: float = TIME_BUDGET  # seconds; 0 for no limit
    spell: bool = True  # False: no spelling correction (the query as typed, even when it finds nothing)


CLOSED_VALUES = {"status": STATUSES, "language": ("fr", "nl", "de"), "rendering": ("web", "print", "bilingual")}


def _checked(facet: str, value: str) -> str:
    """A filter value from a URL, checked like the same value in the search box."""
    if facet == "status":
        value = STATUS_WORDS.get(fold(value).strip().lower(), value)  # statut=répondue, status=beantwoord
    if facet in CLOSED_VALUES and value not in CLOSED_VALUES[facet]:
        raise QueryError("valeur « %(value)s » inconnue pour le filtre %(name)s ; valeurs possibles : %(known)s",
                         value=value[:40], name=facet, known=", ".join(CLOSED_VALUES[facet]))
    if facet == "year" and not (value.isascii() and value.isdigit() and len(value) == 4):
        raise QueryError("année « %(value)s » : donnez quatre chiffres, par exemple year=2013", value=value[:40])
    if facet == "legislature" and not (value.isascii() and value.isdigit() and 0 < int(value) < 100):
        raise QueryError("législature « %(value)s » : donnez un numéro, par exemple legislature=5", value=value[:40])
    return str(int(value)) if facet == "legislature" else value


def normalize(req: SearchRequest) -> SearchRequest:
    """Check a request's bounds and names; QueryError says what to change."""
    if req.sort not in SORTS:
        raise QueryError("tri inconnu « %(value)s » ; choix : %(known)s", value=req.sort, known=", ".join(SORTS))
    if not 1 <= req.size <= MAX_PAGE_SIZE:
        raise QueryError("taille de page %(value)d : choisissez entre 1 et %(limit)d", value=req.size, limit=MAX_PAGE_SIZE)
    if not 1 <= req.page <= MAX_PAGE:
        raise QueryError("page %(value)d : choisissez entre 1 et %(limit)d", value=req.page, limit=MAX_PAGE)
    filters: dict[str, list[str]] = {}
    for name, values in req.filters.items():
        facet = facet_named(name)
        if facet is None:
            raise QueryError("filtre inconnu « %(value)s » ; filtres possibles : %(known)s", value=name,
                             known=", ".join(FACET_NAMES))
        kept = [_checked(facet.name, v) for v in values if v]
        if kept:
            filters[facet.name] = list(dict.fromkeys(filters.get(facet.name, []) + kept))
    if not 1 <= req.facet_limit <= MAX_FACET_LIMIT:
        raise QueryError("facet_limit %(value)d : choisissez entre 1 et %(limit)d", value=req.facet_limit,
                         limit=MAX_FACET_LIMIT)
    return dataclasses.replace(req, q=req.q or "", filters=filters, date_from=req.date_from or None,
                               date_to=req.date_to or None)
