"""The site in French and Dutch: which language a request is served in, and the links
that keep it.

The language comes from the URL's prefix (`/fr/…`, `/nl/…`), else its `lang` parameter,
else the browser's Accept-Language, else French. Every link the site writes carries the
prefix, so a reader who switched stays in the language they chose. French is the source
language of the templates; the Dutch text lives in `web/translations/nl/LC_MESSAGES/`
(Flask-Babel, gettext catalogues: see the README's "Translations").
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import g, request
from flask_babel import Babel, get_locale, get_translations
from jinja2 import pass_eval_context
from markupsafe import Markup

from search.api import INTERFACE_LANGUAGES as LANGUAGES, LANGUAGE_NAMES, QueryError

DEFAULT = LANGUAGES[0]
PREFIX = "/<any(" + ", ".join(LANGUAGES) + "):lang>"
NAMES = {code: LANGUAGE_NAMES[code][code].capitalize() for code in LANGUAGES}  # each in its own language: the switch


def select() -> str:
    """The language of this request."""
    chosen = g.get("url_lang") or request.args.get("lang")
    if chosen in LANGUAGES:
        return chosen
    prefix = request.path.strip("/").split("/", 1)[0]
    if prefix in LANGUAGES:  # an address no route knows, under a language's prefix: its 404 in that language
        return prefix
    return request.accept_languages.best_match(LANGUAGES, default=DEFAULT)


def current() -> str:
    """This request's language (asked of Flask-Babel once per request: a page asks it hundreds of times)."""
    found = g.get("language")
    if found is None:
        found = g.language = str(get_locale() or DEFAULT)
    return found


def _translations():
    """This request's catalogue, looked up once: the templates' `_()` and `ngettext()` run thousands of times
    a page, and Flask-Babel's own lookup goes through its context each time."""
    found = g.get("translations")
    if found is None:
        found = g.translations = get_translations()
        if not hasattr(found, "done"):
            found.done = {}  # gettext's texts without variables, escaped: each catalogue's own
    return found


def text(string: str, /, **variables) -> Markup:
    """A text of an HTML page in this request's language, as the templates' `_()` writes it: the catalogue's
    markup, its variables escaped (always a format string); one without variables translated once per
    catalogue (a page asks fifty and more)."""
    if not variables:
        done = _translations().done
        found = done.get(string)
        if found is None:
            found = done[string] = Markup(_translations().ugettext(string)) % variables
        return found
    return Markup(_translations().ugettext(string)) % variables


def plural(singular: str, plural: str, num: int, /, **variables) -> Markup:
    """text() of a text that agrees with `num` (itself a variable of the text), as `ngettext()`."""
    variables.setdefault("num", num)
    return Markup(_translations().ungettext(singular, plural, num)) % variables


@pass_eval_context
def gettext(eval_ctx, string: str, /, **variables) -> str:
    """The templates' `_()`: Jinja's new-style gettext (text() on a page; the same, unescaped, in a plain-text
    template) in one call rather than its three nested context calls."""
    if eval_ctx.autoescape:
        return text(string, **variables)
    return _translations().ugettext(string) % variables


@pass_eval_context
def ngettext(eval_ctx, singular: str, plural_: str, num: int, /, **variables) -> str:
    """The templates' `ngettext()`, as new-style: `num` is a variable of the text."""
    if eval_ctx.autoescape:
        return plural(singular, plural_, num, **variables)
    variables.setdefault("num", num)
    return _translations().ungettext(singular, plural_, num) % variables


def register(app) -> None:
    """Flask-Babel with our selector; the URL prefix read before the views see it."""
    Babel(app, locale_selector=select, default_locale=DEFAULT, default_timezone="Europe/Brussels")
    app.jinja_env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)

    @app.url_value_preprocessor
    def pull_language(endpoint, values):
        if values and "lang" in values:
            g.url_lang = values.pop("lang")

    @app.before_request
    def check_language():
        asked = request.args.get("lang")
        if asked not in (None, "") and asked not in LANGUAGES:
            raise QueryError("langue de l'interface « %(value)s » inconnue ; choix : fr, nl", value=asked[:20])


def href(path: str) -> str:
    """A site path in this request's language: /question/5-8917 -> /nl/question/5-8917."""
    return f"/{current()}{path}"


def switch(language: str) -> str:
    """This very page in `language`: the same path and parameters, the other prefix."""
    path = request.path
    for code in LANGUAGES:
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            path = path[len(code) + 1:] or "/"
            break
    args = [(k, v) for k, values in request.args.lists() if k != "lang" for v in values]
    return f"/{language}{path}" + ("?" + urlencode(args) if args else "")
