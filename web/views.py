"""Routes: thin edges that read the request, call one library function, render its data."""
from __future__ import annotations

import csv
import dataclasses
import io
import re
from datetime import datetime, timezone
from typing import Optional

from flask import (Blueprint, Response, current_app, jsonify, redirect, render_template, request, send_file,
                   stream_with_context)
from flask_babel import gettext
from werkzeug.exceptions import HTTPException

from search.api import (COLUMNS, is_question_id, TEXT_COLUMNS, FACET_NAMES, MAX_FACET_LIMIT, RELATED_GROUPS, STAT_BYS, STAT_SORTS, NoIndex, OutdatedIndex, QueryError,
                        SearchRequest, author_view, export, get_question, ministry_code, ministry_view, normalize,
                        overview, question_texts, search, stat_choices, statistics)

from . import languages, present, spreadsheet

bp = Blueprint("web", __name__)
# the API answers errors in its JSON envelope; what a browser opens (pages, and the exports and the feed,
# which are links on a page) answers with an HTML page that says what to change
MACHINE_VIEWS = ("api_search", "api_question", "api_stats", "api_ministry", "api_author")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


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


@bp.route("/")
def index():
    pairs = present.state_args(request.args)
    req = dataclasses.replace(search_request(), count=present.FACET_ORDER)  # the page shows the sidebar's facets
    limit = req.facet_limit  # one value more is counted, so that the page knows when a facet has more to show
    page = search(engine(), dataclasses.replace(req, facet_limit=min(limit + 1, MAX_FACET_LIMIT)))
    if page.redirect and not req.filters and req.page == 1:
        return redirect(languages.href(f"/question/{page.redirect}"))
    if req.page > max(page.pages, 1):  # past the last page: to the last one
        return redirect(present.url("/", pairs, size=request.args.get("size") or None,
                                    page=page.pages if page.pages > 1 else None))
    home = overview(engine()) if not pairs else None  # the bare home page says what the index holds
    answers = search(engine(), SearchRequest(sort="answered", size=5, filters={"status": ["answered"]})) \
        if home else None
    return render_template("search.html", page=page, pairs=pairs, p=present, error=None, home=home, answers=answers,
                           facet_limit=limit)


@bp.route("/question/<qid>")
def question(qid: str):
    view = get_question(engine(), qid, request.args.get("q", "")) if is_question_id(qid) else None
    if view is None:
        return render_template("not_found.html", kind="question", wanted=qid[:40], p=present), 404
    return render_template("question.html", v=view, q=request.args.get("q", ""), groups=RELATED_GROUPS, p=present)


def _stats_args() -> tuple[str, str]:
    """The statistics' order and grouping from the URL, checked."""
    order = request.args.get("order") or request.args.get("sort") or "questions"  # `sort`, as the CLI's --sort
    by, order = stat_choices(request.args.get("by") or "portfolio", order)
    return order, by


@bp.route("/stats")
def stats():
    order, by = _stats_args()
    # `sort` here is the statistics' order (as the CLI's --sort): links carry it as order=, not to a search
    pairs = [(k, v) for k, v in present.state_args(request.args) if k != "sort"]
    figures = statistics(engine(), search_request(sorted_by=False), sort=order, by=by)
    return render_template("stats.html", s=figures, pairs=pairs, order=order, by=by, p=present,
                           charts=present.stat_charts(figures.rows, by))


@bp.route("/ministere/<code>")
@bp.route("/ministerie/<code>")
def ministry(code: str):
    """A ministry's page, under its code or its name in either language (`/nl/ministerie/justitie`)."""
    found = ministry_code(code[:60])
    if found is not None and found != code:
        return redirect(present.ministry_url(found), 301)
    view = ministry_view(engine(), found) if found else None
    if view is None:
        return render_template("not_found.html", kind="ministry", wanted=code[:40], p=present), 404
    return render_template("ministry.html", v=view, p=present)


@bp.route("/auteur/<slug>")
def author(slug: str):
    view = author_view(engine(), slug[:80])
    if view is None:
        return render_template("not_found.html", kind="author", wanted=slug[:40], p=present), 404
    return render_template("author.html", v=view, p=present)


@bp.route("/api/ministry/<code>")
def api_ministry(code: str):
    found = ministry_code(code[:60])
    view = ministry_view(engine(), found) if found else None
    if view is None:
        return _error_json(404, gettext("ministère « %(id)s » inconnu", id=code[:40]))
    return jsonify(present.labelled(view.to_json()))


@bp.route("/api/author/<slug>")
def api_author(slug: str):
    view = author_view(engine(), slug[:80])
    if view is None:
        return _error_json(404, gettext("auteur « %(id)s » inconnu", id=slug[:40]))
    return jsonify(present.labelled(view.to_json()))


@bp.route("/api/search")
def api_search():
    return jsonify(present.labelled(search(engine(), search_request()).to_json()))


@bp.route("/api/question/<qid>")
def api_question(qid: str):
    view = get_question(engine(), qid, request.args.get("q", "")) if is_question_id(qid) else None
    if view is None:
        return _error_json(404, gettext("question « %(id)s » inconnue : vérifiez le numéro (forme 5-8917)", id=qid[:40]))
    return jsonify(present.labelled(view.to_json()))


