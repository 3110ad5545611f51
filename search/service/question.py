"""One question with its passages and every related question, in both directions."""
from __future__ import annotations

import threading

from collections import Counter
from datetime import date
from typing import Optional

import numpy as np

from ..errors import QueryError
from ..ingest.legislatures import end_of
from ..matching.scoring import SIMILAR_FIELDS, idf, scratch_for, word_scores
from ..model import id_key
from ..query.language import parse_query
from ..query.terms import highlight_terms
from ..text.bilingual import ALL_STOP_WORDS, stem_groups
from ..text.languages import INTERFACE
from ..text.tokens import base_words
from .engine import Engine, SizedCache
from .results import PassageView, QuestionView, RelatedQuestion
from .rows import question_fields
from .search import siblings
from .snippets import Matcher, highlight

OFFICIAL_URL = "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG={leg}&NR={num}&LANG={lang}"
INVERSE = {
    "also_asked_to": "also_asked_to", "reintroduced_as": "reintroduction_of", "reintroduction_of": "reintroduced_as",
    "requalified_from": "requalified_as", "requalified_as": "requalified_from",
    "similar_also_asked_to": "similar_also_asked_to", "linked_to": "linked_to", "cites": "cited_by",
}
SIMILAR = 5
SIMILAR_TERMS = 12  # the question's most telling terms that "similar questions" look for
SIMILAR_SUBJECT = 1.0  # a question filed under all the same descriptors scores this share of the question's own more
TERM_CACHE = 32 << 20  # bytes of telling terms' scores kept per generation and process (term_scores)
SIMILAR_THRESHOLD = 0.3  # a similar question scores at least this share of what the question scores itself
#                          (tests/relevance/similar.py measures it on judged pairs)
# how the question page groups its related questions: (heading, relations)
RELATED_GROUPS = (
    ("Réintroductions", ("reintroduced_as", "reintroduction_of")),
    ("Requalifications", ("requalified_as", "requalified_from")),
    ("Questions citées", ("cites",)),
    ("Citée par", ("cited_by",)),
    ("Questions liées", ("similar_also_asked_to", "linked_to")),
    ("Questions similaires", ("similar",)),
)


def get_question(engine: Engine, qid: str, q: str = "", today: Optional[date] = None) -> Optional[QuestionView]:
    """The question page's data, search terms from `q` highlighted; None for an unknown id."""
    gen = engine.generation()
    row = gen.row_of(qid)
    if row is None:
        return None
    rec = gen.record(row)
    rec["group"] = gen.group_ids[int(gen.group[row])]  # the whole index's view, not this page's
    try:
        terms = Matcher(*highlight_terms(parse_query(q))) if q else Matcher(frozenset(), frozenset(), ())
    except QueryError:
        terms = Matcher(frozenset(), frozenset(), ())
    hits = sorted(gen.passages(row), key=lambda h: h["position"])
    passages = []
    for hit in hits:
        spans = terms.spans(hit["raw"])
        passages.append(PassageView(hit["position"], hit["part"], str(highlight(hit["raw"], spans)),
                                    f"p-{hit['position']}", bool(spans), hit.get("language") or rec["language"]))
    family = siblings(gen, rec, row)
    related = linked(gen, rec)
    exclude = {qid} | {s.id for s in family} | {r.id for r in related}
    question_text = "\n".join(h["raw"] for h in hits if h["part"] == "question")
    related += similar(gen, row, rec["title"] + "\n" + question_text, exclude, language=rec.get("language") or "fr")
    today = today or date.today()
    asked = date.fromisoformat(rec["asked_on"])
    answered = date.fromisoformat(rec["answered_on"]) if rec["answered_on"] else None
    due = date.fromisoformat(rec["answer_due"]) if rec["answer_due"] else None
    missed = None if due is None else ((answered or today) > due if answered or rec["status"] == "pending" else None)
    days = (answered - asked).days if answered else ((today - asked).days if rec["status"] == "pending" else None)
    urls = {lang: official_url(qid, lang) for lang in INTERFACE}
    ministry = question_fields(gen, rec, row)
    ended = end_of(rec["legislature"]) if rec["status"] == "lapsed" else None
    return QuestionView(rec, passages, family, related, urls["fr"], missed, days, urls, ministry["government"],
                        ministry["holders"], ended.isoformat() if ended else None, ministry["concerns"],
                        ministry["first_seen"], ministry["status_since"])


