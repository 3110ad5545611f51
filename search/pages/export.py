"""Every question a search selects, one by one (siblings not folded): for CSV exports."""
from __future__ import annotations

import dataclasses
from typing import Iterator, Optional

from ..matching.selection import ordered
from .engine import Engine
from .labels import record_in_language
from .question import official_url, texts_of
from .request import SearchRequest, normalize, selection

COLUMNS = ("id", "legislature", "number", "asked_on", "author", "party", "addressee", "title", "status",
           "answered_on", "answer_due", "delay_days", "descriptors", "group", "url")
TEXT_COLUMNS = ("question", "answer")  # with texts=True: the bodies, in the export's language where the index has it
MAX_ROWS = 200_000


def export_rows(engine: Engine, req: SearchRequest, language: Optional[str] = None,
                texts: bool = False) -> Iterator[dict]:
    """Rows of COLUMNS (and TEXT_COLUMNS with `texts`) for every matching question (at most MAX_ROWS), in the
    request's order: the questions that hold every word of the query (a results page also shows widened ones).

    Values are as the index holds them; with `language`, title, addressee, descriptors and texts come
    in that language where the index has the question in it (a Dutch or bilingual rendering)."""
    req = dataclasses.replace(normalize(req), budget=0)  # an export is all of it, not what a page's budget allows
    sel = selection(engine.generation(), req)
    gen = sel.gen
    for row in ordered(sel, req.sort)[:MAX_ROWS]:
        rec = gen.record(row)
        own = rec.get("language", "fr")
        if language:
            rec = record_in_language(rec, language)
        extra = {}
        if texts:
            found = texts_of(gen, row, own, language)
            extra = {"question": found["question"], "answer": found["answer"] or ""}
        yield {
            "id": rec["id"], "legislature": rec["legislature"], "number": rec["number"],
            "asked_on": rec["asked_on"], "author": rec["author"], "party": rec["party"],
            "addressee": rec["addressee"], "title": rec["title"], "status": rec["status"],
            "answered_on": rec["answered_on"], "answer_due": rec["answer_due"], "delay_days": rec["delay"],
            "descriptors": " ; ".join(rec["descriptors"]), "group": gen.group_ids[int(gen.group[row])],
            "url": official_url(rec["id"], language or "fr"),  # the official page in the language of the export
            **extra,
        }

