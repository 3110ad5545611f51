"""One call from a user's request to a page of results: `search(engine, SearchRequest)`."""
from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import numpy as np

from .errors import QueryError
from .facets import FACET_NAMES, FACETS, facet_named
from .live import Engine
from .model import STATUSES, id_key
from .query.evaluator import Evaluator, date_mask
from .query.language import STATUS_WORDS, Filter, Or, date_range, parse_query
from .query.relax import Relaxed, relax, required_mask, split, without_each_word
from .query.spelling import suggest
from .query.subjects import Subject, filed_under, same_subject
from .query.terms import has_text, highlight_terms, passage_words
from .results import Alternative, FacetValue, Result, SearchPage, Sibling, Snippet
from .vocabulary import fold
from .snippets import SNIPPET_CHARS, Matcher, best_passages, highlight

SORTS = ("relevance", "newest", "oldest", "delay", "answered")
MAX_PAGE_SIZE = 100
MAX_PAGE = 500
MAX_FACET_LIMIT = 10_000
SNIPPETS_PER_RESULT = 3
SUBJECT_SEEDS = 5  # best results whose shared descriptors bring in the questions on the same subject
TIME_BUDGET = 2.0  # seconds of evaluation per request before it returns what it has, marked partial


@dataclass
class SearchRequest:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    sort: str = "relevance"
    page: int = 1
    size: int = 20
    facet_limit: int = 50  # values per facet, most frequent first; selected values always kept
    budget: float = TIME_BUDGET  # seconds; 0 for no limit
    spell: bool = True  # False: no spelling correction (the query as typed, even when it finds nothing)


CLOSED_VALUES = {"status": STATUSES, "language": ("fr", "nl", "de"), "rendering": ("web", "print", "bilingual")}


def _checked(facet: str, value: str) -> str:
    """A filter value from a URL, checked like the same value in the search box."""
    if facet == "status":
        value = STATUS_WORDS.get(fold(value).strip().lower(), value)  # statut=répondue, status=beantwoord
    if facet in CLOSED_VALUES and value not in CLOSED_VALUES[facet]:
        raise QueryError("valeur « %(value)s » inconnue pour le filtre %(name)s ; valeurs possibles : %(known)s",
                         value=value[:40], name=facet, known=", ".join(CLOSED_VALUES[facet]))
    if facet == "year" and not (value.isascii() and value.isdigit() and len(value) == 4):
        raise QueryError("année « %(value)s » : donnez quatre chiffres, par exemple year=2013", value=value[:40])
    if facet == "legislature" and not (value.isascii() and value.isdigit() and 0 < int(value) < 100):
        raise QueryError("législature « %(value)s » : donnez un numéro, par exemple legislature=5", value=value[:40])
    return str(int(value)) if facet == "legislature" else value


def normalize(req: SearchRequest) -> SearchRequest:
    """Check a request's bounds and names; QueryError says what to change."""
    if req.sort not in SORTS:
        raise QueryError("tri inconnu « %(value)s » ; choix : %(known)s", value=req.sort, known=", ".join(SORTS))
    if not 1 <= req.size <= MAX_PAGE_SIZE:
        raise QueryError("taille de page %(value)d : choisissez entre 1 et %(limit)d", value=req.size, limit=MAX_PAGE_SIZE)
    if not 1 <= req.page <= MAX_PAGE:
        raise QueryError("page %(value)d : choisissez entre 1 et %(limit)d", value=req.page, limit=MAX_PAGE)
    filters: dict[str, list[str]] = {}
    for name, values in req.filters.items():
        facet = facet_named(name)
        if facet is None:
            raise QueryError("filtre inconnu « %(value)s » ; filtres possibles : %(known)s", value=name,
                             known=", ".join(FACET_NAMES))
        kept = [_checked(facet.name, v) for v in values if v]
        if kept:
            filters[facet.name] = list(dict.fromkeys(filters.get(facet.name, []) + kept))
    if not 1 <= req.facet_limit <= MAX_FACET_LIMIT:
        raise QueryError("facet_limit %(value)d : choisissez entre 1 et %(limit)d", value=req.facet_limit,
                         limit=MAX_FACET_LIMIT)
    return dataclasses.replace(req, q=req.q or "", filters=filters, date_from=req.date_from or None,
                               date_to=req.date_to or None)


