"""One question however many renderings: the records of the files that carry the same id,
merged into the one the index holds.

A complete page wins over an incomplete one (its question text missing); then the web page wins
where renderings disagree, then the print version, then the bilingual one, and French before Dutch; a value one rendering lacks (the print page's deadline) is taken
from another. Events and links are united; the other language's title, addressee,
descriptors and bodies come from a page in that language or a bilingual page, and its
passages are searchable beside the page's own.
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from ..model import Passage, Question
from .rules import addressee_portfolios, event_label, status_of
from .passages import split_passages

PREFERENCE = {"web": 0, "print": 1, "bilingual": 2}
FILLED = ("author", "party", "asked_on", "addressee", "answer_due", "answered_on", "original_language")


def order(records: list[tuple[str, Question]]) -> list[tuple[str, Question]]:
    """The renderings of one question, the one that wins first."""
    return sorted(records, key=lambda r: (r[1].incomplete, PREFERENCE.get(r[1].rendering, 3), r[1].language != "fr",
                                          r[0]))


def merge(records: list[tuple[str, Question]]) -> Question:
    """The merged question of (file name, record) pairs that share an id."""
    ordered = order(records)
    base = dataclasses.replace(ordered[0][1], descriptors=list(ordered[0][1].descriptors),
                               events=list(ordered[0][1].events), links=list(ordered[0][1].links),
                               passages=list(ordered[0][1].passages))
    for _, other in ordered[1:]:
        for name in FILLED:
            if getattr(base, name) in (None, ""):
                setattr(base, name, getattr(other, name))
        if not base.descriptors and other.language == base.language:
            base.descriptors = list(other.descriptors)
        seen = {(e.date, event_label(e)) for e in base.events}
        base.events += [e for e in other.events if (e.date, event_label(e)) not in seen]
        base.events.sort(key=lambda e: e.date)
        base.links = list(dict.fromkeys(base.links + other.links))
        if base.answer is None and other.language == base.language and other.answer:
            base.answer = other.answer
    base.other_language = _other_language(base, [q for _, q in ordered])
    base.passages = _passages(base)
    base.status = status_of(base)
    base.portfolios, base.rank = addressee_portfolios(base)
    base.descriptor_pairs = descriptor_pairs([q for _, q in ordered])
    return base


def descriptor_pairs(records: list[Question]) -> list[tuple[str, str]]:
    """(French, Dutch) descriptors naming the same subject: a page that lists both languages' one for one
    (a bilingual page), or a French and a Dutch rendering that list as many, in the same order."""
    pairs: list[tuple[str, str]] = []
    by_language: dict[str, list[str]] = {}
    for q in records:
        by_language.setdefault(q.language, list(q.descriptors))
        other = q.other_language or {}
        theirs = other.get("descriptors") or []
        if theirs and len(theirs) == len(q.descriptors) and {q.language, other.get("language")} == {"fr", "nl"}:
            pairs += list(zip(q.descriptors, theirs) if q.language == "fr" else zip(theirs, q.descriptors))
    fr, nl = by_language.get("fr"), by_language.get("nl")
    if fr and nl and len(fr) == len(nl):
        pairs += list(zip(fr, nl))
    return list(dict.fromkeys(pairs))


def _other_language(base: Question, records: list[Question]) -> Optional[dict]:
    for q in records:
        if q.language != base.language:
            return {"language": q.language, "title": q.title, "addressee": q.addressee,
                    "descriptors": list(q.descriptors), "question": q.question or None, "answer": q.answer}
    for q in records:
        if q.other_language and q.other_language.get("language") != base.language:
            return dict(q.other_language)
    return base.other_language


def _passages(base: Question) -> list[Passage]:
    """The page's passages, then those of the other language's texts (a text already there is not repeated)."""
    out = [dataclasses.replace(p, language=p.language or base.language) for p in base.passages]
    other = base.other_language or {}
    if not (other.get("question") or other.get("answer")):
        return out
    seen = {" ".join(p.text.split()) for p in out}
    for p in split_passages((other.get("question") or "").split("\n"), (other.get("answer") or "").split("\n")):
        key = " ".join(p.text.split())
        if key not in seen:
            seen.add(key)
            out.append(Passage(p.part, len(out), p.text, other.get("language")))
    return out
