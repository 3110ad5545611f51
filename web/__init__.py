"""The Flask app: search page, question page, statistics, JSON API, CSV and Atom exports, in French and Dutch."""
from __future__ import annotations

from flask import Flask

DEFAULTS = {
    "INDEX_DIR": "index",
    "SEEDS_DIR": "seeds",
    "PAGE_SIZE": 20,
    "FEED_SIZE": 50,
    "RESULT_CACHE": 256,  # result pages kept per app (0: off); a new index generation never hits old ones
    "TIME_BUDGET": 2.0,  # seconds a search may evaluate before it returns what it has, marked partial
}
PREFIX = "SEARCH"  # SEARCH_INDEX_DIR=… sets INDEX_DIR (Flask's from_prefixed_env), and so on for each key


def create_app(test_config: dict | None = None) -> Flask:
    """Config from DEFAULTS, then the environment's SEARCH_* variables, then `test_config`."""
    app = Flask(__name__)
    from .mail import MAIL_DEFAULTS

    app.config.from_mapping({**DEFAULTS, **MAIL_DEFAULTS})  # the mail server, the public address, the subscriptions
    app.config.from_prefixed_env(PREFIX)
    for key, default in DEFAULTS.items():  # a value Flask read as JSON (a number for a path) takes the key's type
        if not isinstance(app.config[key], type(default)):
            app.config[key] = type(default)(app.config[key])
    if test_config:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from search.api import Engine, NoIndex, visible

    # opened once per app; it follows the `current` link, so a rebuild is picked up without restart
    engine = Engine(app.config["INDEX_DIR"], cache_size=app.config["RESULT_CACHE"], background=True)
    app.extensions["search_engine"] = engine
    try:
        engine.generation()  # open and warm it now, before the first request
    except NoIndex:
        pass  # the pages say how to build it

    from . import alerts, api, charts, conditional, errors, exports, languages, layout, links, views, wording  # noqa: F401 (routes)
    from .blueprint import bp

    languages.register(app)
    app.register_blueprint(bp)  # /question/5-8917: the language from ?lang= or the browser
    app.register_blueprint(bp, url_prefix=languages.PREFIX, name="in")  # /nl/question/5-8917
    errors.register_errors(app)
    conditional.register(app)  # a page asked again under the same generation: 304
    # what the templates print with: words and figures, addresses, the results page's pieces, charts
    app.jinja_env.globals.update(wording=wording, links=links, layout=layout, charts=charts,
                                 language=languages.current, visible=visible)
    return app
