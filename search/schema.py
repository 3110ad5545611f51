"""The two Whoosh indexes of one generation: one document per question, one per passage.

Ranking, grouping and facets run on the question documents (~7 times fewer than
passages); passages are searched only for the questions on the page, to pick and
highlight snippets.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Optional

from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from .analysis import base_words, exact_analyzer, exact_terms, french_analyzer, french_terms
from .model import Question

QUESTIONS = "questions"
PASSAGES = "passages"
TITLE_BOOST = 3.0  # titre:… and descripteur:… queries
DESCRIPTOR_BOOST = 2.0
TITLE_WEIGHT = 3  # in `content`, title terms count three times, descriptor terms twice
DESCRIPTOR_WEIGHT = 2


def question_schema() -> Schema:
    fr, ex = french_analyzer(), exact_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        # facets: one exact term per value, read back as columns by search.engine
        legislature=ID, year=ID, author=ID, party=ID, addressee=ID, status=ID,
        descriptors=KEYWORD(commas=True, lowercase=False),
        asked_on=DATETIME,  # date ranges
        # sort keys and statistics: columns only, no terms
        qkey=COLUMN(NumericColumn("q", default=-1)),  # the id as a number (question_key): ids in bulk
        asked_day=COLUMN(NumericColumn("i")), due_day=COLUMN(NumericColumn("i")),
        delay=COLUMN(NumericColumn("i", default=-1)),
        targets=KEYWORD(commas=True),  # ids this question links to: finds links pointing back
        siblings=KEYWORD(commas=True),  # its "Aussi posée à" ids: groups are joined at read time
        source=ID(stored=True),
        record=STORED,  # the metadata as JSON (no bodies: those live in the passages)
        title=TEXT(analyzer=fr, field_boost=TITLE_BOOST),
        descriptor_text=TEXT(analyzer=fr, field_boost=DESCRIPTOR_BOOST),
        author_text=TEXT(analyzer=ex), party_text=TEXT(analyzer=ex), addressee_text=TEXT(analyzer=fr),
        # what an unfielded word searches: title x3, descriptors x2, question and answer, given
        # as terms. One field keeps a word's query to one OR of its accent variants.
        content=TEXT(analyzer=fr, phrase=False),
        exact=TEXT(analyzer=ex),  # title, descriptors and bodies, unstemmed, with positions: quoted phrases
    )


def passage_schema() -> Schema:
    return Schema(
        qid=ID(stored=True),
        text=TEXT(analyzer=french_analyzer(), phrase=False),  # given as terms; the words are in `raw`
        raw=STORED, part=STORED, position=STORED,
        qkey=COLUMN(NumericColumn("q")), pos=COLUMN(NumericColumn("i")),  # read in bulk by search.vectors
    )


def question_key(qid: str) -> int:
    """5-8917 -> 50_008_917: a question id as one integer (columns)."""
    leg, _, num = qid.partition("-")
    return int(leg) * 10_000_000 + int(num)


def question_id(key: int) -> str:
    return f"{key // 10_000_000}-{key % 10_000_000}" if key >= 0 else ""


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


def documents(q: Question, source: str) -> tuple[dict, list[dict]]:
    """The question document and its passage documents; each text is analysed once."""
    head = base_words(q.title)
    tags = base_words("\n".join(q.descriptors))
    content = french_terms(head) * TITLE_WEIGHT + french_terms(tags) * DESCRIPTOR_WEIGHT
    exact = exact_terms(head) + exact_terms(tags)
    passages = []
    for p in q.passages:
        words = base_words(p.text)
        terms = french_terms(words)
        content += terms
        exact += exact_terms(words)
        passages.append(dict(qid=q.id, text=terms, raw=p.text, part=p.part, position=p.position,
                             qkey=question_key(q.id), pos=p.position))
    doc = dict(
        id=q.id, qkey=question_key(q.id), legislature=str(q.legislature), status=q.status,
        author=q.author, party=q.party, addressee=q.addressee,
        year=str(q.asked_on.year) if q.asked_on else None, asked_on=_dt(q.asked_on),
        asked_day=_ordinal(q.asked_on), due_day=_ordinal(q.answer_due), delay=_or(answer_delay(q), -1),
        descriptors=",".join(d.replace(",", " ") for d in q.descriptors),
        targets=",".join(sorted({link.id for link in q.links})),
        siblings=",".join(sorted({l.id for l in q.links if l.relation == "also_asked_to"})),
        source=source, record=json.dumps(metadata(q, source), ensure_ascii=False),
        title=q.title, descriptor_text="\n".join(q.descriptors),
        author_text=q.author, party_text=q.party, addressee_text=q.addressee,
        content=content, exact=exact,
    )
    return {k: v for k, v in doc.items() if v not in (None, "")}, passages


def _dt(d: Optional[date]) -> Optional[datetime]:
    return datetime(d.year, d.month, d.day) if d else None


def _or(value, default):
    return default if value is None else value


def _ordinal(d: Optional[date]) -> int:
    return d.toordinal() if d else 0


def missing_fields(path) -> list[str]:
    """Fields this code needs that the index at `path` (a generation folder) lacks: an index
    built by an older version must be rebuilt, not half-read."""
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(path), readonly=True)
    missing = []
    for name, schema in ((QUESTIONS, question_schema()), (PASSAGES, passage_schema())):
        have = set(storage.open_index(name).schema.names())
        missing += [f"{name}.{field}" for field in schema.names() if field not in have]
    return missing
