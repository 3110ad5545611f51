"""Addresses in the page's language: a search's state as URL pairs, a search, a question, a ministry, a
senator, the official page, the language switch."""
from __future__ import annotations

import functools

from typing import Optional
from urllib.parse import urlencode


from search.api import FACET_NAMES, author_slug, official_url

from .languages import NAMES as LANGUAGE_NAMES, current as language, href, switch


def official(qid: str) -> str:
    """The question's page on senate.be, in the page's language."""
    return official_url(qid, language())


def state_args(args) -> list[tuple[str, str]]:
    """The search state of a request, as (name, value) pairs, in a stable order."""
    keep = ("q", *FACET_NAMES, "from", "to", "sort", "spell")
    pairs = []
    for name in keep:
        for value in args.getlist(name):
            if value:
                pairs.append((name, value))
    return pairs


def url(path: str, pairs: list[tuple[str, str]], **changes) -> str:
    """`path?` in the page's language with `pairs`, minus names set to None in `changes`, plus the others."""
    out = [(k, v) for k, v in pairs if k not in changes]
    for key, value in changes.items():
        if value is None:
            continue
        out += [(key, v) for v in value] if isinstance(value, list) else [(key, str(value))]
    return href(path) + ("?" + urlencode(out) if out else "")


def question_url(qid: str, query: str = "", anchor: str = "") -> str:
    return href(f"/question/{qid}") + (_with_query(query) if query else "") + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=1024)
def _with_query(query: str) -> str:
    """`?q=…` of a search's words (a results page writes it for every result and snippet)."""
    return "?" + urlencode({"q": query})


def switches() -> list[tuple[str, str, str, bool]]:
    """The language switch: (code, name, this page in that language, is the current one)."""
    return [(code, name, switch(code), code == language()) for code, name in LANGUAGE_NAMES.items()]


def ministry_url(code: str) -> str:
    """A ministry's page, under the page language's word for it."""
    return href(("/ministerie/" if language() == "nl" else "/ministere/") + code)


def author_url(name: Optional[str]) -> str:
    return href("/auteur/" + _slug(name)) if name else ""


_slug = functools.lru_cache(maxsize=4096)(author_slug)  # a results page names twenty senators, folded each time


ALERT_PATHS = {  # a follow's pages, each under its word in either language (both work under either prefix)
    "follow": ("suivre", "volgen"), "confirm": ("confirmer", "bevestigen"),
    "manage": ("abonnements", "abonnementen"), "stop": ("desabonner", "uitschrijven"),
}


def alerts_url(page: str, token: str = "") -> str:
    """A follow's page in the page's language: /fr/confirmer/<token>, /nl/bevestigen/<token>…"""
    french, dutch = ALERT_PATHS[page]
    return href(f"/{dutch if language() == 'nl' else french}" + (f"/{token}" if token else ""))
