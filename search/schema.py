"""The two Whoosh indexes of one generation: one document per question, one per passage.

Ranking, grouping and facets run on the question documents (~7 times fewer than
passages); passages are searched only for the questions on the page, to pick and
highlight snippets.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Optional

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analysis import exact_analyzer, french_analyzer
from .model import Question

QUESTIONS = "questions"
PASSAGES = "passages"
TITLE_BOOST = 3.0
DESCRIPTOR_BOOST = 2.0


def question_schema() -> Schema:
    fr, ex = french_analyzer(), exact_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        number=NUMERIC(int),
        # facets: one exact term per value, read back as columns by search.engine
        legislature=ID, year=ID, author=ID, party=ID, addressee=ID, status=ID, group=ID,
        asked_on=DATETIME, answered_on=DATETIME, answer_due=DATETIME,
        # columns for sorting and statistics (a sortable DATETIME cannot hold "none")
        asked_day=NUMERIC(int, sortable=True), due_day=NUMERIC(int, sortable=True),
        delay=NUMERIC(int, sortable=True),
        descriptors=KEYWORD(commas=True, lowercase=False),
        targets=KEYWORD(commas=True),  # ids this question links to: finds links pointing back
        siblings=KEYWORD(commas=True),  # its "Aussi posée à" ids: groups are joined at read time
        source=ID(stored=True), hash=ID(stored=True),
        record=STORED,  # the metadata as JSON (no bodies: those live in the passages)
        title=TEXT(analyzer=fr, field_boost=TITLE_BOOST),
        descriptor_text=TEXT(analyzer=fr, field_boost=DESCRIPTOR_BOOST),
        author_text=TEXT(analyzer=ex), party_text=TEXT(analyzer=ex), addressee_text=TEXT(analyzer=fr),
        body=TEXT(analyzer=fr),
        exact=TEXT(analyzer=ex),  # everything, unstemmed: quoted phrases
    )


def passage_schema() -> Schema:
    return Schema(
        qid=ID(stored=True), source=ID,
        part=ID(stored=True), position=NUMERIC(int, stored=True),
        text=TEXT(analyzer=french_analyzer(), stored=True),
        exact=TEXT(analyzer=exact_analyzer()),
    )


def metadata(q: Question, source: str) -> dict:
    """What a result or a question page shows, stored as JSON with the question."""
    data = q.to_json()
    del data["question"], data["answer"], data["passages"]
    data.update(group=q.group, source=source, delay=answer_delay(q),
                passages=len(q.passages), answer_chars=len(q.answer or ""))
    return data


def answer_delay(q: Question) -> Optional[int]:
    """Days from the question to its answer."""
    if q.asked_on and q.answered_on:
        return (q.answered_on - q.asked_on).days
    return None


def question_doc(q: Question, source: str, digest: str) -> dict:
    body = q.question + "\n\n" + (q.answer or "")
    doc = dict(
        id=q.id, legislature=str(q.legislature), number=q.number, status=q.status, group=q.group,
        author=q.author, party=q.party, addressee=q.addressee,
        year=str(q.asked_on.year) if q.asked_on else None,
        asked_on=_dt(q.asked_on), answered_on=_dt(q.answered_on), answer_due=_dt(q.answer_due),
        asked_day=_ordinal(q.asked_on), due_day=_ordinal(q.answer_due),
        delay=_or(answer_delay(q), -1),  # -1: not answered (a sortable column needs a value)
        descriptors=",".join(d.replace(",", " ") for d in q.descriptors),
        targets=",".join(sorted({link.id for link in q.links})),
        siblings=",".join(sorted({l.id for l in q.links if l.relation == "also_asked_to"})),
        source=source, hash=digest, record=json.dumps(metadata(q, source), ensure_ascii=False),
        title=q.title, descriptor_text="\n".join(q.descriptors),
        author_text=q.author, party_text=q.party, addressee_text=q.addressee,
        body=body, exact="\n".join([q.title, *q.descriptors, body]),
    )
    return {k: v for k, v in doc.items() if v not in (None, "")}


def passage_docs(q: Question, source: str):
    for p in q.passages:
        yield dict(qid=q.id, source=source, part=p.part, position=p.position, text=p.text, exact=p.text)


def _dt(d: Optional[date]) -> Optional[datetime]:
    return datetime(d.year, d.month, d.day) if d else None


def _or(value, default):
    return default if value is None else value


def _ordinal(d: Optional[date]) -> int:
    return d.toordinal() if d else 0
