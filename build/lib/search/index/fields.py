"""The text fields of the query arrays: which part of a question feeds each, analysed how.

A question row has eight fields; a passage row has one (`text`). How much each field
weighs in ranking is the scoring model's business (search.matching.scoring), not this
table's. Fields with positions answer quoted phrases; `exact` (every word, unstemmed,
stop words kept) is the one unfielded phrases and prefixes use.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text.bilingual import EXACT, FRENCH


@dataclass(frozen=True)
class TextField:
    name: str
    analysis: str  # FRENCH: stems, stop words dropped, accent variants at one position; EXACT: folded words
    positions: bool  # kept for quoted phrases


QUESTION_FIELDS: tuple[TextField, ...] = (
    TextField("title", FRENCH, True),
    TextField("descriptors", FRENCH, True),
    TextField("question", FRENCH, False),
    TextField("answer", FRENCH, False),
    TextField("author", EXACT, True),
    TextField("party", EXACT, True),
    TextField("addressee", FRENCH, True),
    TextField("exact", EXACT, True),  # title, descriptors and both bodies, for phrases and prefixes
)
PASSAGE_FIELD = TextField("text", FRENCH, False)
BY_NAME = {f.name: f for f in QUESTION_FIELDS}
GAP = 2  # positions left between two texts of one field: a phrase does not run across them

