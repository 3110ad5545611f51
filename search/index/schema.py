"""The two Whoosh indexes of one generation: one document per question, one per passage.

Whoosh is the index of record: the question records and passage texts are stored there (a question's
record, and its passages together, each a column value compressed with the generation's dictionaries,
codec.Packer), the
passage index is French-stemmed (its postings are the terms the arrays hold for passages, and
`python -m search check` holds the arrays against them), the analyzers are pickled with its
schema, and its files are what a generation hard-links and swaps. Queries run on the arrays the
build writes beside it (search.indexer.arrays), which point back to Whoosh's document numbers for
the stored fields. A question document carries no analysed field: queries never read Whoosh's
question postings, and analysing them cost a quarter of a build (README, "Design").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from whoosh.columns import NumericColumn, VarBytesColumn
from whoosh.fields import COLUMN, FieldType, Schema
from whoosh.formats import Existence

from ..model import Question
from ..text.analyzers import french_analyzer
from . import codec
from .codec import PASSAGES, QUESTIONS


def question_schema() -> Schema:
    return Schema(
        # the id as a number (codec.key_of): arrays find their Whoosh document by it; an update deletes a
        # question's document by the number the arrays keep for it (wq), so no id term is indexed
        qkey=COLUMN(NumericColumn("i", default=-1)),
        record=COLUMN(VarBytesColumn()),  # the metadata as JSON, packed (no bodies: those are `texts`)
        # every passage's text, part, position and language, as JSON, packed as one: a page reads a question's
        # passages in one go, apart from its record (a list of results reads records only)
        texts=COLUMN(VarBytesColumn()),
    )


def passage_schema() -> Schema:
    return Schema(
        # the passages holding each term, given as terms (analysed once by the build); `check` compares these
        # sets with the arrays' and nothing reads a count or a length, so none is kept (Existence, not scorable)
        text=FieldType(Existence(), french_analyzer()),
        # arrays find their Whoosh document by question and position; an update deletes by the numbers (wp)
        qkey=COLUMN(NumericColumn("i")), pos=COLUMN(NumericColumn("i")),
    )


def metadata(q: Question, source: str, sources: Optional[list[str]] = None) -> dict:
    """What a result or a question page shows, stored as JSON with the question."""
    data = q.to_json()
    data["sources"] = sources or [source]  # every file that renders this question
    del data["question"], data["answer"], data["passages"]
    if data["other_language"]:  # the other language's bodies are the passages' business
        data["other_language"] = {k: v for k, v in data["other_language"].items() if k not in ("question", "answer")}
    data.update(group=q.group, source=source, delay=answer_delay(q),
                passages=len(q.passages), answer_chars=len(q.answer or ""))
    return data


def answer_delay(q: Question) -> Optional[int]:
    """Days from the question to its answer."""
    if q.asked_on and q.answered_on:
        return (q.answered_on - q.asked_on).days
    return None


def record_json(q: Question, source: str, sources: Optional[list[str]] = None) -> bytes:
    """A question's stored record, as the JSON its document holds (before packing)."""
    return json.dumps(metadata(q, source, sources), ensure_ascii=False).encode("utf-8")


def texts_json(q: Question) -> bytes:
    """A question's passages (text, part, position, language), as the JSON its document holds (before packing)."""
    texts = [{"raw": p.text, "part": p.part, "position": p.position, "language": p.language or q.language}
             for p in q.passages]
    return json.dumps(texts, ensure_ascii=False).encode("utf-8")


def documents(q: Question, source: str, passage_terms: list[list[str]], packer: codec.Packer,
              sources: Optional[list[str]] = None) -> tuple[dict, list[dict]]:
    """The question document (its record and its passages' texts, packed) and its passage documents (their terms
    already computed)."""
    key = codec.key_of(q.id)
    passages = [dict(text=terms, qkey=key, pos=p.position) for p, terms in zip(q.passages, passage_terms)]
    doc = dict(qkey=key, record=packer.pack_record(record_json(q, source, sources)),
               texts=packer.pack_texts(texts_json(q)))
    return {k: v for k, v in doc.items() if v not in (None, "")}, passages


def missing_fields(path) -> list[str]:
    """What this code needs that the generation at `path` lacks: an index built by an older
    version must be rebuilt, not half-read (an older index may name analyzer classes that no
    longer exist: its schema then cannot be unpickled, and that is said too)."""
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(path), readonly=True)
    missing = []
    for name, schema in ((QUESTIONS, question_schema()), (PASSAGES, passage_schema())):
        try:
            have = set(storage.open_index(name).schema.names())
        except Exception:  # a schema naming analyzer classes this version no longer has, or none at all
            missing.append(f"a {name} index this version can read")
            continue
        missing += [f"{name}.{field}" for field in schema.names() if field not in have]
    if codec.format_of(Path(path)) != codec.FORMAT:
        missing.append(f"query arrays of format {codec.FORMAT}")
    return missing
