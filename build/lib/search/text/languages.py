"""The languages, listed once: those a question can be written in, those the site speaks, and
every name a page or a user gives them.
"""
from __future__ import annotations

from typing import Optional

from .fold import fold_key

LANGUAGES = ("fr", "nl", "de")  # a question's text: French, Dutch, German (a few legislature 6 pages)
INTERFACE = ("fr", "nl")  # the site speaks these; French is the source language and the default
DEFAULT = "fr"

# each language's name in French, in Dutch and in English (the CLI's language)
NAMES = {
    "fr": {"fr": "français", "nl": "Frans", "en": "French"},
    "nl": {"fr": "néerlandais", "nl": "Nederlands", "en": "Dutch"},
    "de": {"fr": "allemand", "nl": "Duits", "en": "German"},
}
# what a page ("Question posée en néerlandais", "Vraag gesteld in het Frans") or a user types
_WORDS = {fold_key(word): code for code, names in NAMES.items() for word in (code, *names.values())}


def language_code(word: str) -> Optional[str]:
    """`néerlandais`, `Nederlands`, `dutch`, `nl` -> "nl"; None for a word that names no language."""
    return _WORDS.get(fold_key(word))


def other(language: str) -> str:
    """The site's other language."""
    return "nl" if language == "fr" else "fr"
