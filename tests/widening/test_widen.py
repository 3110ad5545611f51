"""search.widening.widen: a short selection widened below, and a search that found nothing tried again."""
from __future__ import annotations

import numpy as np

from search.matching.selection import count_groups, select
from search.widening.widen import SUBJECT_TIER, alternatives, widen


def test_a_full_page_is_left_as_it_is(relevance_engine):
    gen = relevance_engine.generation()
    sel = select(gen, "prison", {})
    assert count_groups(gen, sel.matched) >= 5
    wider, why = widen(sel, 5)
    assert wider is sel and why.relaxed is None and why.subject is None


def test_part_of_the_words_then_the_same_subject_come_below(relevance_engine):
    gen = relevance_engine.generation()
    sel = select(gen, "surpopulation carcérale", {})
    wider, why = widen(sel, 20)
    assert why.subject is not None and "établissement pénitentiaire" in why.subject.descriptors
    added = wider.matched & ~sel.matched
    assert added.any() and set(wider.tier[added].tolist()) <= {SUBJECT_TIER}


def test_filters_stay_required_below(relevance_engine):
    gen = relevance_engine.generation()
    sel = select(gen, "surpopulation carcérale", {"legislature": ["6"]})
    wider, _ = widen(sel, 20)
    legislature = gen.facets["legislature"]
    added = np.flatnonzero(wider.matched & ~sel.matched)
    assert added.size  # the search was widened
    assert {legislature.value(r) for r in np.flatnonzero(wider.matched)} == {"6"}


def test_a_search_that_found_nothing_is_tried_without_each_word(relevance_engine):
    gen = relevance_engine.generation()
    node = select(gen, "cannabis ukraine", {}).node
    found = alternatives(gen, node, {}, None, None, 2.0, None)
    assert found and all(total > 0 for _, _, total in found)
    assert {dropped for dropped, _, _ in found} <= {"cannabis", "ukraine"}
    assert [total for _, _, total in found] == sorted((total for _, _, total in found), reverse=True)  # the most first
    assert all(query == "cannabis ukraine".replace(dropped, "").strip() for dropped, query, _ in found)
