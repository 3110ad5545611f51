"""Snippets: which passages of a result to show (by the scoring model), and their words
in <mark>, everything else HTML-escaped."""
from __future__ import annotations

from html import escape

import numpy as np
from markupsafe import Markup

from ..index.postings import ranges
from ..matching.scoring import idf, norm, saturate
from ..text import dutch, french
from ..text.fold import fold
from ..text.tokens import TOKEN_RE, token_word

SNIPPET_CHARS = 320


class Matcher:
    """Which words of a text a query matched: (stems, exact words, prefixes) from
    search.query.terms.highlight_terms. One per query: it remembers each word it decided."""

    def __init__(self, stems: frozenset, words: frozenset, prefixes: tuple):
        self.stems, self.words, self.prefixes = stems, words, tuple(prefixes)
        self.active = bool(stems or words or prefixes)
        self._seen: dict[str, bool] = {}
        self._hits: set[str] = set()  # the words of `_seen` that matched

    def _matches(self, token: str) -> bool:
        terms, folded = _token_terms(token)
        if self.stems and not self.stems.isdisjoint(terms):
            return True
        if self.words or self.prefixes:
            return folded in self.words or bool(self.prefixes and folded.startswith(self.prefixes))
        return False

    def spans(self, text: str, limit: int = 0) -> list[tuple[int, int]]:
        """Character spans of the words of `text` that the query matched, sorted; with `limit`, only
        those that `highlight(text, spans, limit)` can show (it cuts the text after the first match)."""
        if not self.active:
            return []
        seen = self._seen
        lower = text.lower()
        if len(lower) != len(text):  # a rare letter whose lower case is longer: keep offsets right
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        tokens, hits = set(TOKEN_RE.findall(lower)), self._hits
        for token in tokens.difference(seen):  # the words not decided yet, each once
            if seen.setdefault(token, self._matches(token)):
                hits.add(token)
        if hits.isdisjoint(tokens):
            return []  # no word of the query: no offsets to look for
        out = sorted(span for hit in hits.intersection(tokens) for span in _places(lower, hit))
        if limit:  # the cut ends at most `limit` and a word's length past the first match
            stop = out[0][0] + limit + _WORD_SLACK
            out = [span for span in out if span[0] < stop]
        return out


def _places(lower: str, token: str):
    """The spans of `lower` where the tokenizer reads `token` (a word it read there): each place the text holds it,
    kept when tokenizing again from the space before it (no token holds a space: the tokens from there are the
    whole text's) meets `token` at that place. A passage holds a query's words a few times in some sixty words:
    a few searches, not a pass over every word."""
    at = lower.find(token)
    while at >= 0:
        for match in TOKEN_RE.finditer(lower, lower.rfind(" ", 0, at) + 1):
            if match.start() >= at:
                if match.start() == at and match.group() == token:
                    yield match.span()
                break
        at = lower.find(token, at + 1)


def _token_terms(token: str) -> tuple[frozenset, str]:
    """What one lower-cased token can match, whatever the query: (its index terms as French and as Dutch,
    stop words aside; a number's folded self), and the word folded for exact words and prefixes. Kept for
    the process: the words of the passages shown recur from query to query."""
    found = _TERMS.get(token)
    if found is None:
        word = token_word(token)
        folded = fold(word)
        if word[:1].isdigit():
            terms = frozenset((folded,))
        else:
            terms = frozenset(() if word in french.STOP_WORDS else french.stem_variants(word)) | \
                frozenset(() if word in dutch.STOP_WORDS else dutch.dutch_variants(word))
        if len(_TERMS) > _TERMS_MAX:
            _TERMS.clear()
        found = _TERMS[token] = (terms, folded)
    return found


_TERMS: dict[str, tuple[frozenset, str]] = {}
_TERMS_MAX = 50_000  # about 290 bytes an entry: 15 MB a worker at most (the 400 requests of both bench mixes: 3,526)


_WORD_SLACK = 30  # how far `highlight` goes on to reach a space at either end of its cut


def highlight(text: str, spans: list[tuple[int, int]], limit: int = 0) -> Markup:
    """`text` escaped with <mark> around `spans`; cut to about `limit` characters around
    the first match when `limit` is set."""
    start, end = 0, len(text)
    if limit and len(text) > limit:
        first = spans[0][0] if spans else 0
        start = max(0, first - limit // 4)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and start - space < _WORD_SLACK else start
        end = min(len(text), start + limit)
        if end < len(text):
            space = text.find(" ", end)
            end = space if 0 <= space - end < _WORD_SLACK else end
    out, cursor = [], start
    for s, e in spans:
        if e <= start or s >= end or s < cursor:
            continue
        out.append(escape(text[cursor:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        cursor = e
    out.append(escape(text[cursor:end]))
    html = "".join(out)
    if start > 0:
        html = "… " + html
    if end < len(text):
        html += " …"
    return Markup(html)  # the one place where text becomes markup: every piece was escaped above



def best_passages(gen, rows: list[int], words: list[set[str]], per_question: int) -> dict[int, tuple[int, list[int]]]:
    """For each question row: (how many of its passages hold a query word, its best passage rows).

    A passage ranks by how many of the query's words it holds, then by their BM25 score
    among passages, then by its position. Figured on arrays, word by word: a passage's score for a word is
    its best variant's, and the words' scores are summed in the words' order."""
    field, count = gen.passage_text, max(1, gen.p_count)
    lengths = norm(gen, field)
    every_live = gen.cached(("every passage live",), lambda: bool(gen.p_live.all()))  # no update replaced any
    opening = gen.pstart[rows]  # a question's passages are consecutive passage rows
    closing = opening + gen.pcount[rows]
    held, scored = [], []
    for variants in words:
        found, freqs, df = [], [], 0
        for term in variants:
            if every_live:  # the rows' passages alone read
                df = max(df, field.df(term))
                docs, tf = field.postings_in(term, opening, closing)
            else:
                docs, tf = field.postings(term)
                df = max(df, int(gen.p_live[docs].sum()))
                first, last = np.searchsorted(docs, opening), np.searchsorted(docs, closing)  # the rows' passages
                at = ranges(first, last - first)
                at = at[gen.p_live[docs[at]]]
                docs, tf = docs[at], tf[at]
            found.append(docs)
            freqs.append(tf * lengths[docs])
        docs = np.concatenate(found) if found else np.zeros(0, np.int64)
        if not docs.size:
            continue
        passages, where = np.unique(docs, return_inverse=True)
        best = np.zeros(passages.size, dtype=np.float32)
        np.maximum.at(best, where, np.concatenate(freqs).astype(np.float32))  # the best variant of the word
        held.append(passages)
        scored.append(idf(df, count) * saturate(best).astype(np.float64))
    out = {row: (0, []) for row in rows}
    if not held:
        return out
    passages, where = np.unique(np.concatenate(held), return_inverse=True)
    words_held = np.bincount(where, minlength=passages.size)
    score = np.bincount(where, weights=np.concatenate(scored), minlength=passages.size)  # summed word by word
    question = gen.p_question[passages]
    order = np.lexsort((passages, gen.p_position[passages], -score, -words_held, question))
    question, passages = question[order], passages[order]
    starts = np.flatnonzero(np.concatenate(([True], question[1:] != question[:-1])))
    ends = np.append(starts[1:], question.size)
    for start, end in zip(starts.tolist(), ends.tolist()):
        out[int(question[start])] = (end - start, passages[start:min(end, start + per_question)].tolist())
    return out
