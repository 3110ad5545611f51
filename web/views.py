"""The pages' routes: thin edges that read the request, call one library function, render its data."""
from __future__ import annotations

import dataclasses

from flask import redirect, render_template, request

from search.api import (MAX_FACET_LIMIT, RELATED_GROUPS, SearchRequest, author_view, get_question, is_question_id,
                        ministry_code, ministry_view, overview, search, statistics)

from . import charts, languages, layout, links
from .arguments import engine, search_request, stats_args
from .blueprint import bp


@bp.route("/")
def index():
    pairs = links.state_args(request.args)
    req = dataclasses.replace(search_request(), count=layout.FACET_ORDER)  # the page shows the sidebar's facets
    limit = req.facet_limit  # one value more is counted, so that the page knows when a facet has more to show
    page = search(engine(), dataclasses.replace(req, facet_limit=min(limit + 1, MAX_FACET_LIMIT)))
    if page.redirect and not req.filters and req.page == 1:
        return redirect(languages.href(f"/question/{page.redirect}"))
    if req.page > max(page.pages, 1):  # past the last page: to the last one
        return redirect(links.url("/", pairs, size=request.args.get("size") or None,
                                    page=page.pages if page.pages > 1 else None))
    home = overview(engine()) if not pairs else None  # the bare home page says what the index holds
    answers = search(engine(), SearchRequest(sort="answered", size=5, filters={"status": ["answered"]})) \
        if home else None
    return render_template("search.html", page=page, pairs=pairs, error=None, home=home, answers=answers,
                           facet_limit=limit)


@bp.route("/question/<qid>")
def question(qid: str):
    view = get_question(engine(), qid, request.args.get("q", "")) if is_question_id(qid) else None
    if view is None:
        return render_template("not_found.html", kind="question", wanted=qid[:40]), 404
    return render_template("question.html", v=view, q=request.args.get("q", ""), groups=RELATED_GROUPS)


@bp.route("/stats")
def stats():
    order, by = stats_args()
    # `sort` here is the statistics' order (as the CLI's --sort): links carry it as order=, not to a search
    pairs = [(k, v) for k, v in links.state_args(request.args) if k != "sort"]
    figures = statistics(engine(), search_request(sorted_by=False), sort=order, by=by)
    return render_template("stats.html", s=figures, pairs=pairs, order=order, by=by,
                           charts=charts.stat_charts(figures.rows, by))


@bp.route("/ministere/<code>")
@bp.route("/ministerie/<code>")
def ministry(code: str):
    """A ministry's page, under its code or its name in either language (`/nl/ministerie/justitie`)."""
    found = ministry_code(code[:60])
    if found is not None and found != code:
        return redirect(links.ministry_url(found), 301)
    view = ministry_view(engine(), found) if found else None
    if view is None:
        return render_template("not_found.html", kind="ministry", wanted=code[:40]), 404
    return render_template("ministry.html", v=view)


@bp.route("/auteur/<slug>")
def author(slug: str):
    view = author_view(engine(), slug[:80])
    if view is None:
        return render_template("not_found.html", kind="author", wanted=slug[:40]), 404
    return render_template("author.html", v=view)