def question_texts(engine: Engine, qid: str, language: Optional[str] = None) -> Optional[dict]:
    """{"language", "question", "answer"}: the bodies of a question, paragraphs joined by blank lines, in
    `language` when the index holds them in it, else in the question's own; None for an unknown id."""
    gen = engine.generation()
    row = gen.row_of(qid)
    if row is None:
        return None
    return texts_of(gen, row, gen.record(row).get("language", "fr"), language)


def texts_of(gen, row: int, own: str, language: Optional[str] = None) -> dict:
    """question_texts of one row of a generation (`own`: its record's language)."""
    hits = sorted(gen.passages(row), key=lambda h: h["position"])
    held = {h.get("language") or own for h in hits}
    chosen = language if language in held else own
    parts = {part: "\n\n".join(h["raw"] for h in hits if h["part"] == part and (h.get("language") or own) == chosen)
             for part in ("question", "answer")}
    return {"language": chosen, "question": parts["question"], "answer": parts["answer"] or None}


def official_url(qid: str, language: str = "fr") -> str:
    """The question's web page on senate.be, in French or Dutch (FORMAT.md)."""
    leg, _, num = qid.partition("-")
    return OFFICIAL_URL.format(leg=leg, num=num, lang=language)


def linked(gen, rec: dict) -> list[RelatedQuestion]:
    """Typed links of this page, and links of other pages that point here, inverted."""
    found: dict[tuple[str, str], RelatedQuestion] = {}
    for link in rec["links"]:
        if link["relation"] != "also_asked_to":
            found[(link["relation"], link["id"])] = _related(gen, link["id"], link["relation"], link["kind"])
    for row in gen.linking(rec["id"]):
        other = gen.record(row)
        for link in other["links"]:
            if link["id"] == rec["id"] and link["relation"] != "also_asked_to":
                relation = INVERSE[link["relation"]]
                found.setdefault((relation, other["id"]), _related(gen, other["id"], relation, "question écrite"))
    return sorted(found.values(), key=lambda r: (r.relation, id_key(r.id)))


def similar(gen, row: int, text: str, exclude: set[str], threshold: Optional[float] = None,
            language: str = "fr") -> list[RelatedQuestion]:
    """The questions that score highest, with the scoring model, for this one's most telling terms, and at least
    `threshold` (SIMILAR_THRESHOLD) of the score this one gets for them; each says why: the descriptors both
    are filed under, or the telling words it holds too. The text is analysed in its language (`language`, the
    page's), without the stop words of either language, as the index analysed it."""
    threshold = SIMILAR_THRESHOLD if threshold is None else threshold
    words = [w for w in base_words(text) if w not in ALL_STOP_WORDS]
    groups = stem_groups(words, language)
    counts = Counter(t for g in groups for t in g)
    spelt = {}  # a term -> a word of the text that makes it, to say why in words
    for word, group in zip(words, groups):
        for term in group:
            spelt.setdefault(term, word)
    field = gen.fields["question"]
    telling = sorted(counts, key=lambda t: -counts[t] * idf(field.df(t), gen.count))[:SIMILAR_TERMS]
    scores = np.zeros(gen.size, dtype=np.float32)
    holding = []  # per telling term, the rows that hold it, ascending: which of them a similar question holds
    for term in telling:
        rows, score = term_scores(gen, term)
        holding.append(rows)
        scores[rows] += score
    own = float(scores[row])  # what the question scores for its own terms: the scale of "similar"
    if own <= 0:
        return []
    descriptors = gen.facets["descriptors"]
    # a descriptor and its translation are one subject (search.index.generation's pairs)
    group = descriptors.group if descriptors.group is not None else np.arange(len(descriptors.values))
    mine = descriptors.val[descriptors.row_ptr[row]:descriptors.row_ptr[row + 1]] if descriptors.row_ptr.size \
        else np.zeros(0, np.int64)
    subjects = set(group[mine].tolist())
    if subjects and SIMILAR_SUBJECT:  # filed under the same descriptors: on the same subject, whatever its words
        filed = []  # per subject, the rows filed under it, each once (a bilingual question may carry a
        for subject in subjects:  # descriptor and its translation)
            codes = np.flatnonzero(group == subject)
            filed.append(descriptors.rows_with(int(codes[0])) if codes.size == 1 else
                         np.unique(np.concatenate([descriptors.rows_with(int(c)) for c in codes])))
        sharing, shared = _counted(gen, filed)  # the rows filed under one at least; how many each
        scores[sharing] += SIMILAR_SUBJECT * own * shared / len(subjects)
    scores[gen.dead] = 0
    scores[row] = 0
    chosen = []
    top = np.flatnonzero(scores >= threshold * own)
    wanted = SIMILAR + len(exclude)  # the best rows that may have to be walked through, ties with the last kept
    if top.size > wanted:
        top = top[scores[top] >= _least(scores[top], wanted)]
    for other in top[np.lexsort((top, -scores[top]))].tolist():
        qid = gen.id_of(other)
        if qid not in exclude:
            chosen.append((other, qid))
            exclude = exclude | {qid}
        if len(chosen) == SIMILAR:
            break
    held = _held(holding, [other for other, _ in chosen])
    out = []
    for (other, qid), holds in zip(chosen, held):
        codes = descriptors.val[descriptors.row_ptr[other]:descriptors.row_ptr[other + 1]].tolist() \
            if descriptors.row_ptr.size else []
        shared_descriptors = tuple(descriptors.values[c] for c in codes if int(group[c]) in subjects)
        found = tuple(dict.fromkeys(spelt.get(t, t) for t, has in zip(telling, holds) if has))
        out.append(_related(gen, qid, "similar", "question écrite", shared_descriptors, found[:6]))
    return out


