"""One question with its passages and every related question, in both directions."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Optional

from whoosh import query as wq

from .engine import Engine, record
from .model import id_key
from .query import QueryError, highlight_terms, parse_query
from .searcher import siblings
from .results import Sibling
from .snippets import highlight, match_spans

OFFICIAL_URL = "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG={leg}&NR={num}&LANG=fr"
INVERSE = {
    "also_asked_to": "also_asked_to", "reintroduced_as": "reintroduction_of", "reintroduction_of": "reintroduced_as",
    "requalified_from": "requalified_as", "requalified_as": "requalified_from",
    "similar_also_asked_to": "similar_also_asked_to", "linked_to": "linked_to", "cites": "cited_by",
}
SIMILAR = 5
# how the question page groups its related questions: (heading, relations)
RELATED_GROUPS = (
    ("Réintroductions", ("reintroduced_as", "reintroduction_of")),
    ("Requalifications", ("requalified_as", "requalified_from")),
    ("Questions citées", ("cites",)),
    ("Citée par", ("cited_by",)),
    ("Questions liées", ("similar_also_asked_to", "linked_to")),
    ("Questions similaires", ("similar",)),
)


@dataclass
class RelatedQuestion:
    id: str
    relation: str  # a link relation, "cited_by", or "similar"
    kind: str
    indexed: bool
    title: Optional[str] = None
    addressee: Optional[str] = None
    status: Optional[str] = None
    asked_on: Optional[str] = None


@dataclass
class PassageView:
    position: int
    part: str
    html: str
    anchor: str
    matched: bool


@dataclass
class QuestionView:
    record: dict
    passages: list[PassageView]
    siblings: list[Sibling]
    related: list[RelatedQuestion]  # typed links both ways, then similar questions
    official_url: str
    deadline_missed: Optional[bool]  # None when there was no deadline
    days_open: Optional[int]  # days to the answer, or so far when still pending

    def to_json(self) -> dict:
        return asdict(self)


def get_question(engine: Engine, qid: str, q: str = "", today: Optional[date] = None) -> Optional[QuestionView]:
    """The question page's data, search terms from `q` highlighted; None for an unknown id."""
    gen, qs, ps = engine.searchers()
    cols = gen.columns(qs)
    docnum = cols.docnum_of.get(qid)
    if docnum is None:
        return None
    rec = record(qs, docnum)
    rec["group"] = cols.group_ids[int(cols.group[docnum])]  # the whole index's view, not this page's
    try:
        terms = highlight_terms(parse_query(q)) if q else (frozenset(), frozenset(), ())
    except QueryError:
        terms = (frozenset(), frozenset(), ())
    hits = sorted((ps.stored_fields(d) for d in ps.docs_for_query(wq.Term("qid", qid))), key=lambda h: h["position"])
    passages = []
    for hit in hits:
        spans = match_spans(hit["raw"], *terms)
        passages.append(PassageView(hit["position"], hit["part"], str(highlight(hit["raw"], spans)),
                                    f"p-{hit['position']}", bool(spans)))
    family = siblings(qs, cols, rec, docnum)
    related = linked(qs, cols, rec)
    exclude = {qid} | {s.id for s in family} | {r.id for r in related}
    question_text = "\n".join(h["raw"] for h in hits if h["part"] == "question")
    related += similar(qs, cols, docnum, rec["title"] + "\n" + question_text, exclude)
    today = today or date.today()
    asked = date.fromisoformat(rec["asked_on"])
    answered = date.fromisoformat(rec["answered_on"]) if rec["answered_on"] else None
    due = date.fromisoformat(rec["answer_due"]) if rec["answer_due"] else None
    missed = None if due is None else ((answered or today) > due if answered or rec["status"] == "pending" else None)
    days = (answered - asked).days if answered else ((today - asked).days if rec["status"] == "pending" else None)
    url = OFFICIAL_URL.format(leg=rec["legislature"], num=rec["number"])
    return QuestionView(rec, passages, family, related, url, missed, days)


def linked(qs, cols, rec: dict) -> list[RelatedQuestion]:
    """Typed links of this page, and links of other pages that point here, inverted."""
    found: dict[tuple[str, str], RelatedQuestion] = {}
    for link in rec["links"]:
        if link["relation"] != "also_asked_to":
            found[(link["relation"], link["id"])] = _related(qs, cols, link["id"], link["relation"], link["kind"])
    for docnum in qs.docs_for_query(wq.Term("targets", rec["id"])):
        other = record(qs, docnum)
        for link in other["links"]:
            if link["id"] == rec["id"] and link["relation"] != "also_asked_to":
                relation = INVERSE[link["relation"]]
                found.setdefault((relation, other["id"]), _related(qs, cols, other["id"], relation, "question écrite"))
    return sorted(found.values(), key=lambda r: (r.relation, id_key(r.id)))


def similar(qs, cols, docnum: int, text: str, exclude: set[str]) -> list[RelatedQuestion]:
    """More-like-this over the question text, without the question's own group."""
    out = []
    for hit in qs.more_like(docnum, "content", text=text, top=SIMILAR + len(exclude), numterms=12):
        other = cols.ids[hit.docnum]
        if other not in exclude and hit.docnum != docnum:
            out.append(_related(qs, cols, other, "similar", "question écrite"))
        if len(out) == SIMILAR:
            break
    return out


def _related(qs, cols, qid: str, relation: str, kind: str) -> RelatedQuestion:
    docnum = cols.docnum_of.get(qid)
    if docnum is None:
        return RelatedQuestion(qid, relation, kind, False)
    rec = record(qs, docnum)
    return RelatedQuestion(qid, relation, kind, True, rec["title"], rec["addressee"], rec["status"], rec["asked_on"])
