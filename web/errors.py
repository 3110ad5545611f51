"""One error path: the library's exceptions and HTTP errors as an HTML page that says what to change, or as
the API's JSON envelope; and the security headers of every answer."""
from __future__ import annotations

from flask import jsonify, render_template, request
from flask_babel import gettext
from werkzeug.exceptions import HTTPException

from search.api import NoIndex, OutdatedIndex, QueryError

from . import languages, links


# the API answers errors in its JSON envelope; what a browser opens (pages, and the exports and the feed,
# which are links on a page) answers with an HTML page that says what to change
MACHINE_VIEWS = ("api_search", "api_question", "api_stats", "api_ministry", "api_author")


CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def error_json(status: int, message: str):
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
            return error_json(400, _message(exc))
        return render_template("search.html", page=None, pairs=links.state_args(request.args),
                               error=_message(exc)), 400

    @app.errorhandler(NoIndex)
    def no_index(exc):
        message = gettext("L'index n'est pas encore construit : lancez « python -m search build » puis "
                          "rechargez la page.")
        if isinstance(exc, OutdatedIndex):
            message = gettext("L'index a été construit par une version antérieure du programme : lancez "
                              "« python -m search build » puis rechargez la page.")
        if _wants_json():
            return error_json(503, message)
        return render_template("error.html", status=503, message=message), 503

    @app.errorhandler(HTTPException)
    def http_error(exc):
        message = {404: gettext("Page introuvable."), 405: gettext("Méthode non permise."),
                   414: gettext("Adresse trop longue : raccourcissez la recherche.")}.get(exc.code) \
            or gettext("La demande n'a pas pu être traitée (erreur %(code)s).", code=exc.code)
        if _wants_json():
            return error_json(exc.code, message)
        return render_template("error.html", status=exc.code, message=message), exc.code

    @app.errorhandler(Exception)
    def crash(exc):
        app.logger.exception("unexpected error on %s", request.path)
        if _wants_json():
            return error_json(500, gettext("erreur interne"))
        return render_template("error.html", status=500, message=gettext("Erreur interne.")), 500

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response