def term_scores(gen, term: str) -> tuple[np.ndarray, np.ndarray]:
    """word_scores of a term over SIMILAR_FIELDS (its rows, ascending, and their scores), kept per generation: the
    question pages of one archive ask the same words again (`TERM_CACHE` bytes of them at most, the least recently
    asked dropped first). Read-only arrays."""
    cache = gen.cached(("similar terms",), lambda: SizedCache(TERM_CACHE, lambda pair: pair[0].nbytes + pair[1].nbytes))
    found = cache.get(term)
    if found is None:
        rows, score = word_scores(gen, term, SIMILAR_FIELDS, gen.count, _scratch(gen)[:2])
        order = np.argsort(rows, kind="stable")
        found = (rows[order], score[order])
        for array in found:
            array.flags.writeable = False
        cache.put(term, found)
    return found


def _held(holding: list[np.ndarray], rows: list[int]) -> list[list[bool]]:
    """Per row of `rows`, per set of `holding` (each ascending), whether the set holds the row: one search of
    all the rows in each set."""
    if not rows:
        return []
    wanted = np.asarray(rows)
    found = np.zeros((len(holding), wanted.size), dtype=bool)
    for i, held in enumerate(holding):
        if held.size:
            at = np.searchsorted(held, wanted)
            found[i] = held[np.minimum(at, held.size - 1)] == wanted
    return found.T.tolist()


def _scratch(gen) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """This thread's working arrays of every row: scratch_for(gen), and the subjects a row shares (_counted).
    Their users leave them zeroed: one set serves every term and page."""
    local = gen.cached(("similar scratch",), threading.local)
    if getattr(local, "arrays", None) is None:
        local.arrays = (*scratch_for(gen), np.zeros(gen.size, dtype=np.int32))
    return local.arrays


def _least(values: np.ndarray, k: int) -> float:
    """The `k`-th largest of `values` (writable, and written: a copy), k < values.size. A few picks of the
    largest when k is small (a pass each), else a partition (which costs many passes)."""
    if k > 16:
        return float(np.partition(values, values.size - k)[values.size - k])
    for _ in range(k - 1):
        values[values.argmax()] = -np.inf
    return float(values.max())


def _counted(gen, filed: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The rows of any of `filed` (each a set of distinct rows), in no set order, and in how many of them each
    is: counted at those rows only, in this thread's scratch (left zeroed), not in an array of every row."""
    if len(filed) == 1:
        return filed[0], np.ones(filed[0].size, dtype=np.int32)
    counts = _scratch(gen)[2]
    new = []
    for rows in filed:
        counts[rows] += 1
        new.append(rows[counts[rows] == 1])  # the rows no earlier subject had
    union = np.concatenate(new)
    shared = counts[union]
    counts[union] = 0
    return union, shared


def _related(gen, qid: str, relation: str, kind: str, shared_descriptors: tuple = (),
             shared_words: tuple = ()) -> RelatedQuestion:
    row = gen.row_of(qid)
    if row is None:
        return RelatedQuestion(qid, relation, kind, False)
    rec = gen.record(row)
    return RelatedQuestion(qid, relation, kind, True, rec["title"], rec["addressee"], rec["status"], rec["asked_on"],
                           shared_descriptors, shared_words)