@dataclass
class Matching:
    """What a results page, the statistics and the export share."""
    node: object  # the query tree, None for an empty query
    scores: np.ndarray  # per row
    base: np.ndarray  # mask: the query and the dates
    per_facet: dict[str, np.ndarray]  # mask per active facet filter
    matched: np.ndarray  # mask: all of it
    gen: object  # the generation (search.index.reader.Generation)
    partial: bool  # the time budget cut the evaluation short
    deadline: Optional[float]
    dates: np.ndarray  # mask: the date range (every live row when there is none)
    relaxed: Optional[Relaxed] = None  # the rows holding part of the words, when they were added
    subject: Optional[Subject] = None  # the rows on the same subject, when they were added
    tier: Optional[np.ndarray] = None  # per row, when either was: 0 every word, k words missing, SUBJECT_TIER

    def add(self, mask: np.ndarray, scores: np.ndarray, tier, facets: np.ndarray) -> None:
        """Rows that come after those already matched: in the base, in the results, ranked by `tier`."""
        if self.tier is None:
            self.tier = np.zeros(self.gen.size, dtype=np.int16)
        self.tier = np.where(mask, tier, self.tier).astype(np.int16)
        self.base = self.base | mask
        self.matched = self.base & facets
        self.scores = np.where(mask, scores, self.scores).astype(np.float32)

    def expired(self) -> bool:
        return self.deadline is not None and time.perf_counter() > self.deadline


def matching(gen, req: SearchRequest) -> Matching:
    """Parse and evaluate a request's query over one generation; masks of the questions it selects."""
    deadline = time.perf_counter() + req.budget if req.budget else None
    node = parse_query(req.q)
    result = Evaluator(gen, deadline).run(node)
    dates = gen.live
    if req.date_from or req.date_to:
        dates = date_mask(gen, *date_range(req.date_from or "", req.date_to or ""))
    base = result.mask & dates
    per_facet = {name: gen.facets[name].having(set(values), gen.size) for name, values in req.filters.items()}
    matched = base.copy()
    for mask in per_facet.values():
        matched &= mask
    return Matching(node, result.scores, base, per_facet, matched, gen, result.partial, deadline, dates)


def search(engine: Engine, req: SearchRequest) -> SearchPage:
    """A page of results, one per question (siblings folded), with facets and snippets."""
    started = time.perf_counter()
    req = normalize(req)
    gen = engine.generation()
    key = (gen.path, req.q, tuple(sorted((k, tuple(v)) for k, v in req.filters.items())),
           req.date_from, req.date_to, req.sort, req.page, req.size, req.facet_limit, req.spell)
    cached = engine.cache.get(key)
    if cached is not None:
        return dataclasses.replace(cached, took_ms=round((time.perf_counter() - started) * 1000, 1))
    page = _search(gen, req, started)
    if not page.partial:
        engine.cache.put(key, page)
    return page


def count_groups(gen, mask: np.ndarray) -> int:
    """Results a mask makes: its questions, siblings folded into one."""
    return int(np.count_nonzero(np.bincount(gen.group[mask], minlength=len(gen.group_ids))))


SUBJECT_TIER = 99  # questions on the same subject come after every question holding words of the query


def add_part_of_the_words(m: Matching, req: SearchRequest, parts, allowed, facets) -> None:
    """When a query of three words or more finds fewer than a page, add the questions that lack
    one of its words (search.query.relax) to `m`."""
    if count_groups(m.gen, m.matched) >= req.size:
        return
    found = relax(Evaluator(m.gen, m.deadline), parts, allowed, m.base, facets, req.size,
                  lambda mask: count_groups(m.gen, mask))
    if found is not None:
        m.relaxed = found
        m.add(found.mask, found.scores, found.missing, facets)


