"""Text in either language: which one a paragraph is in, and the terms of each analysis.

Two analyses make every term the index holds and every term a query looks for:
FRENCH (stems in the text's language, stop words dropped, accent variants at one position)
and EXACT (folded words, unstemmed, stop words kept: phrases and prefixes). A query's
language is not known, so its words are looked for under both languages' stems.
"""
from __future__ import annotations

import re
from typing import Optional

from . import dutch, french
from .fold import fold
from .tokens import base_words

FRENCH, EXACT = "french", "exact"
ALL_STOP_WORDS = french.STOP_WORDS | dutch.STOP_WORDS  # a query's words: its language is not known

FRENCH_WORDS = frozenset("le la les des du un une et est que qui pour dans par sur au aux pas ce cette "
                         "vous nous il elle sont ont été être quelles quel quels votre mesures".split())
DUTCH_WORDS = frozenset("het een van en is dat voor niet op zijn met als ook bij wordt worden deze dit "
                        "naar welke u uw hoe wat er aan heeft hebben maatregelen".split())


def language_of(text: str, default: str = "fr") -> str:
    """"fr" or "nl": which language's common words `text` holds more of; `default` (the page's language)
    when they tie ("De betrokkene verbleef enkele maanden in de gevangenis." holds none of either)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    fr = sum(w in FRENCH_WORDS for w in words)
    nl = sum(w in DUTCH_WORDS for w in words)
    return "nl" if nl > fr else "fr" if fr > nl else default


def stem_groups(words: list[str], language: str) -> list[tuple[str, ...]]:
    """The stemmed terms of words in `language` ("nl" Dutch, anything else French), one tuple per position."""
    return dutch.dutch_groups(words) if language == "nl" else french.french_groups(words)


def query_groups(words: list[str]) -> list[tuple[str, ...]]:
    """Per word of a query (none of them a stop word): its French and Dutch stems. A query is looked
    for in both languages; each passage was indexed in its own."""
    return [tuple(dict.fromkeys(fr + nl))
            for fr, nl in zip(french.french_groups(words), dutch.dutch_groups(words))]


def groups(analysis: str, words: list[str]) -> list[tuple[str, ...]]:
    """The terms of already tokenized `words` under `analysis`, one tuple per position."""
    if analysis == EXACT:
        return [(fold(w),) for w in words]
    return french.french_groups(words)


def analyse(analysis: str, text: str) -> list[tuple[str, ...]]:
    """The terms of `text` by position, as the index holds them (documents and queries alike)."""
    return groups(analysis, base_words(text or ""))


# A word's leaning (French above zero, Dutch below), from what spells one language and not the other
FRENCH_SPELLING = re.compile(r"[éèêàçùûîôœâ]|tions?$|ments?$|eaux?$|eux$|euses?$|iques?$|qu|aux$|oi|ai|ires?$|ain|eil")
DUTCH_SPELLING = re.compile(r"ij|aa|uu|oo|sch|cht|heid|ingen$|ing$|k|w|oe|ee|ties?$|[^e]en$|eit$")
FRENCH_ONLY = french.STOP_WORDS - dutch.STOP_WORDS
DUTCH_ONLY = dutch.STOP_WORDS - french.STOP_WORDS


def leaning(word: str) -> float:
    """How French (> 0) or Dutch (< 0) a word looks: its stop words, accents and spellings."""
    word = word.lower()
    if word in FRENCH_ONLY:
        return 2.0
    if word in DUTCH_ONLY:
        return -2.0
    return len(FRENCH_SPELLING.findall(word)) - len(DUTCH_SPELLING.findall(word))


def french_then_dutch(items: list[str], allowed: Optional[range] = None) -> Optional[int]:
    """Where a run of French items (words, descriptors) followed by Dutch ones turns Dutch: the cut with the
    most French before it and the most Dutch after it, among the `allowed` cuts (then any cut must leave
    more French before and more Dutch after); of equal cuts, the one before a capital. None: no such cut."""
    scores = [sum(leaning(w) for w in re.findall(r"[^\W\d_]+", item)) for item in items]
    total, prefix, found = sum(scores), 0.0, []
    for k in range(1, len(items)):
        prefix += scores[k - 1]
        if allowed is not None and k not in allowed:
            continue
        if allowed is None and not (prefix > 0 > total - prefix):
            continue
        found.append((prefix - (total - prefix), items[k][:1].isupper(), -k, k))
    return max(found)[3] if found else None
