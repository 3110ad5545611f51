"""The closed choices of a request's parameters (a results page's order, the statistics' order and
grouping), each with its word in every language of the site: a URL takes the code or either word, and a
message lists the words of the reader's language (the codes for the command line, which speaks English)."""
from __future__ import annotations

from typing import Optional

from ..errors import Localized
from ..text.fold import fold_key


class Choices:
    def __init__(self, words: dict[str, dict[str, str]]):
        self.words = words  # code -> {language: word}
        self.codes = tuple(words)
        self._read = {fold_key(w): code for code, by in words.items() for w in (code, *by.values())}

    def read(self, value: str) -> Optional[str]:
        """The code `value` names (the code itself, or its word in any language), else None."""
        return self._read.get(fold_key(value or ""))

    def known(self) -> Localized:
        """The choices, for a message: in French, in Dutch, and the codes in English."""
        return Localized(en=", ".join(self.codes),
                         **{lang: ", ".join(by[lang] for by in self.words.values()) for lang in ("fr", "nl")})


SORTS = Choices({
    "relevance": {"fr": "pertinence", "nl": "relevantie"},
    "newest": {"fr": "récentes", "nl": "nieuwste"},
    "oldest": {"fr": "anciennes", "nl": "oudste"},
    "delay": {"fr": "délai", "nl": "antwoordtijd"},
    "answered": {"fr": "réponse", "nl": "antwoord"},
    "changed": {"fr": "nouveautés", "nl": "nieuw"},  # new questions and new statuses, the latest update first
})
STAT_ORDERS = Choices({
    "questions": {"fr": "questions", "nl": "vragen"},
    "answered_pct": {"fr": "répondues", "nl": "beantwoord"},
    "median_days": {"fr": "délai-médian", "nl": "mediaan"},
    "p90_days": {"fr": "délai-p90", "nl": "p90"},
    "overdue": {"fr": "en-retard", "nl": "te-laat"},
    "oldest_pending": {"fr": "plus-ancienne", "nl": "oudste"},
    "addressee": {"fr": "ordre-alphabétique", "nl": "alfabetisch"},
})
STAT_GROUPS = Choices({
    "portfolio": {"fr": "ministère", "nl": "ministerie"},
    "government": {"fr": "gouvernement", "nl": "regering"},
    "holder": {"fr": "ministre", "nl": "bewindspersoon"},
    "title": {"fr": "titre", "nl": "titel"},
})