def add_same_subject(m: Matching, req: SearchRequest, parts, allowed, facets) -> None:
    """When a search still finds fewer than a page, add the questions filed under the descriptors
    its best results share (search.query.subjects)."""
    if count_groups(m.gen, m.matched) >= req.size or m.expired():
        return
    # the query tells the subject, the filters what of it is shown: seeds are taken before the facets
    best = [row for row, _ in ranked(dataclasses.replace(m, matched=m.base), "relevance", SUBJECT_SEEDS * 4)]
    about = filed_under(Evaluator(m.gen, m.deadline), parts.words)
    seeds = [row for row in best if about[row]] or best  # a passing mention does not tell the subject
    seeds = seeds[:SUBJECT_SEEDS]
    found = same_subject(m.gen, seeds, allowed & ~m.base)
    if found is not None:
        m.subject = found
        m.add(found.mask, found.scores, SUBJECT_TIER, facets)


def widen(m: Matching, req: SearchRequest) -> None:
    """Below a search that found fewer than a page: the questions holding part of its words, then those on
    its subject."""
    parts = split(m.node)
    if parts is None or m.partial or not has_text(m.node):
        return
    evaluator = Evaluator(m.gen, m.deadline)
    allowed = required_mask(evaluator, parts) & m.dates
    facets = np.ones(m.gen.size, dtype=bool)
    for mask in m.per_facet.values():
        facets &= mask
    add_part_of_the_words(m, req, parts, allowed, facets)
    add_same_subject(m, req, parts, allowed, facets)


def _search(gen, req: SearchRequest, started: float) -> SearchPage:
    m = matching(gen, req)
    all_words = count_groups(gen, m.matched) if has_text(m.node) else None
    suggestion = suggest(gen, m.node, req.q) if req.spell and has_text(m.node) and not m.partial else None
    if suggestion and not all_words:  # nothing holds every word: the corrected query's results, if it has any
        corrected = _search(gen, dataclasses.replace(req, q=suggestion, spell=False), started)
        if corrected.all_words:
            corrected.corrected_from = req.q
            return corrected
    widen(m, req)
    facets = count_facets(gen, m.base, m.per_facet, req.filters, req.facet_limit)
    groups = count_groups(gen, m.matched)
    first = (req.page - 1) * req.size
    page_rows = ranked(m, req.sort, first + req.size)[first:]
    results = [_result(gen, row, score, m.matched) for row, score in page_rows]
    for result, (row, _) in zip(results, page_rows):
        if m.subject is not None and m.subject.mask[row]:
            result.subject = [d for d, c in zip(m.subject.descriptors, m.subject.codes) if _holds(gen, row, c)]
        elif m.relaxed is not None and m.relaxed.mask[row]:
            result.missing = [w.text for w, held in zip(m.relaxed.words, m.relaxed.held) if not held[row]]
    partial = m.partial
    if m.expired() and results:
        partial = True  # no time left for snippets: the openings stand in
        _attach_snippets(m, results, [r for r, _ in page_rows], words=False)
    else:
        _attach_snippets(m, results, [r for r, _ in page_rows])
    return SearchPage(
        query=req.q, total=groups, questions=int(m.matched.sum()), page=req.page, size=req.size,
        pages=max(1, math.ceil(groups / req.size)), sort=req.sort, results=results, facets=facets,
        filters=req.filters, date_from=req.date_from, date_to=req.date_to,
        took_ms=round((time.perf_counter() - started) * 1000, 1), redirect=_redirect(m.node, gen), partial=partial,
        all_words=all_words, same_subject=m.subject.descriptors if m.subject is not None else [],
        suggestion=suggestion,
        without_one_word=[] if results or partial else alternatives(gen, req, m.node, m.deadline),
    )


MAX_ALTERNATIVES = 8  # a search that found nothing is tried again without each word, for this many words at most


