"""search.matching.scoring: one BM25F model, its weights declared once and used everywhere."""
from __future__ import annotations

import math

import numpy as np
import pytest

from search.matching import scoring
from search.matching.evaluator import Evaluator
from search.query.language import parse_query
from search.query.terms import word_groups


def by_hand(gen, word: str) -> dict[int, float]:
    """The score of one word, written out from the formula and the stored postings: BM25F over
    every field, plus BM25F over the title and descriptors alone (what the question is about)."""
    everywhere = bm25f_by_hand(gen, word, scoring.WEIGHTS)
    about = bm25f_by_hand(gen, word, scoring.SUBJECT_FIELDS)
    return {r: s + scoring.SUBJECT_WEIGHT * about.get(r, 0.0) for r, s in everywhere.items()}


def bm25f_by_hand(gen, word: str, weights: dict) -> dict[int, float]:
    (terms,) = word_groups(word)
    pseudo = np.zeros(gen.size)
    for name, weight in weights.items():
        field = gen.fields[name]
        analysis = "exact" if name in ("author", "party") else "french"
        lengths = np.asarray(field.lengths, dtype=float)
        average = lengths[gen.live].mean()
        b = scoring.B[name]
        best = np.zeros(gen.size)
        for term in terms[analysis]:
            docs, tf = field.postings(term)
            best[docs] = np.maximum(best[docs], tf)
        pseudo += weight * best / ((1 - b) + b * lengths / average)
    rows = np.flatnonzero(pseudo)
    idf = math.log(1 + (gen.count - rows.size + 0.5) / (rows.size + 0.5))
    k1 = scoring.K1
    return {int(r): idf * pseudo[r] * (k1 + 1) / (pseudo[r] + k1) for r in rows}


@pytest.mark.parametrize("word", ["prison", "pension", "médias", "taelman", "intérieur"])
def test_a_word_scores_by_bm25f_over_its_fields(engine, word):
    gen = engine.generation()
    result = Evaluator(gen).run(parse_query(word))
    expected = by_hand(gen, word)
    assert set(np.flatnonzero(result.mask).tolist()) == set(expected)
    for row, score in expected.items():
        assert result.scores[row] == pytest.approx(score, rel=1e-4)


def test_a_word_in_the_title_gains_on_the_same_word_in_a_body(relevance_engine, monkeypatch):
    """The title and descriptors term: questions filed under "TVA" gain on those that say it in passing."""
    gen = relevance_engine.generation()
    with_it = Evaluator(gen).run(parse_query("tva")).scores.copy()
    monkeypatch.setattr(scoring, "SUBJECT_WEIGHT", 0.0)
    without = Evaluator(gen).run(parse_query("tva")).scores
    titled = gen.row_of("6-1990")  # "Remboursements de TVA - Délais - Entreprises"
    in_title = set(gen.fields["title"].postings("tva")[0].tolist())
    body_only = [r for r in np.flatnonzero(without).tolist() if r not in in_title]
    assert len(body_only) >= 5  # the background's "Le montant s'entend hors TVA."
    assert all(with_it[titled] - with_it[r] > without[titled] - without[r] for r in body_only)


def test_saturation_and_rarity():
    tf = np.array([1, 2, 10, 1000], dtype=np.float32)
    s = scoring.saturate(tf)
    assert (np.diff(s) > 0).all() and s[-1] < scoring.K1 + 1  # more is better, up to a bound
    assert scoring.idf(1, 1000) > scoring.idf(100, 1000) > scoring.idf(900, 1000) > 0


def test_the_weights_are_read_from_the_one_table(engine, monkeypatch):
    """Change the title's weight in scoring.WEIGHTS: the evaluator's scores follow the formula with it."""
    gen = engine.generation()
    before = Evaluator(gen).run(parse_query("prison")).scores.copy()
    monkeypatch.setitem(scoring.WEIGHTS, "title", 10.0)
    after = Evaluator(gen).run(parse_query("prison")).scores
    assert not np.allclose(before, after)
    for row, score in by_hand(gen, "prison").items():
        assert after[row] == pytest.approx(score, rel=1e-4)


def test_every_weighted_field_is_indexed(engine):
    gen = engine.generation()
    assert set(scoring.WEIGHTS) <= set(gen.fields)
    assert set(scoring.SIMILAR_FIELDS) <= set(gen.fields)


@pytest.mark.parametrize("shared", [False, True], ids=["its own array", "one array for every term"])
@pytest.mark.parametrize("word", ["prison", "pension", "médias", "sociaux", "sociale"])
def test_similar_questions_score_a_term_as_the_one_model_does(engine, word, shared):
    """word_scores, which "similar questions" call for a dozen terms, gives the rows and the scores of an
    Accumulator over the same fields, to the last bit, whether it sums the fields in an array of its own or
    in one the caller passes for every term (which it leaves zeroed)."""
    gen = engine.generation()
    scratch = scoring.scratch_for(gen) if shared else None
    held = several = 0
    for term in sorted({t for group in word_groups(word) for ts in group.values() for t in ts}):
        rows, scores = scoring.word_scores(gen, term, scoring.SIMILAR_FIELDS, gen.count, scratch)
        acc = scoring.Accumulator(gen, gen.size)
        for name, weight in scoring.SIMILAR_FIELDS.items():
            acc.add(gen.fields[name], (term,), weight)
        mask, dense = acc.scores(gen.count)
        order = np.argsort(rows)
        assert rows[order].tolist() == np.flatnonzero(mask).tolist()
        assert scores[order].tobytes() == dense[rows[order]].tobytes()
        assert scratch is None or not scratch[0].any()
        held += rows.size
        several += sum(gen.fields[name].postings(term)[0].size > 0 for name in scoring.SIMILAR_FIELDS) > 1
    assert held and several  # rows of one field, and rows summed over several
