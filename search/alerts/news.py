"""The news a follow has since it was last told (search.indexer.history's build numbers): a new question
that matches, a new answer to one that matches, or, for a followed question, its end (answered, withdrawn,
lapsed, requalified, closed)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional
from urllib.parse import parse_qs

import numpy as np

from ..facets import FACET_NAMES
from ..service.request import SearchRequest, normalize, selection
from .store import Follow

ENDS = ("answered", "withdrawn", "lapsed", "requalified", "closed")  # a followed question has nothing more to say


@dataclass(frozen=True)
class Item:
    """One question to tell of: `event` is "new" (a question the follow matches appeared) or "status:<code>"."""
    row: int
    qid: str
    event: str
    record: dict  # the question's record in the generation the news was found in (what a message prints)


def request_of(follow: Follow) -> SearchRequest:
    """The search a follow stands for: a question by its number, a search by its URL's query, a ministry or a
    senator by their filter."""
    if follow.kind == "question":
        return SearchRequest(f"numero:{follow.target}")
    if follow.kind == "ministry":
        return SearchRequest(filters={"portfolio": [follow.target]})
    if follow.kind == "author":
        return SearchRequest(filters={"author": [follow.target]})
    args = parse_qs(follow.target)
    one = lambda name: (args.get(name) or [None])[0]  # noqa: E731
    return SearchRequest(one("q") or "", {name: args[name] for name in FACET_NAMES if name in args},
                         one("from"), one("to"))


def news(gen, follow: Follow, since: Optional[int] = None) -> list[Item]:
    """What `follow` has to tell in generation `gen`, of the builds after `since` (its own by default)."""
    since = follow.since if since is None else since
    changed = gen.live & ((gen.seen_in > since) | (gen.status_in > since))
    if not changed.any():
        return []
    req = dataclasses.replace(normalize(request_of(follow)), spell=False, widen=False, budget=0)
    rows = np.flatnonzero(selection(gen, req).matched & changed)
    out = []
    for row in rows.tolist():
        status = gen.facets["status"].value(row) or ""
        is_new, restated = int(gen.seen_in[row]) > since, int(gen.status_in[row]) > since
        if follow.kind == "question":
            event = f"status:{status}" if restated and status in ENDS else None
        elif is_new and follow.news in ("both", "new"):
            event = "new"
        elif restated and status == "answered" and follow.news in ("both", "answers"):
            event = "status:answered"
        else:
            event = None
        if event:
            out.append(Item(row, gen.id_of(row), event, gen.record(row)))
    return out