def alternatives(gen, req: SearchRequest, node, deadline: Optional[float]) -> list[Alternative]:
    """For a search that found nothing: the query without each of its words, those that find something
    (as many as the time budget allows)."""
    parts = split(node)
    if parts is None or not 2 <= len(parts.words) <= MAX_ALTERNATIVES:
        return []
    out = []
    for dropped, query in without_each_word(req.q, parts):
        if deadline is not None and time.perf_counter() > deadline:
            break
        try:
            total = count_groups(gen, matching(gen, dataclasses.replace(req, q=query)).matched)
        except QueryError:
            continue
        if total:
            out.append(Alternative(dropped, query, total))
    return sorted(out, key=lambda a: -a.total)


def count_facets(gen, base: np.ndarray, per_facet: dict, filters: dict,
                 limit: int = MAX_FACET_LIMIT) -> dict[str, list[FacetValue]]:
    """Per facet, counts over the questions that every *other* active facet lets through."""
    out = {}
    rows_of: dict[tuple, tuple] = {}  # the facets that apply the same filters count the same rows
    for spec in FACETS:
        name = spec.name
        others = tuple(other for other in per_facet if other != name)
        if others not in rows_of:
            docs = base
            for other in others:
                docs = docs & per_facet[other]
            rows_of[others] = (docs, np.flatnonzero(docs))
        docs, rows = rows_of[others]
        column = gen.facets[name]
        counts = column.count(docs, rows)
        chosen = set(filters.get(name, ()))
        nonzero = np.flatnonzero(counts)
        order = nonzero[np.lexsort((column.rank[nonzero], -counts[nonzero]))]  # most frequent, then A-Z
        pairs = [(column.values[i], int(counts[i])) for i in order[:limit].tolist()]
        shown = {v for v, _ in pairs}
        pairs += [(column.values[i], int(counts[i])) for i in order[limit:].tolist() if column.values[i] in chosen]
        pairs += [(v, 0) for v in sorted(chosen) if v not in shown and v not in {p for p, _ in pairs}]
        if spec.order == "value":
            pairs.sort(key=lambda kv: kv[0], reverse=True)
        out[name] = [FacetValue(v, c, v in chosen) for v, c in pairs]
    return out


def _redirect(node, gen) -> Optional[str]:
    if isinstance(node, Or) and isinstance(node.nodes[0], Filter) and node.nodes[0].field == "id":
        qid = node.nodes[0].value
        return qid if gen.row_of(qid) is not None else None
    return None


def ranked(m: Matching, sort: str, n: int) -> list[tuple[int, float]]:
    """The first `n` (row, score), one per sibling group, in the order `sort` asks."""
    if sort == "relevance" and has_text(m.node):
        docs = np.flatnonzero(m.matched)
        rank = m.scores
        if m.tier is not None:  # every word first, then one missing, two…, then the same subject
            rank = m.scores - m.tier * (float(m.scores[docs].max(initial=0)) + 1)
        want = n * 4 + 10
        while True:
            top = docs[np.argpartition(-rank[docs], want)[:want]] if docs.size > want else docs
            top = top[np.lexsort((top, -rank[top]))]
            folded = _fold(((d, float(m.scores[d])) for d in top.tolist()), m.gen)
            if len(folded) >= n or top.size == docs.size:
                return folded[:n]
            want *= 4
    return _fold(((d, 0.0) for d in sorted_rows(m.matched, m.gen, sort, m.tier)), m.gen, n)


def sorted_rows(matched: np.ndarray, gen, sort: str, tier: Optional[np.ndarray] = None) -> list[int]:
    """Rows of `matched` by date asked (newest first unless `sort` says oldest), by delay, or by date
    answered (`answered`: the latest answers first); rows
    that lack words of the query, then those on its subject (`tier`), after those that hold them all."""
    docs = np.flatnonzero(matched)
    if sort == "oldest":
        key = gen.asked_on[docs]
    elif sort == "delay":
        key = -gen.delay[docs]
    elif sort == "answered":  # the latest answers first; unanswered questions last
        delay = gen.delay[docs].astype(np.int64)
        key = np.where(delay >= 0, -(gen.asked_on[docs].astype(np.int64) + delay), 1)
    else:
        key = -gen.asked_on[docs]
    keys = (docs, key) if tier is None else (docs, key, tier[docs])
    return docs[np.lexsort(keys)].tolist()


