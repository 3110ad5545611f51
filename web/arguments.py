"""What a request's URL asks, read and checked: the search state, numbers, the time budget, the statistics'
order; and the engine the site serves from. A bad value is a QueryError, which the site answers with a 400."""
from __future__ import annotations

from flask import current_app, request

from search.api import FACET_NAMES, QueryError, SearchRequest, normalize, stat_choices


def engine():
    return current_app.extensions["search_engine"]


def _number(name: str, default: int) -> int:
    value = request.args.get(name)
    if value in (None, ""):
        return default
    if not value.isascii() or not value.lstrip("-").isdigit():
        raise QueryError("%(name)s « %(value)s » : donnez un nombre entier", name=name, value=value[:20])
    if len(value) > 18:
        raise QueryError("%(name)s « %(value)s… » : nombre trop grand", name=name, value=value[:20])
    return int(value)


def _budget() -> float:
    """The server's time budget, or less when the request's `timeout` (seconds) asks for less."""
    budget = float(current_app.config["TIME_BUDGET"])
    value = request.args.get("timeout")
    if value in (None, ""):
        return budget
    try:
        asked = float(value)
    except ValueError:
        asked = -1.0
    if not 0 < asked < 1e6:
        raise QueryError("timeout « %(value)s » : donnez un nombre de secondes, par exemple 0.5", value=value[:20])
    return min(asked, budget) if budget else asked


def search_request(sorted_by: bool = True) -> SearchRequest:
    """The search state of the URL: q, one parameter per facet (repeatable), from, to, sort, page, size.

    Checked here, so that a bad value is a 400 on every route, even one that then sets
    its own page or order (export, feed); the statistics (`sorted_by=False`) take `sort` as their own order."""
    args = request.args
    filters = {name: args.getlist(name) for name in FACET_NAMES if args.getlist(name)}
    bare = not args.get("q") and not filters  # nothing asked: the newest questions first
    spell = args.get("spell", "1")
    count = tuple(n for n in args.get("facets", "").split(",") if n) or None
    if spell not in ("0", "1"):
        raise QueryError("spell « %(value)s » : 0 (la requête telle quelle) ou 1 (corrigée si besoin)", value=spell[:20])
    return normalize(SearchRequest(args.get("q", ""), filters, args.get("from") or None, args.get("to") or None,
                                   (args.get("sort") if sorted_by else None) or ("newest" if bare else "relevance"),
                                   _number("page", 1),
                                   _number("size", current_app.config["PAGE_SIZE"]), _number("facet_limit", 50),
                                   _budget(), spell == "1", count))


def stats_args() -> tuple[str, str]:
    """The statistics' order and grouping from the URL, checked."""
    order = request.args.get("order") or request.args.get("sort") or "questions"  # `sort`, as the CLI's --sort
    by, order = stat_choices(request.args.get("by") or "portfolio", order)
    return order, by

