"""Every question a search selects, one by one (siblings not folded): for CSV exports."""
from __future__ import annotations

from typing import Iterator

import numpy as np

from .engine import Engine, record
from .related import OFFICIAL_URL
from .searcher import SearchRequest, matching, normalize, sorted_docs
from .query import has_text

COLUMNS = ("id", "legislature", "number", "asked_on", "author", "party", "addressee", "title", "status",
           "answered_on", "answer_due", "delay_days", "descriptors", "group", "url")
MAX_ROWS = 200_000


def export_rows(engine: Engine, req: SearchRequest) -> Iterator[dict]:
    """Rows of COLUMNS for every matching question, in the request's order."""
    req = normalize(req)
    m = matching(engine, req)
    qs, cols = m.qs, m.cols
    if req.sort == "relevance" and has_text(m.node):
        docs = np.flatnonzero(m.matched)
        order = docs[np.lexsort((docs, -m.scores[docs]))].tolist()
    else:
        order = sorted_docs(m.matched, cols, req.sort)
    for docnum in order[:MAX_ROWS]:
        rec = record(qs, docnum)
        yield {
            "id": rec["id"], "legislature": rec["legislature"], "number": rec["number"],
            "asked_on": rec["asked_on"], "author": rec["author"], "party": rec["party"],
            "addressee": rec["addressee"], "title": rec["title"], "status": rec["status"],
            "answered_on": rec["answered_on"], "answer_due": rec["answer_due"], "delay_days": rec["delay"],
            "descriptors": " ; ".join(rec["descriptors"]), "group": cols.group_ids[int(cols.group[docnum])],
            "url": OFFICIAL_URL.format(leg=rec["legislature"], num=rec["number"]),
        }