def _fold(pairs, gen, limit: Optional[int] = None) -> list[tuple[int, float]]:
    """One (row, score) per sibling group, groups in the order of their best member.

    The group is shown by its best answered member when one matched: a reader
    looking at a question sent to 19 ministers wants an answer to read.
    """
    status = gen.facets["status"]
    answered = status.values.index("answered") if "answered" in status.values else -2
    groups: dict[int, list[tuple[int, float]]] = {}
    for row, score in pairs:
        groups.setdefault(int(gen.group[row]), []).append((row, score))
        if limit is not None and len(groups) > limit:
            break
    out = []
    for members in list(groups.values())[:limit]:
        best = [x for x in members if status.first[x[0]] == answered]
        out.append((best or members)[0])
    return out


def _result(gen, row: int, score: float, matched: np.ndarray) -> Result:
    rec = gen.record(row)
    return Result(
        id=rec["id"], title=rec["title"], author=rec["author"], party=rec["party"],
        addressee=rec["addressee"], asked_on=rec["asked_on"], answered_on=rec["answered_on"],
        answer_due=rec["answer_due"], status=rec["status"], legislature=rec["legislature"],
        descriptors=rec["descriptors"], delay=rec["delay"], score=round(float(score), 3),
        matching_passages=0, siblings=siblings(gen, rec, row, matched),
        language=rec.get("language", "fr"), other_language=rec.get("other_language"),
    )


def siblings(gen, rec: dict, row: int, matched: Optional[np.ndarray] = None) -> list[Sibling]:
    """Every other question of the "Aussi posée à" group, indexed or only named in a link.

    Read from the columns, not the stored records: a group has up to 19 members and a page
    20 results."""
    out = {}
    for member in gen.members(int(gen.group[row])).tolist():
        if member != row:
            qid = gen.id_of(member)
            out[qid] = Sibling(qid, gen.facets["addressee"].value(member), gen.facets["status"].value(member),
                               _answered_on(gen, member), True,
                               bool(matched[member]) if matched is not None else False)
    for link in rec["links"]:
        if link["relation"] == "also_asked_to" and link["id"] not in out:
            out[link["id"]] = Sibling(link["id"], None, None, None, False)
    return [out[k] for k in sorted(out, key=id_key)]


def _holds(gen, row: int, code: int) -> bool:
    col = gen.facets["descriptors"]
    return bool((col.val[col.row_ptr[row]:col.row_ptr[row + 1]] == code).any())


def _answered_on(gen, row: int) -> Optional[str]:
    delay = int(gen.delay[row])
    return date.fromordinal(int(gen.asked_on[row]) + delay).isoformat() if delay >= 0 else None


def _attach_snippets(m: Matching, results: list[Result], rows: list[int], words: bool = True) -> None:
    """Up to 3 passages per result: those the scoring model ranks first for the query's words."""
    if not results:
        return
    gen = m.gen
    wanted = passage_words(m.node, lambda p: gen.fields["exact"].expand(p, 200)) if words else []
    terms = Matcher(*highlight_terms(m.node))
    best = best_passages(gen, rows, wanted, SNIPPETS_PER_RESULT) if wanted else {}
    for result, row in zip(results, rows):
        count, chosen = best.get(row, (0, []))
        result.matching_passages = count
        if not chosen and gen.pcount[row] > 0:
            chosen = [int(gen.pstart[row])]
        stored = sorted((gen.passage(p) for p in chosen), key=lambda f: f["position"])
        result.snippets = [_snippet(f, terms) for f in stored]


def _snippet(fields: dict, terms: Matcher) -> Snippet:
    text = fields["raw"]
    html = highlight(text, terms.spans(text), SNIPPET_CHARS)
    return Snippet(fields["position"], fields["part"], str(html), f"p-{fields['position']}")

