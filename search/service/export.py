"""Every question a search selects, one by one (siblings not folded): for CSV and Excel exports."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterator, Optional

from ..matching.selection import ordered
from .engine import Engine
from .labels import record_in_language
from .question import official_url, texts_of
from .rows import question_fields
from .request import SearchRequest, normalize
from .search import chosen, shown

COLUMNS = ("id", "legislature", "number", "asked_on", "author", "party", "addressee", "title", "status",
           "answered_on", "answer_due", "delay_days", "descriptors", "group", "url")
TEXT_COLUMNS = ("question", "answer")  # with texts=True: the bodies, in the export's language where the index has it
MAX_ROWS = 200_000


@dataclass(frozen=True)
class Export:
    """One run of a search, exported: its rows and what its results page shows that the rows leave out."""
    query: str  # the query exported: corrected, as the results page shows it, when nothing held the words typed
    corrected_from: Optional[str]  # the query typed, when corrected
    all_words: Optional[int]  # results holding every word: the export's (None: no word in the query)
    total: int  # results the page shows: with the widened ones (part of the words, the same subject)
    rows: Iterator[dict]  # rows of COLUMNS (and TEXT_COLUMNS), at most MAX_ROWS, in the request's order


def export(engine: Engine, req: SearchRequest, language: Optional[str] = None, texts: bool = False) -> Export:
    """The questions that hold every word of the query (a results page also shows widened ones), in the
    request's order, selected once; a bad request raises QueryError here, before any row is read.

    Values are as the index holds them; with `language`, title, addressee, descriptors and texts come
    in that language where the index has the question in it (a Dutch or bilingual rendering)."""
    req = dataclasses.replace(normalize(req), budget=0)  # an export is all of it, not what a page's budget allows
    ch = chosen(engine.generation(), req)
    wide, _ = shown(ch)
    return Export(ch.req.q, ch.corrected_from, ch.all_words, wide.groups,
                  _rows(ch.sel, ch.req.sort, language, texts))


def _rows(sel, sort: str, language: Optional[str], texts: bool) -> Iterator[dict]:
    gen = sel.gen
    for row in ordered(sel, sort)[:MAX_ROWS]:
        rec = gen.record(row)
        own = rec.get("language", "fr")
        if language:
            rec = record_in_language(rec, language)
        extra = {}
        if texts:
            found = texts_of(gen, row, own, language)
            extra = {"question": found["question"], "answer": found["answer"] or ""}
        q = question_fields(gen, rec, row)
        yield {
            **{name: q[name] for name in ("id", "legislature")}, "number": rec["number"],
            **{name: q[name] for name in ("asked_on", "author", "party", "addressee", "title", "status",
                                          "answered_on", "answer_due")},
            "delay_days": q["delay"], "descriptors": " ; ".join(q["descriptors"]),
            "group": gen.group_ids[int(gen.group[row])],
            "url": official_url(q["id"], language or "fr"),  # the official page in the language of the export
            **extra,
        }
