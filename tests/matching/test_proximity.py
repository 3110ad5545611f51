"""search.matching.proximity: consecutive words of the query standing close earn a bonus."""
import numpy as np

from search.matching import proximity, scoring
from search.matching.evaluator import Evaluator
from search.query.language import parse_query

S = proximity.SHIFT


def test_near_counts_occurrences_within_the_window_either_side():
    a = np.array([4 * S + 5, 9 * S + 10, 12 * S + 1])
    b = np.array([4 * S + 6, 9 * S + 20, 12 * S + 0, 12 * S + 3])
    near = proximity._near(a, b, np.array([4, 9, 12]))  # per row of these, in their order
    assert near[0] == 1.0  # next to it
    assert near[1] == 0.0  # ten positions away
    assert near[2] == 1.0 + 0.5  # one before (distance 1), one two after (distance 2)


def rows_with_both_words(gen, q):
    return np.flatnonzero(Evaluator(gen).run(parse_query(q)).mask)


def test_the_bonus_goes_where_the_words_meet(relevance_engine):
    gen = relevance_engine.generation()
    words = ["securite", "sociale"]
    mask = np.zeros(gen.size, dtype=bool)
    mask[rows_with_both_words(gen, "securite sociale")] = True
    bonus = proximity.bonus(gen, words, mask, mask.astype(np.float32), lambda: False)
    assert bonus[gen.row_of("5-2104")] > 0  # "Sécurité sociale - Financement …", "la sécurité sociale"
    apart = [r for r in np.flatnonzero(mask) if bonus[r] == 0]
    assert apart  # background pages with "sécurité des usagers" and "tarif social" sentences apart
    for row in apart:
        text = " ".join(p["raw"] for p in gen.passages(row)).lower()
        assert "sécurité sociale" not in text and "securite sociale" not in text


def test_proximity_reorders_the_matches_only(relevance_engine, monkeypatch):
    gen = relevance_engine.generation()
    with_it = Evaluator(gen).run(parse_query("securite sociale"))
    monkeypatch.setattr(scoring, "PROXIMITY_WEIGHT", 0.0)
    without = Evaluator(gen).run(parse_query("securite sociale"))
    assert (with_it.mask == without.mask).all()
    assert (with_it.scores >= without.scores - 1e-6).all() and (with_it.scores > without.scores).any()
