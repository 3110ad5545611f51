"""What a user asks for: the query, the filters, dates, sort and page, checked before anything runs."""
from __future__ import annotations

import dataclasses
import re
import time
from dataclasses import dataclass, field
from typing import Optional

from ..errors import Localized, QueryError
from ..facets import FACET_NAMES, facet_named
from .choices import SORTS as SORT_CHOICES
from ..matching.selection import Selection, select

SORTS = SORT_CHOICES.codes  # relevance, newest, oldest, delay, answered
MAX_PAGE_SIZE = 100
MAX_PAGE = 500
MAX_FACET_LIMIT = 10_000
TIME_BUDGET = 2.0  # seconds of evaluation per request before it returns what it has, marked partial
WORD_RE = re.compile(r"[^\W_]")  # a letter or a digit
SYNTAX_RE = re.compile(r'["()«»“”„*-]')  # quotes, parentheses, * and -: the parser says what is wrong with them
FILTER_NAMES = ", ".join(FACET_NAMES)  # a URL's filter parameters (and the API's facets=): the same in every language


@dataclass(frozen=True)
class SearchRequest:
    """What a search asks, as a value: never changed in place (`dataclasses.replace` makes another), and its
    own cache key (`key`), so that a new field joins the key by itself."""
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
    count: Optional[tuple[str, ...]] = None  # the facets to count (None: every one); a page counts those it shows
    widen: bool = True  # False: only the questions holding every word, never widened (a feed, as the exports)

    def key(self) -> tuple:
        """Every field, hashable: the result cache's key."""
        return tuple((f.name, _hashable(getattr(self, f.name))) for f in dataclasses.fields(self))


def _hashable(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    return value


def normalize(req: SearchRequest) -> SearchRequest:
    """Check a request's bounds and names; QueryError says what to change."""
    sort = SORT_CHOICES.read(req.sort)
    if sort is None:
        raise QueryError("tri inconnu « %(value)s » ; choix : %(known)s", value=req.sort[:20], known=SORT_CHOICES.known())
    if req.q and req.q.strip() and not WORD_RE.search(req.q) and not SYNTAX_RE.search(req.q):  # emoji, control chars
        raise QueryError("la requête ne contient ni lettre ni chiffre : tapez les mots à chercher")
    if not 1 <= req.size <= MAX_PAGE_SIZE:
        raise QueryError("taille de page %(value)d : choisissez entre 1 et %(limit)d", value=req.size, limit=MAX_PAGE_SIZE)
    if not 1 <= req.page <= MAX_PAGE:
        raise QueryError("page %(value)d : choisissez entre 1 et %(limit)d", value=req.page, limit=MAX_PAGE)
    filters: dict[str, list[str]] = {}
    for name, values in req.filters.items():
        facet = facet_named(name)
        if facet is None:
            raise QueryError("filtre inconnu « %(value)s » ; filtres possibles : %(known)s", value=name,
                             known=FILTER_NAMES)
        # checked like the same value in the box; an example in the box's words, or as the CLI writes it
        example = Localized(fr=f"{facet.word('fr')}:", nl=f"{facet.word('nl')}:", en=f"{facet.name}=")
        kept = [facet.accept(v, example) for v in values if v]
        if kept:
            filters[facet.name] = list(dict.fromkeys(filters.get(facet.name, []) + kept))
    count = None
    if req.count is not None:
        unknown = [name for name in req.count if facet_named(name) is None]
        if unknown:
            raise QueryError("filtre inconnu « %(value)s » ; filtres possibles : %(known)s", value=unknown[0][:40],
                             known=FILTER_NAMES)
        count = tuple(dict.fromkeys(facet_named(name).name for name in req.count))
    if not 1 <= req.facet_limit <= MAX_FACET_LIMIT:
        raise QueryError("facet_limit %(value)d : choisissez entre 1 et %(limit)d", value=req.facet_limit,
                         limit=MAX_FACET_LIMIT)
    return dataclasses.replace(req, q=req.q or "", filters=filters, sort=sort, date_from=req.date_from or None,
                               date_to=req.date_to or None, count=count)


def selection(gen, req: SearchRequest, node=None) -> Selection:
    """The questions a checked request selects in one generation, within its time budget: its query, or
    `node`, the query's tree rewritten (the spelling corrected)."""
    deadline = time.perf_counter() + req.budget if req.budget else None
    return select(gen, req.q if node is None else node, req.filters, req.date_from, req.date_to, deadline)
