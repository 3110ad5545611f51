"""A search as files: the CSV for programs, the Excel workbook in the page's language, the Atom feed."""
from __future__ import annotations

import csv
import dataclasses
import io
from typing import Optional

from flask import Response, abort, current_app, render_template, request, send_file, stream_with_context

from search.api import (COLUMNS, TEXT_COLUMNS, QueryError, SearchRequest, export, is_question_id, question_texts,
                        search)

from . import languages, links, spreadsheet
from .arguments import engine, search_request
from .blueprint import bp


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
    pairs = links.state_args(request.args)
    about = spreadsheet.about_lines(exported.query, req.filters, req.date_from, req.date_to, req.sort,
                                   request.url_root.rstrip("/") + links.url("/", pairs), exported)
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
    """The news of a search (a ministry's or a senator's is a search filtered on them): its questions holding
    every word (the exports' list: a feed is never widened), the latest news first."""
    return _feed(dataclasses.replace(search_request(), sort="changed"), links.state_args(request.args))


@bp.route("/question/<qid>/feed.atom")
def question_feed(qid: str):
    """One question's news: an entry that changes (same id, a new `updated`) when its status does."""
    if not is_question_id(qid):
        abort(404)
    return _feed(SearchRequest(f"numero:{qid}", sort="changed"), [("q", f"numero:{qid}")])


def _feed(req: SearchRequest, pairs: list) -> Response:
    """Atom: one entry per question (its sendings to other ministers listed in it), id its address here;
    `published` when this index first held it, `updated` when it brought its present status (a new question,
    an answer, a withdrawal…), the question's own dates for what came before records began."""
    req = dataclasses.replace(req, page=1, size=current_app.config["FEED_SIZE"], widen=False)  # corrected as the page and exports are
    page = search(engine(), req)
    stamps = {r.id: _stamps(r) for r in page.results}
    updated = max((u for _, u in stamps.values()), default="2000-01-01T00:00:00Z")
    texts = {r.id: question_texts(engine(), r.id, languages.current()) for r in page.results}
    xml = render_template("feed.xml", page=page, pairs=pairs, updated=updated, texts=texts, stamps=stamps)
    return Response(xml, mimetype="application/atom+xml")


def _stamps(result) -> tuple[str, str]:
    """(published, updated) of a result's entry."""
    published = result.first_seen or f"{result.asked_on}T00:00:00Z"
    updated = result.status_since or f"{result.answered_on or result.asked_on}T00:00:00Z"
    return published, max(published, updated)

