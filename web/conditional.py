"""Conditional requests: a page is the same for as long as the index generation that made it is live, so
its ETag names the generation (with the address, the language and the site's own version), and a browser's back button or a feed
reader that asks again with If-None-Match gets a 304 before any search runs.

Pages that read anything else (an address's follows, the forms' answers) are not conditional.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from flask import Flask, Response, current_app, g, request

from search.api import NoIndex

from . import languages

CONDITIONAL = {"index", "question", "stats", "ministry", "author", "feed", "question_feed", "export_csv",
               "api_search", "api_question", "api_stats", "api_ministry", "api_author"}


def _etag() -> Optional[str]:
    """This GET's tag under the live generation; None for what is not conditional. Worked out once per request
    (asked before the view and again after it)."""
    if "etag" not in g:
        g.etag = _tag()
    return g.etag


def _tag() -> Optional[str]:
    if request.method not in ("GET", "HEAD") or (request.endpoint or "").rpartition(".")[2] not in CONDITIONAL:
        return None
    try:
        generation = current_app.extensions["search_engine"].generation().path.name
    except NoIndex:
        return None
    key = "\n".join((current_app.extensions["release"], generation, request.full_path, languages.current()))
    return hashlib.blake2b(key.encode("utf-8"), digest_size=12).hexdigest()


def release() -> str:
    """What this version of the site is made of (its code, templates, catalogues and styles, by size and time):
    a new version under the same generation is a new page, not a 304 of the old one. The same in every worker."""
    root = Path(__file__).resolve().parent
    files = sorted(p for folder in (root, root.parent / "search") for p in folder.rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts)
    digest = hashlib.blake2b(digest_size=8)
    for p in files:
        stat = p.stat()
        digest.update(f"{p}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def register(app: Flask) -> None:
    app.extensions["release"] = release()
    @app.before_request
    def not_modified():
        tag = _etag()
        if tag is not None and tag in request.if_none_match:
            response = Response(status=304)
            response.set_etag(tag)
            response.headers["Cache-Control"] = "no-cache"
            return response
        return None

    @app.after_request
    def tagged(response: Response) -> Response:
        if response.status_code == 200 and "ETag" not in response.headers:
            tag = _etag()
            if tag is not None:
                response.set_etag(tag)
                response.headers.setdefault("Cache-Control", "no-cache")  # kept, but asked again each time
        return response
