"""Every question a search selects, one by one (siblings not folded): for CSV exports."""
from __future__ import annotations

from typing import Iterator

from .engine import Engine, record
from .related import OFFICIAL_URL
from .searcher import SearchRequest, matching, normalize
from .query import to_passage_query

COLUMNS = ("id", "legislature", "number", "asked_on", "author", "party", "addressee", "title", "status",
           "answered_on", "answer_due", "delay_days", "descriptors", "group", "url")
MAX_ROWS = 200_000


def export_rows(engine: Engine, req: SearchRequest) -> Iterator[dict]:
    """Rows of COLUMNS for every matching question, in the request's order."""
    req = normalize(req)
    node, qquery, _base, _facets, matched, (gen, qs, ps, cols) = matching(engine, req)
    if req.sort == "relevance" and to_passage_query(node) is not None:
        order = [hit.docnum for hit in qs.search(qquery, filter=matched, limit=None)]
    else:
        key = {"oldest": lambda d: (cols.asked_on[d], cols.ids[d]),
               "delay": lambda d: (-cols.delay[d], cols.ids[d])}.get(req.sort, lambda d: (-cols.asked_on[d], cols.ids[d]))
        order = sorted(matched, key=key)
    for docnum in order[:MAX_ROWS]:
        rec = record(qs, docnum)
        yield {
            "id": rec["id"], "legislature": rec["legislature"], "number": rec["number"],
            "asked_on": rec["asked_on"], "author": rec["author"], "party": rec["party"],
            "addressee": rec["addressee"], "title": rec["title"], "status": rec["status"],
            "answered_on": rec["answered_on"], "answer_due": rec["answer_due"], "delay_days": rec["delay"],
            "descriptors": " ; ".join(rec["descriptors"]), "group": cols.group[docnum],
            "url": OFFICIAL_URL.format(leg=rec["legislature"], num=rec["number"]),
        }
