"""The one fold: a word without accents or marks, Latin look-alikes put right, invisible characters out.

Every comparison of words goes through here: the index's terms, the search box's words and
prefixes, the labels of events and months, the spelling lexicon. Two folds that disagree make
a word findable one way and not another (`Belgiё` and `Belgiё*`).
"""
from __future__ import annotations

import re

from unidecode import unidecode

# Cyrillic letters typed or pasted for the Latin ones they look like; unidecode would
# transliterate them (ё -> io, с -> s, р -> r) instead of reading them as what the eye sees
HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "ё": "ë", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ї": "ï",
    "А": "A", "В": "B", "Е": "E", "Ё": "Ë", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "І": "I", "Ї": "Ï",
})
# control characters, and the invisible ones that reorder or hide text (bidi overrides,
# zero-width characters): a title must read on screen as it is stored
INVISIBLE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")

_cache: dict[str, str] = {}
_CACHE_MAX = 500_000


def fold(text: str) -> str:
    """Accents and marks removed, case kept: `Média` -> `Media`, `Belgiё` (Cyrillic ё) -> `Belgie`,
    `œuvre` -> `oeuvre`, `’` -> `'`; a decomposed accent (e + U+0301) folds as the composed one."""
    if text.isascii():
        return text
    folded = _cache.get(text)
    if folded is None:
        folded = unidecode(text.translate(HOMOGLYPHS))
        if len(_cache) < _CACHE_MAX and len(text) < 40:
            _cache[text] = folded
    return folded


def fold_key(text: str) -> str:
    """The key two labels or words are compared by: folded, lower case, spaces collapsed."""
    return " ".join(fold(text).lower().split())


def visible(text: str) -> str:
    """`text` without control and invisible characters."""
    return INVISIBLE_RE.sub("", text)