@bp.route("/api/stats")
def api_stats():
    order, by = _stats_args()
    return jsonify(present.labelled(statistics(engine(), search_request(sorted_by=False), sort=order, by=by).to_json()))


def _export(language: Optional[str] = None):
    """The export of the page's search, selected once (a search its page corrected, because nothing held the
    words typed, is exported as corrected, as the page shows it); a bad query is a 400 before any byte is sent."""
    texts = request.args.get("texts", "0")
    if texts not in ("0", "1"):
        raise QueryError("texts « %(value)s » : 1 (avec le texte des questions et des réponses) ou 0", value=texts[:20])
    req = search_request()
    return req, export(engine(), req, language=language, texts=texts == "1"), texts == "1"


@bp.route("/export.csv")
def export_csv():
    _, exported, texts = _export()

    def generate():  # RFC 4180 (comma, double quotes, CRLF), machine keys and values; see README "CSV"
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS + (TEXT_COLUMNS if texts else ()), lineterminator="\r\n")
        buffer.write("\ufeff")  # BOM: a spreadsheet program opening it reads the accents as UTF-8
        writer.writeheader()
        yield buffer.getvalue()
        for row in exported.rows:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(_neutralise(row))
            yield buffer.getvalue()

    return Response(stream_with_context(generate()), content_type="text/csv; charset=utf-8; header=present",
                    headers={"Content-Disposition": 'attachment; filename="questions-ecrites.csv"'})


@bp.route("/export.xlsx")
def export_xlsx():
    req, exported, texts = _export(languages.current())
    pairs = present.state_args(request.args)
    about = spreadsheet.about_lines(exported.query, req.filters, req.date_from, req.date_to, req.sort,
                                   request.url_root.rstrip("/") + present.url("/", pairs), exported)
    book = spreadsheet.write(exported.rows, about, texts)
    name = "vragen" if languages.current() == "nl" else "questions-ecrites"
    return send_file(book, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     as_attachment=True, download_name=f"{name}.xlsx", max_age=0)


def _neutralise(row: dict) -> dict:
    """A cell starting with = + - @ (or a tab) would run as a formula: prefix it with '."""
    return {k: ("'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v)
            for k, v in row.items()}


@bp.route("/feed.atom")
def feed():
    # the newest questions holding every word: the same list as the exports (a feed is never widened)
    req = dataclasses.replace(search_request(), sort="newest", page=1, size=current_app.config["FEED_SIZE"],
                              widen=False)
    page = search(engine(), req)
    pairs = present.state_args(request.args)
    updated = max((r.answered_on or r.asked_on for r in page.results), default="2000-01-01")
    texts = {r.id: question_texts(engine(), r.id, languages.current()) for r in page.results}
    xml = render_template("feed.xml", page=page, pairs=pairs, p=present, updated=updated, texts=texts,
                          now=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return Response(xml, mimetype="application/atom+xml")


def _error_json(status: int, message: str):
    response = jsonify({"error": {"status": status, "message": message}})
    response.status_code = status
    return response


def _wants_json() -> bool:
    return (request.endpoint or "").rpartition(".")[2] in MACHINE_VIEWS


def _message(exc: QueryError) -> str:
    """The library's message in the page's language (its template is in the catalogues)."""
    return gettext(exc.template, **exc.params_in(languages.current()))


def register_errors(app) -> None:
    """One error path: library exceptions become HTTP errors, HTML for pages, JSON for the API."""

    @app.errorhandler(QueryError)
    def bad_query(exc):
        if _wants_json():
            return _error_json(400, _message(exc))
        return render_template("search.html", page=None, pairs=present.state_args(request.args), p=present,
                               error=_message(exc)), 400

    @app.errorhandler(NoIndex)
    def no_index(exc):
        message = gettext("L'index n'est pas encore construit : lancez « python -m search build » puis "
                          "rechargez la page.")
        if isinstance(exc, OutdatedIndex):
            message = gettext("L'index a été construit par une version antérieure du programme : lancez "
                              "« python -m search build » puis rechargez la page.")
        if _wants_json():
            return _error_json(503, message)
        return render_template("error.html", status=503, message=message, p=present), 503

    @app.errorhandler(HTTPException)
    def http_error(exc):
        message = {404: gettext("Page introuvable."), 405: gettext("Méthode non permise."),
                   414: gettext("Adresse trop longue : raccourcissez la recherche.")}.get(exc.code) \
            or gettext("La demande n'a pas pu être traitée (erreur %(code)s).", code=exc.code)
        if _wants_json():
            return _error_json(exc.code, message)
        return render_template("error.html", status=exc.code, message=message, p=present), exc.code

    @app.errorhandler(Exception)
    def crash(exc):
        app.logger.exception("unexpected error on %s", request.path)
        if _wants_json():
            return _error_json(500, gettext("erreur interne"))
        return render_template("error.html", status=500, message=gettext("Erreur interne."), p=present), 500

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response
