"""A written question's id, `5-8917`: a legislature of one or two digits, a hyphen, a number of at most six.

The one definition every module reads: the parser (the page's header, its links and the questions its
body cites), the tokenizer (an id is one token), the search box (an id alone opens its question), the
index (an id as an integer key: search.index.codec), the site (a question's address).
"""
from __future__ import annotations

import re

LEGISLATURE = r"\d{1,2}"
NUMBER = r"\d{1,6}"
PATTERN = rf"{LEGISLATURE}-{NUMBER}"  # in running text: 5-8917
SPACED = rf"({LEGISLATURE})\s*-\s*({NUMBER})"  # as a page's header may print it (5 - 8917), both parts captured
ID_RE = re.compile(rf"^{PATTERN}$")


def is_id(text: str) -> bool:
    """Whether `text` is a question's id, whole."""
    return bool(ID_RE.match(text or ""))


def id_key(qid: str) -> tuple[int, int]:
    """Sort key of an id like "5-8917": legislature, then number (what is not an id sorts last)."""
    leg, _, num = qid.partition("-")
    return (int(leg), int(num)) if leg.isdigit() and num.isdigit() else (10**9, 10**9)
