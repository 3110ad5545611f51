"""The site's one blueprint: every route module (views, api, exports) adds its routes to it, and the app
registers it twice, unprefixed and under /fr/ and /nl/ (web.languages)."""
from flask import Blueprint

bp = Blueprint("web", __name__)
