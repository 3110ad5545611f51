"""The JSON API: a search, a question, the statistics, a ministry, a senator; every code given its label in
the page's language."""
from __future__ import annotations

from flask import jsonify, request
from flask_babel import gettext

from search.api import is_question_id, author_view, get_question, ministry_code, ministry_view, search, statistics

from .arguments import stats_args, engine, search_request
from .blueprint import bp
from .errors import error_json
from .wording import row_labels, value_label


@bp.route("/api/ministry/<code>")
def api_ministry(code: str):
    found = ministry_code(code[:60])
    view = ministry_view(engine(), found) if found else None
    if view is None:
        return error_json(404, gettext("ministère « %(id)s » inconnu", id=code[:40]))
    return jsonify(labelled(view.to_json()))


@bp.route("/api/author/<slug>")
def api_author(slug: str):
    view = author_view(engine(), slug[:80])
    if view is None:
        return error_json(404, gettext("auteur « %(id)s » inconnu", id=slug[:40]))
    return jsonify(labelled(view.to_json()))


@bp.route("/api/search")
def api_search():
    return jsonify(labelled(search(engine(), search_request()).to_json()))


@bp.route("/api/question/<qid>")
def api_question(qid: str):
    view = get_question(engine(), qid, request.args.get("q", "")) if is_question_id(qid) else None
    if view is None:
        return error_json(404, gettext("question « %(id)s » inconnue : vérifiez le numéro (forme 5-8917)", id=qid[:40]))
    return jsonify(labelled(view.to_json()))


@bp.route("/api/stats")
def api_stats():
    order, by = stats_args()
    return jsonify(labelled(statistics(engine(), search_request(sorted_by=False), sort=order, by=by).to_json()))


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

