"""Words from text: the tokenizer every analysis shares, with apostrophes unified and elisions removed.

An id like 5-8900 stays one token; other words split on hyphens, so that
"administration-administré" and "a-t-elle" / "a t elle" meet. A token keeps an inner
apostrophe until the elision (`l'`, `jusqu’`) is taken off.
"""
from __future__ import annotations

from .. import ids

import re

TOKEN_PATTERN = ids.PATTERN + r"(?!\w)|\w+(?:['’´`]\w+)*"
TOKEN_RE = re.compile(TOKEN_PATTERN)

ELISIONS = ("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu")
ELISION_RE = re.compile(r"^(?:%s)['’´`](?=\w)" % "|".join(ELISIONS))
APOSTROPHES = str.maketrans({"’": "'", "´": "'", "`": "'"})


def base_words(text: str) -> list[str]:
    """Tokenized, lower-cased, apostrophes unified, elisions removed."""
    return [token_word(match.group().lower()) for match in TOKEN_RE.finditer(text)]


def token_word(token: str) -> str:
    """The word of one lower-cased token: apostrophes unified, elision removed."""
    if token.isalnum():
        return token
    token = token.translate(APOSTROPHES)
    return ELISION_RE.sub("", token) if "'" in token else token
